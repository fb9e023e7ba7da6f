"""연습 문제 6: 학습자가 쓸 만한 답 셀(code)과 확인의 판정. valid인 답은 "정답", 아닌 답은
"다시 해 보세요"와 hint가 든 메시지를 받아야 합니다(tests/test_answers.py)."""

CASES = [
    {
        'task': 'q1',
        'valid': True,
        'what': 'val_accuracy, patience=2, restore',
        "code": """\
early_stopping = keras.callbacks.EarlyStopping(monitor="val_accuracy", patience=2, restore_best_weights=True)
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'val_loss explicit',
        "code": """\
early_stopping = keras.callbacks.EarlyStopping(monitor="val_loss", patience=2, restore_best_weights=True)
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'default monitor (val_loss)',
        "code": """\
early_stopping = keras.callbacks.EarlyStopping(patience=2, restore_best_weights=True)
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': "val_accuracy with mode='max', verbose=1",
        "code": """\
early_stopping = keras.callbacks.EarlyStopping(
    monitor="val_accuracy", mode="max", patience=2, restore_best_weights=True, verbose=1
)
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': "imported class, val_loss mode='min', min_delta=0",
        "code": """\
from keras.callbacks import EarlyStopping
early_stopping = EarlyStopping(monitor="val_loss", mode="min", min_delta=0, patience=2,
                               restore_best_weights=True)
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': "keras.callbacks.EarlyStopping with mode='auto' explicit",
        "code": """\
early_stopping = keras.callbacks.EarlyStopping(monitor="val_accuracy", patience=2, mode="auto",
                                               restore_best_weights=True)
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'patience=3 (chapter value)',
        'hint': '검증 기록이 0.6, 0.7, 0.8, 0.78, 0.805, 0.79, 0.79, 0.81, 0.82인 훈련을 흉내 내자, 이 콜백은 9 에',
        "code": """\
early_stopping = keras.callbacks.EarlyStopping(monitor="val_accuracy", patience=3, restore_best_weights=True)
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'missing restore_best_weights',
        'hint': '검증 기록이 0.6, 0.7, 0.8, 0.78, 0.805, 0.79, 0.79, 0.81, 0.82인 훈련을 흉내 내자, 이 콜백은 7 에',
        "code": """\
early_stopping = keras.callbacks.EarlyStopping(monitor="val_accuracy", patience=2)
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'training accuracy monitored',
        'hint': '검증 기록이 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.96, 0.97인 훈련을 흉내 내자, 이 콜백은 9 에포크',
        "code": """\
early_stopping = keras.callbacks.EarlyStopping(monitor="accuracy", patience=2, restore_best_weights=True)
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'training loss monitored',
        'hint': '검증 기록이 0.9, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.15, 0.1인 훈련을 흉내 내자, 이 콜백은 9 에포크 뒤에 ',
        "code": """\
early_stopping = keras.callbacks.EarlyStopping(monitor="loss", patience=2, restore_best_weights=True)
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': "val_accuracy with mode='min'",
        'hint': '검증 기록이 0.6, 0.7, 0.8, 0.78, 0.805, 0.79, 0.79, 0.81, 0.82인 훈련을 흉내 내자, 이 콜백은 3 에',
        "code": """\
early_stopping = keras.callbacks.EarlyStopping(monitor="val_accuracy", mode="min", patience=2,
                                               restore_best_weights=True)
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': "val_loss with mode='max'",
        'hint': '검증 기록이 0.9, 0.7, 0.5, 0.55, 0.495, 0.52, 0.53, 0.47, 0.46인 훈련을 흉내 내자, 이 콜백은 3 에',
        "code": """\
early_stopping = keras.callbacks.EarlyStopping(monitor="val_loss", mode="max", patience=2,
                                               restore_best_weights=True)
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'patience=1',
        'hint': '검증 기록이 0.6, 0.7, 0.8, 0.78, 0.805, 0.79, 0.79, 0.81, 0.82인 훈련을 흉내 내자, 이 콜백은 4 에',
        "code": """\
early_stopping = keras.callbacks.EarlyStopping(monitor="val_accuracy", patience=1, restore_best_weights=True)
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'ReduceLROnPlateau instead of EarlyStopping',
        'hint': 'early_stopping가 keras.callbacks.EarlyStopping가 아니라 ReduceLROnPlateau입니다.',
        "code": """\
early_stopping = keras.callbacks.ReduceLROnPlateau(monitor="val_loss", patience=2)
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'min_delta=0.05 (small gains count as no improvement)',
        'hint': '검증 기록이 0.6, 0.7, 0.8, 0.78, 0.805, 0.79, 0.79, 0.81, 0.82인 훈련을 흉내 내자, 이 콜백은 5 에',
        "code": """\
early_stopping = keras.callbacks.EarlyStopping(monitor="val_accuracy", patience=2, min_delta=0.05,
                                               restore_best_weights=True)
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'restore_best_weights=False explicitly',
        'hint': '검증 기록이 0.9, 0.7, 0.5, 0.55, 0.495, 0.52, 0.53, 0.47, 0.46인 훈련을 흉내 내자, 이 콜백은 7 에',
        "code": """\
early_stopping = keras.callbacks.EarlyStopping(monitor="val_loss", patience=2, restore_best_weights=False)
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'val_accuracy, save_best_only',
        "code": """\
checkpoint = keras.callbacks.ModelCheckpoint("best.keras", monitor="val_accuracy", save_best_only=True)
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'default monitor (val_loss)',
        "code": """\
checkpoint = keras.callbacks.ModelCheckpoint("best.keras", save_best_only=True)
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': "filepath= keyword, val_loss mode='min'",
        "code": """\
checkpoint = keras.callbacks.ModelCheckpoint(filepath="best.keras", monitor="val_loss", mode="min",
                                             save_best_only=True)
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'save_weights_only=False explicit, verbose=1',
        "code": """\
checkpoint = keras.callbacks.ModelCheckpoint(
    "best.keras", monitor="val_accuracy", mode="max", save_best_only=True,
    save_weights_only=False, verbose=1,
)
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'absolute path in the working folder',
        "code": """\
import os
checkpoint = keras.callbacks.ModelCheckpoint(os.path.join(os.getcwd(), "best.keras"),
                                             monitor="val_accuracy", save_best_only=True)
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'pathlib.Path',
        "code": """\
from pathlib import Path
checkpoint = keras.callbacks.ModelCheckpoint(Path("best.keras"), save_best_only=True)
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'no save_best_only (saves every epoch)',
        'hint': '검증 기록이 2 에포크에 가장 좋은 5 에포크 훈련을 흉내 내자, best.keras에 5 에포크의 모델이 남았습니다(지시문대로라면 2 에포크의',
        "code": """\
checkpoint = keras.callbacks.ModelCheckpoint("best.keras", monitor="val_accuracy")
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'legacy .h5 file',
        'hint': '파일 이름이 "best.h5"입니다.',
        "code": """\
checkpoint = keras.callbacks.ModelCheckpoint("best.h5", monitor="val_accuracy", save_best_only=True)
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'weights only',
        'hint': 'save_weights_only=True라서 가중치만 저장합니다.',
        "code": """\
checkpoint = keras.callbacks.ModelCheckpoint("best.weights.h5", monitor="val_accuracy",
                                             save_best_only=True, save_weights_only=True)
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'training accuracy monitored',
        'hint': '검증 기록이 2 에포크에 가장 좋은 5 에포크 훈련을 흉내 내자, best.keras에 5 에포크의 모델이 남았습니다(지시문대로라면 2 에포크의',
        "code": """\
checkpoint = keras.callbacks.ModelCheckpoint("best.keras", monitor="accuracy", save_best_only=True)
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': "val_accuracy with mode='min'",
        'hint': '검증 기록이 2 에포크에 가장 좋은 5 에포크 훈련을 흉내 내자, best.keras에 1 에포크의 모델이 남았습니다(지시문대로라면 2 에포크의',
        "code": """\
checkpoint = keras.callbacks.ModelCheckpoint("best.keras", monitor="val_accuracy", mode="min",
                                             save_best_only=True)
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'wrong file name best_model.keras',
        'hint': '파일 이름이 "best_model.keras"입니다.',
        "code": """\
checkpoint = keras.callbacks.ModelCheckpoint("best_model.keras", monitor="val_accuracy", save_best_only=True)
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'training loss monitored',
        'hint': '검증 기록이 2 에포크에 가장 좋은 5 에포크 훈련을 흉내 내자, best.keras에 5 에포크의 모델이 남았습니다(지시문대로라면 2 에포크의',
        "code": """\
checkpoint = keras.callbacks.ModelCheckpoint("best.keras", monitor="loss", save_best_only=True)
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'saved in a subfolder',
        'hint': '파일 경로가 "checkpoints/best.keras"라 노트북을 실행하는 폴더가 아닌 곳에 저장됩니다.',
        "code": """\
checkpoint = keras.callbacks.ModelCheckpoint("checkpoints/best.keras", monitor="val_accuracy",
                                             save_best_only=True)
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': "val_loss with mode='max'",
        'hint': '검증 기록이 2 에포크에 가장 좋은 5 에포크 훈련을 흉내 내자, best.keras에 1 에포크의 모델이 남았습니다(지시문대로라면 2 에포크의',
        "code": """\
checkpoint = keras.callbacks.ModelCheckpoint("best.keras", monitor="val_loss", mode="max",
                                             save_best_only=True)
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'EarlyStopping instead of ModelCheckpoint',
        'hint': 'checkpoint가 keras.callbacks.ModelCheckpoint가 아니라 EarlyStopping입니다.',
        "code": """\
checkpoint = keras.callbacks.EarlyStopping(monitor="val_accuracy", patience=2, restore_best_weights=True)
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'standard',
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_small, y_small, epochs=6, validation_data=(x_val, y_val), callbacks=[early_stopping, checkpoint], verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'callbacks reversed, batch_size=64',
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_small, y_small, batch_size=64, epochs=6, validation_data=(x_val, y_val),
                    callbacks=[checkpoint, early_stopping], verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'objects: Adam(1e-3), SparseCategoricalCrossentropy()',
        "code": """\
model.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-3),
              loss=keras.losses.SparseCategoricalCrossentropy(), metrics=["accuracy"])
history = model.fit(x_small, y_small, epochs=6, validation_data=(x_val, y_val), callbacks=[early_stopping, checkpoint], verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': '5 epochs (<= 6), validation list',
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_small, y_small, epochs=5, validation_data=[x_val, y_val],
                    callbacks=[early_stopping, checkpoint], verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'callbacks list in a variable, batch_size=32',
        "code": """\
callbacks = [early_stopping, checkpoint]
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_small, y_small, batch_size=32, epochs=6, validation_data=(x_val, y_val), callbacks=callbacks, verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': "SparseCategoricalAccuracy(name='accuracy')",
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy",
              metrics=[keras.metrics.SparseCategoricalAccuracy(name="accuracy")])
history = model.fit(x_small, y_small, epochs=6, validation_data=(x_val, y_val), callbacks=[early_stopping, checkpoint], verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'no callbacks',
        'hint': 'fit(..., callbacks=[early_stopping, checkpoint])로 두 콜백을 넘기세요',
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_small, y_small, epochs=6, validation_data=(x_val, y_val), verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'only early_stopping',
        'hint': 'fit(..., callbacks=[early_stopping, checkpoint])로 두 콜백을 넘기세요',
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_small, y_small, epochs=6, validation_data=(x_val, y_val), callbacks=[early_stopping], verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'only checkpoint',
        'hint': 'fit(..., callbacks=[early_stopping, checkpoint])로 두 콜백을 넘기세요',
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_small, y_small, epochs=6, validation_data=(x_val, y_val), callbacks=[checkpoint], verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'validation_split instead of (x_val, y_val)',
        'hint': 'validation_data=(x_val, y_val)로 훈련했는지 보고(validation_split이 ',
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_small, y_small, epochs=6, validation_split=0.2,
                    callbacks=[early_stopping, checkpoint], verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': '20 epochs (more than 6)',
        'hint': '에포크입니다(epochs=',
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_small, y_small, epochs=20, validation_data=(x_val, y_val), callbacks=[early_stopping, checkpoint], verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'trained on the validation set',
        'hint': '검증 세트는 validation_data 로만 주고, fit의 첫 두 인자는 x_small, y_small입',
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_val, y_val, epochs=6, validation_data=(x_val, y_val),
                    callbacks=[early_stopping, checkpoint], verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'batch_size=128 (instruction: 16~64)',
        'hint': '장이면 배치 크기가 약',
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_small, y_small, batch_size=128, epochs=6, validation_data=(x_val, y_val), callbacks=[early_stopping, checkpoint], verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'SGD optimizer',
        'hint': '옵티마이저가 SGD입니다',
        "code": """\
model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_small, y_small, epochs=6, validation_data=(x_val, y_val), callbacks=[early_stopping, checkpoint], verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'new EarlyStopping inline without restore_best_weights',
        'hint': 'fit(..., callbacks=[early_stopping, checkpoint])로 두 콜백을 넘기세요',
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_small, y_small, epochs=6, validation_data=(x_val, y_val),
                    callbacks=[keras.callbacks.EarlyStopping(monitor="val_accuracy", patience=2), checkpoint],
                    verbose=0)
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'argsort[::-1][:3] with float()',
        "code": """\
def top3(probabilities):
    order = np.argsort(probabilities)[::-1][:3]
    return [(names_ko[i], float(probabilities[i])) for i in order]
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'sorted(zip(...)) reverse, numpy floats',
        "code": """\
def top3(probabilities):
    return sorted(zip(names_ko, probabilities), key=lambda pair: pair[1], reverse=True)[:3]
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'argsort of -p',
        "code": """\
def top3(probabilities):
    p = np.asarray(probabilities)
    return [(names_ko[i], float(p[i])) for i in np.argsort(-p)[:3]]
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'heapq.nlargest',
        "code": """\
import heapq

def top3(probabilities):
    best = heapq.nlargest(3, range(len(probabilities)), key=lambda i: probabilities[i])
    return [(names_ko[i], float(probabilities[i])) for i in best]
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'loop with append, int index',
        "code": """\
def top3(probabilities):
    result = []
    for i in np.argsort(probabilities)[-3:][::-1]:
        result.append((names_ko[int(i)], probabilities[i].item()))
    return result
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'keras.ops.top_k',
        "code": """\
def top3(probabilities):
    values, indices = keras.ops.top_k(np.asarray(probabilities, dtype="float32"), k=3)
    values, indices = keras.ops.convert_to_numpy(values), keras.ops.convert_to_numpy(indices)
    return [(names_ko[int(i)], float(v)) for v, i in zip(values, indices)]
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'probabilities rounded to 2 decimals like the example',
        "code": """\
def top3(probabilities):
    order = np.argsort(probabilities)[::-1][:3]
    return [(names_ko[i], round(float(probabilities[i]), 2)) for i in order]
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'lowest three (ascending argsort[:3])',
        'hint': "['코트', '셔츠', '드레스']는 확률이 가장 낮은 세 클래스입니다.",
        "code": """\
def top3(probabilities):
    return [(names_ko[i], float(probabilities[i])) for i in np.argsort(probabilities)[:3]]
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'English names',
        'hint': '영어 클래스 이름을 썼습니다.',
        "code": """\
def top3(probabilities):
    names = helpers.class_names("fashion_mnist")
    return [(names[i], float(probabilities[i])) for i in np.argsort(probabilities)[::-1][:3]]
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': '(probability, name) order swapped',
        'hint': '이름이 [0.31084570138913137, 0.2721335463335989, 0.133918276861581]입니다.',
        "code": """\
def top3(probabilities):
    return [(float(probabilities[i]), names_ko[i]) for i in np.argsort(probabilities)[::-1][:3]]
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'names only, no probabilities',
        'hint': "결과 ['스니커즈', '샌들', '풀오버']의 항목이 (이름, 확률) 쌍이 아닙니다.",
        "code": """\
def top3(probabilities):
    return [names_ko[i] for i in np.argsort(probabilities)[::-1][:3]]
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'indices instead of names',
        'hint': '이름 대신 클래스 번호 [7, 5, 2]를 돌려주었습니다.',
        "code": """\
def top3(probabilities):
    return [(int(i), float(probabilities[i])) for i in np.argsort(probabilities)[::-1][:3]]
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'top three but ascending order (argsort[-3:])',
        'hint': "['풀오버', '샌들', '스니커즈']는 세 클래스를 확률이 작은 것부터(오름차순) 늘어놓은 것입니다.",
        "code": """\
def top3(probabilities):
    return [(names_ko[i], float(probabilities[i])) for i in np.argsort(probabilities)[-3:]]
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'returns a dict',
        'hint': '결과가 dict입니다.',
        "code": """\
def top3(probabilities):
    return {names_ko[i]: float(probabilities[i]) for i in np.argsort(probabilities)[::-1][:3]}
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'only two (off-by-one slice [:2])',
        'hint': '결과에 쌍이 2개 있습니다.',
        "code": """\
def top3(probabilities):
    return [(names_ko[i], float(probabilities[i])) for i in np.argsort(probabilities)[::-1][:2]]
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'probabilities as percent (x100)',
        'hint': '확률이 [31.084570138913136, 27.213354633359888, 13.3918276861581]입니다.',
        "code": """\
def top3(probabilities):
    return [(names_ko[i], float(probabilities[i]) * 100) for i in np.argsort(probabilities)[::-1][:3]]
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'names by rank but probabilities from p[:3] (misaligned)',
        'hint': '확률이 [0.034894448219564125, 0.1307285355749548, 0.133918276861581]입니다.',
        "code": """\
def top3(probabilities):
    order = np.argsort(probabilities)[::-1][:3]
    return [(names_ko[i], float(p)) for i, p in zip(order, probabilities[:3])]
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'probabilities sorted but names in class order',
        'hint': "['티셔츠/탑', '바지', '풀오버']는 클래스 0, 1, 2의 이름입니다.",
        "code": """\
def top3(probabilities):
    top = sorted(probabilities, reverse=True)[:3]
    return [(names_ko[k], float(p)) for k, p in enumerate(top)]
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': "monitor key typo 'val_acc' (metric is logged as val_accuracy)",
        'hint': 'early_stopping의 monitor가 "val_acc"입니다.',
        "code": """\
early_stopping = keras.callbacks.EarlyStopping(monitor="val_acc", patience=2, restore_best_weights=True)
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'start_from_epoch=0 explicit',
        "code": """\
early_stopping = keras.callbacks.EarlyStopping(monitor="val_accuracy", patience=2, restore_best_weights=True,
                                               start_from_epoch=0)
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': "monitor key typo 'val_acc'",
        'hint': 'checkpoint의 monitor가 "val_acc"입니다.',
        "code": """\
checkpoint = keras.callbacks.ModelCheckpoint("best.keras", monitor="val_acc", save_best_only=True)
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': "save_freq='epoch' explicit",
        "code": """\
checkpoint = keras.callbacks.ModelCheckpoint("best.keras", monitor="val_loss", save_best_only=True, save_freq="epoch")
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'fit run twice (3 epochs without callbacks, then 6 with)',
        'hint': 'fit을 두 번 이상 실행해 모델이 지시문보다 더 훈련되었습니다',
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(x_small, y_small, epochs=3, verbose=0)
history = model.fit(x_small, y_small, epochs=6, validation_data=(x_val, y_val),
                    callbacks=[early_stopping, checkpoint], verbose=0)
""",
    },
]
