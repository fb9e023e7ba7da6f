"""연습 문제 5: 학습자가 쓸 만한 답 셀(code)과 확인의 판정. valid인 답은 "정답", 아닌 답은
"다시 해 보세요"와 hint가 든 메시지를 받아야 합니다(tests/test_answers.py)."""

CASES = [
    {
        'task': 'q1',
        'valid': True,
        'what': '(x / 255.0).astype then [..., np.newaxis]',
        "code": """\
x_small_cnn = (x_small / 255.0).astype("float32")[..., np.newaxis]
x_val_cnn = (x_val / 255.0).astype("float32")[..., np.newaxis]
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'helpers.add_channel_axis(helpers.scale_images(...))',
        "code": """\
x_small_cnn = helpers.add_channel_axis(helpers.scale_images(x_small))
x_val_cnn = helpers.add_channel_axis(helpers.scale_images(x_val))
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'np.expand_dims(axis=-1)',
        "code": """\
x_small_cnn = np.expand_dims(x_small.astype(np.float32) / 255, axis=-1)
x_val_cnn = np.expand_dims(x_val.astype(np.float32) / 255, axis=-1)
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'reshape(-1, 28, 28, 1) then scale',
        "code": """\
x_small_cnn = x_small.reshape(-1, 28, 28, 1).astype("float32") / 255
x_val_cnn = x_val.reshape(-1, 28, 28, 1).astype("float32") / 255
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'helper function, reshape(len(x), ...)',
        "code": """\
def to_cnn(x):
    return x.reshape(len(x), 28, 28, 1) / np.float32(255)

x_small_cnn = to_cnn(x_small)
x_val_cnn = to_cnn(x_val)
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': '[:, :, :, None] and np.asarray(dtype)',
        "code": """\
x_small_cnn = np.asarray(x_small, dtype=np.float32)[:, :, :, None] / 255.0
x_val_cnn = np.asarray(x_val, dtype=np.float32)[:, :, :, None] / 255.0
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'no scaling',
        'hint': 'x_small_cnn의 최댓값이 255입니다.',
        "code": """\
x_small_cnn = x_small[..., np.newaxis].astype("float32")
x_val_cnn = x_val[..., np.newaxis].astype("float32")
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'float64 (no astype)',
        'hint': 'x_small_cnn의 자료형(dtype)이 float64입니다.',
        "code": """\
x_small_cnn = x_small[..., np.newaxis] / 255
x_val_cnn = x_val[..., np.newaxis] / 255
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'channels-first (n, 1, 28, 28)',
        'hint': 'x_small_cnn의 모양이 (2000, 1, 28, 28)로 채널 축이 앞에 있습니다.',
        "code": """\
x_small_cnn = x_small.reshape(-1, 1, 28, 28).astype("float32") / 255
x_val_cnn = x_val.reshape(-1, 1, 28, 28).astype("float32") / 255
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'no channel axis',
        'hint': 'x_small_cnn의 모양이 (2000, 28, 28)로 채널 축(channel axis)이 없습니다.',
        "code": """\
x_small_cnn = x_small.astype("float32") / 255
x_val_cnn = x_val.astype("float32") / 255
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'copy-paste: x_val_cnn from x_small',
        'hint': 'x_val_cnn의 이미지가 2000장으로 x_small의 개수와 같습니다.',
        "code": """\
x_small_cnn = helpers.add_channel_axis(helpers.scale_images(x_small))
x_val_cnn = helpers.add_channel_axis(helpers.scale_images(x_small))
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'scaled twice (scale_images then / 255)',
        'hint': 'x_small_cnn의 최댓값이 0.003922입니다.',
        "code": """\
x_small_cnn = helpers.add_channel_axis(helpers.scale_images(x_small)) / 255
x_val_cnn = helpers.add_channel_axis(helpers.scale_images(x_val)) / 255
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': '3 channels via np.repeat',
        'hint': 'x_small_cnn의 모양이 (2000, 28, 28, 3)입니다.',
        "code": """\
x_small_cnn = np.repeat(x_small[..., None], 3, axis=-1).astype("float32") / 255
x_val_cnn = np.repeat(x_val[..., None], 3, axis=-1).astype("float32") / 255
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'x_val_cnn left float64',
        'hint': 'x_val_cnn의 자료형(dtype)이 float64입니다.',
        "code": """\
x_small_cnn = x_small[..., None].astype("float32") / 255
x_val_cnn = x_val[..., None] / 255
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'standardised (mean/std) instead of 0~1',
        'hint': 'x_small_cnn의 최댓값이 2.813입니다.',
        "code": """\
mean, std = x_small.mean(), x_small.std()
x_small_cnn = ((x_small - mean) / std).astype("float32")[..., None]
x_val_cnn = ((x_val - mean) / std).astype("float32")[..., None]
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'flattened (n, 784, 1)',
        'hint': 'x_small_cnn의 모양이 (2000, 784, 1)입니다.',
        "code": """\
x_small_cnn = x_small.reshape(-1, 784, 1).astype("float32") / 255
x_val_cnn = x_val.reshape(-1, 784, 1).astype("float32") / 255
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'Sequential list with strings',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(16, kernel_size=3, activation="relu"),
    layers.MaxPooling2D(pool_size=2),
    layers.Conv2D(32, kernel_size=3, activation="relu"),
    layers.MaxPooling2D(pool_size=2),
    layers.Flatten(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'model.add, tuple kernel sizes, MaxPool2D alias',
        "code": """\
model = keras.Sequential()
model.add(keras.Input(shape=(28, 28, 1)))
model.add(layers.Conv2D(16, (3, 3), activation="relu"))
model.add(layers.MaxPool2D((2, 2)))
model.add(layers.Conv2D(32, (3, 3), activation="relu"))
model.add(layers.MaxPool2D((2, 2)))
model.add(layers.Flatten())
model.add(layers.Dense(10, activation="softmax"))
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'separate ReLU() and Softmax() layers',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(16, 3), layers.ReLU(),
    layers.MaxPooling2D(2),
    layers.Conv2D(32, 3), layers.ReLU(),
    layers.MaxPooling2D(2),
    layers.Flatten(),
    layers.Dense(10), layers.Softmax(),
])
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'activation objects, explicit padding/strides',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(16, 3, padding="valid", strides=1, activation=keras.activations.relu),
    layers.MaxPooling2D(pool_size=(2, 2), strides=2),
    layers.Conv2D(32, 3, padding="valid", activation=keras.activations.relu),
    layers.MaxPooling2D(pool_size=(2, 2)),
    layers.Flatten(),
    layers.Dense(10, activation=keras.activations.softmax),
], name="mnist_cnn")
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': "Activation('relu') layers, layers.Input",
        "code": """\
model = keras.Sequential([
    layers.Input(shape=(28, 28, 1)),
    layers.Conv2D(16, 3), layers.Activation("relu"),
    layers.MaxPooling2D(),
    layers.Conv2D(32, 3), layers.Activation("relu"),
    layers.MaxPooling2D(),
    layers.Flatten(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'functional API (now allowed)',
        "code": """\
inputs = keras.Input(shape=(28, 28, 1))
x = layers.Conv2D(16, 3, activation="relu")(inputs)
x = layers.MaxPooling2D(2)(x)
x = layers.Conv2D(32, 3, activation="relu")(x)
x = layers.MaxPooling2D(2)(x)
x = layers.Flatten()(x)
model = keras.Model(inputs, layers.Dense(10, activation="softmax")(x))
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': "padding='same'",
        'hint': '1번째 단계 합성곱 층(Conv2D, 출력 (28, 28, 16)): padding="same"입니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(16, 3, padding="same", activation="relu"),
    layers.MaxPooling2D(2),
    layers.Conv2D(32, 3, padding="same", activation="relu"),
    layers.MaxPooling2D(2),
    layers.Flatten(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'no softmax',
        'hint': '6번째 단계 밀집층(Dense, 출력 (10,)) 뒤의 활성화 함수: 지시문은 softmax, 여러분의 모델은 없음(linear)입니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(16, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Conv2D(32, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Flatten(),
    layers.Dense(10),
])
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'second conv without ReLU',
        'hint': '3번째 단계 합성곱 층(Conv2D, 출력 (11, 11, 32)) 뒤의 활성화 함수: 지시문은 relu, 여러분의 모델은 없음(linear)입',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(16, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Conv2D(32, 3),
    layers.MaxPooling2D(2),
    layers.Flatten(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'AveragePooling2D instead of MaxPooling2D',
        'hint': '2번째 단계 평균 풀링 층(AveragePooling2D, 출력 (13, 13, 16)): 이 자리는 최대 풀링 층(MaxPooling2D)입니',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(16, 3, activation="relu"),
    layers.AveragePooling2D(2),
    layers.Conv2D(32, 3, activation="relu"),
    layers.AveragePooling2D(2),
    layers.Flatten(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'pooling before convolution',
        'hint': '층의 구성이 다릅니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.MaxPooling2D(2),
    layers.Conv2D(16, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Conv2D(32, 3, activation="relu"),
    layers.Flatten(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': '5x5 kernels',
        'hint': '1번째 단계 합성곱 층(Conv2D, 출력 (24, 24, 16))의 필터 크기가 (5, 5)입니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(16, 5, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Conv2D(32, 5, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Flatten(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'filters swapped 32 then 16',
        'hint': '1번째 단계 합성곱 층(Conv2D, 출력 (26, 26, 32))의 필터가 32개입니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(32, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Conv2D(16, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Flatten(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'sigmoid in convolutions',
        'hint': '1번째 단계 합성곱 층(Conv2D, 출력 (26, 26, 16)) 뒤의 활성화 함수: 지시문은 relu, 여러분의 모델은 sigmoid입니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(16, 3, activation="sigmoid"),
    layers.MaxPooling2D(2),
    layers.Conv2D(32, 3, activation="sigmoid"),
    layers.MaxPooling2D(2),
    layers.Flatten(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'extra Dense(64) hidden layer',
        'hint': '층의 구성이 다릅니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(16, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Conv2D(32, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Flatten(),
    layers.Dense(64, activation="relu"),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'no Input (unbuilt)',
        'hint': 'model의 입력 모양이 정해지지 않았습니다.',
        "code": """\
model = keras.Sequential([
    layers.Conv2D(16, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Conv2D(32, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Flatten(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'missing Flatten',
        'hint': '층의 구성이 다릅니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(16, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Conv2D(32, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'GlobalAveragePooling2D instead of Flatten',
        'hint': '층의 구성이 다릅니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(16, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Conv2D(32, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.GlobalAveragePooling2D(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'strings, 3 epochs',
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_small_cnn, y_small, epochs=3, validation_data=(x_val_cnn, y_val), verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': '2 epochs (instruction now says 3)',
        'hint': '에포크입니다(epochs=',
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_small_cnn, y_small, batch_size=32, epochs=2, validation_data=(x_val_cnn, y_val), verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'loss/metric objects',
        "code": """\
model.compile(
    optimizer=keras.optimizers.Adam(1e-3),
    loss=keras.losses.SparseCategoricalCrossentropy(),
    metrics=[keras.metrics.SparseCategoricalAccuracy()],
)
history = model.fit(x_small_cnn, y_small, epochs=3, validation_data=(x_val_cnn, y_val), verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': "metrics=['acc'], validation_data list",
        "code": """\
model.compile(optimizer=keras.optimizers.Adam(), loss="sparse_categorical_crossentropy", metrics=["acc"])
history = model.fit(x_small_cnn, y_small, epochs=3, validation_data=[x_val_cnn, y_val], verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'batch_size=64',
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_small_cnn, y_small, batch_size=64, epochs=3, validation_data=(x_val_cnn, y_val), verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'one-hot labels + categorical_crossentropy',
        "code": """\
y_small_onehot = keras.utils.to_categorical(y_small, 10)
y_val_onehot = keras.utils.to_categorical(y_val, 10)
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_small_cnn, y_small_onehot, epochs=3,
                    validation_data=(x_val_cnn, y_val_onehot), verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': "SparseCategoricalAccuracy(name='accuracy'), batch_size=16",
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy",
              metrics=[keras.metrics.SparseCategoricalAccuracy(name="accuracy")])
history = model.fit(x_small_cnn, y_small, batch_size=16, epochs=3, validation_data=(x_val_cnn, y_val), verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'no metrics (accuracy not recorded)',
        'hint': "history에 정확도 기록이 없습니다(기록: ['loss', 'val_loss']",
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
history = model.fit(x_small_cnn, y_small, epochs=3, validation_data=(x_val_cnn, y_val), verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'validation_split instead of the validation set',
        'hint': 'validation_data=(x_val_cnn, y_val)로 주어진 검증 세트를 그대로 주세요(valid',
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_small_cnn, y_small, epochs=3, validation_split=0.2, verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': '1 epoch',
        'hint': '에포크입니다(epochs=',
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_small_cnn, y_small, epochs=1, validation_data=(x_val_cnn, y_val), verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'SGD optimizer',
        'hint': '옵티마이저가 SGD입니다',
        "code": """\
model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_small_cnn, y_small, epochs=3, validation_data=(x_val_cnn, y_val), verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'learning rate 0.5',
        'hint': 'Adam의 기본값',
        "code": """\
model.compile(optimizer=keras.optimizers.Adam(0.5), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_small_cnn, y_small, epochs=3, validation_data=(x_val_cnn, y_val), verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'batch_size=128 (instruction: 16~64)',
        'hint': '장이면 배치 크기가 약',
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_small_cnn, y_small, batch_size=128, epochs=3, validation_data=(x_val_cnn, y_val), verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': '10 epochs (more than 3)',
        'hint': '에포크입니다(epochs=',
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_small_cnn, y_small, epochs=10, validation_data=(x_val_cnn, y_val), verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'trained on the validation set',
        'hint': 'validation_data=(x_val_cnn, y_val)로 주어진 검증 세트를 그대로 주세요(valid',
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_val_cnn, y_val, epochs=3, validation_data=(x_small_cnn, y_small), verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'unscaled raw images',
        'hint': '인데, 지금 모델을 검증 세트(x_val_cnn, y_val)로 재면',
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_small[..., None], y_small, epochs=3, validation_data=(x_val[..., None], y_val), verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'no validation_data',
        'hint': "history에 검증 기록(val_loss)이 없습니다(기록: ['accuracy', 'loss']",
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_small_cnn, y_small, epochs=3, verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'history holds the dict',
        'hint': 'history가 model.fit의 결과(History)가 아니라 dict입니다',
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_small_cnn, y_small, epochs=3, validation_data=(x_val_cnn, y_val), verbose=0).history
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'batch_size=2000: one update per epoch',
        'hint': '장이면 배치 크기가 약',
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_small_cnn, y_small, batch_size=2000, epochs=3, validation_data=(x_val_cnn, y_val), verbose=0)
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'chapter method (diag removed, triu, unravel_index)',
        "code": """\
def most_confused_pair(y_true, y_pred):
    m = confusion_matrix(y_true, y_pred, labels=np.arange(10))
    off = m - np.diag(np.diag(m))
    pairs = np.triu(off + off.T)
    a, b = np.unravel_index(pairs.argmax(), pairs.shape)
    return (int(a), int(b))
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'loops over a < b',
        "code": """\
def most_confused_pair(y_true, y_pred):
    m = confusion_matrix(y_true, y_pred, labels=list(range(10)))
    best, best_count = None, -1
    for a in range(10):
        for b in range(a + 1, 10):
            if m[a, b] + m[b, a] > best_count:
                best, best_count = (a, b), m[a, b] + m[b, a]
    return best
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'max over generator with key',
        "code": """\
def most_confused_pair(y_true, y_pred):
    m = confusion_matrix(y_true, y_pred, labels=range(10))
    return max(((a, b) for a in range(10) for b in range(a + 1, 10)),
               key=lambda p: m[p] + m[p[::-1]])
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'np.triu(k=1) of m + m.T, numpy ints returned',
        "code": """\
def most_confused_pair(y_true, y_pred):
    m = confusion_matrix(y_true, y_pred, labels=np.arange(10))
    s = np.triu(m + m.T, k=1)
    return tuple(np.unravel_index(np.argmax(s), s.shape))
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'chapter method without labels= (as in chapter 5)',
        "code": """\
def most_confused_pair(y_true, y_pred):
    matrix = confusion_matrix(y_true, y_pred)
    mistakes = matrix - np.diag(np.diag(matrix))
    pair_counts = np.triu(mistakes + mistakes.T)
    a, b = np.unravel_index(pair_counts.argmax(), pair_counts.shape)
    return (int(a), int(b))
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'fill_diagonal then tuple(sorted(...))',
        "code": """\
def most_confused_pair(y_true, y_pred):
    m = confusion_matrix(y_true, y_pred, labels=np.arange(10)).astype(int)
    np.fill_diagonal(m, 0)
    s = m + m.T
    a, b = divmod(int(s.argmax()), 10)
    return tuple(sorted((a, b)))
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'one direction only (no m + m.T)',
        'hint': '(3, 5)는 한 방향(실제 3 → 예측 5)으로만 가장 많은 쌍입니다.',
        "code": """\
def most_confused_pair(y_true, y_pred):
    m = confusion_matrix(y_true, y_pred, labels=np.arange(10))
    np.fill_diagonal(m, 0)
    a, b = np.unravel_index(m.argmax(), m.shape)
    return (int(min(a, b)), int(max(a, b)))
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'diagonal not removed',
        'hint': '결과가 (0, 0)로 같은 숫자입니다.',
        "code": """\
def most_confused_pair(y_true, y_pred):
    m = confusion_matrix(y_true, y_pred, labels=np.arange(10))
    s = np.triu(m + m.T)
    a, b = np.unravel_index(s.argmax(), s.shape)
    return (int(a), int(b))
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'lower triangle: a > b',
        'hint': '(9, 4)로 순서가 거꾸로입니다.',
        "code": """\
def most_confused_pair(y_true, y_pred):
    m = confusion_matrix(y_true, y_pred, labels=np.arange(10))
    np.fill_diagonal(m, 0)
    s = np.tril(m + m.T)
    a, b = np.unravel_index(s.argmax(), s.shape)
    return (int(a), int(b))
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'returns a list instead of a tuple',
        'hint': '결과가 [4, 9]입니다(list).',
        "code": """\
def most_confused_pair(y_true, y_pred):
    m = confusion_matrix(y_true, y_pred, labels=np.arange(10))
    np.fill_diagonal(m, 0)
    s = np.triu(m + m.T)
    a, b = np.unravel_index(s.argmax(), s.shape)
    return [int(a), int(b)]
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'argmin instead of argmax',
        'hint': '(0, 2)를 돌려주었지만, 두 방향을 합친 이 쌍의 수는 0이고 가장 많은 쌍은 9번입니다.',
        "code": """\
def most_confused_pair(y_true, y_pred):
    m = confusion_matrix(y_true, y_pred, labels=np.arange(10))
    np.fill_diagonal(m, 0)
    s = np.triu(m + m.T, k=1) + np.tril(np.full((10, 10), 10**9))
    a, b = np.unravel_index(s.argmin(), s.shape)
    return (int(a), int(b))
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'returns the count, not the pair',
        'hint': '결과가 9입니다(int).',
        "code": """\
def most_confused_pair(y_true, y_pred):
    m = confusion_matrix(y_true, y_pred, labels=np.arange(10))
    np.fill_diagonal(m, 0)
    return int(np.triu(m + m.T).max())
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'returns the flat index',
        'hint': '결과가 49입니다(int).',
        "code": """\
def most_confused_pair(y_true, y_pred):
    m = confusion_matrix(y_true, y_pred, labels=np.arange(10))
    np.fill_diagonal(m, 0)
    return int(np.triu(m + m.T).argmax())
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'off-by-one: digits + 1',
        'hint': '(5, 10)는 가장 많이 헷갈린 쌍보다 1씩 큽니다.',
        "code": """\
def most_confused_pair(y_true, y_pred):
    m = confusion_matrix(y_true, y_pred, labels=np.arange(10))
    np.fill_diagonal(m, 0)
    s = np.triu(m + m.T)
    a, b = np.unravel_index(s.argmax(), s.shape)
    return (int(a) + 1, int(b) + 1)
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'most-correct class pair: uses diagonal only',
        'hint': '(8, 9)를 돌려주었지만, 두 방향을 합친 이 쌍의 수는 1이고 가장 많은 쌍은 9번입니다.',
        "code": """\
def most_confused_pair(y_true, y_pred):
    m = confusion_matrix(y_true, y_pred, labels=np.arange(10))
    top = np.argsort(np.diag(m))[::-1][:2]
    return (int(min(top)), int(max(top)))
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'np.float32(array) then divide',
        "code": """\
x_small_cnn = np.float32(x_small[..., None]) / 255
x_val_cnn = np.float32(x_val[..., None]) / 255
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'fit run twice: 6 epochs in total',
        'hint': 'fit을 두 번 이상 실행해 모델이 지시문보다 더 훈련되었습니다',
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(x_small_cnn, y_small, epochs=3, verbose=0)
history = model.fit(x_small_cnn, y_small, epochs=3, validation_data=(x_val_cnn, y_val), verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'validation labels wrong (y_small[:1000])',
        'hint': 'validation_data=(x_val_cnn, y_val)로 주어진 검증 세트를 그대로 주세요(valid',
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_small_cnn, y_small, epochs=3, validation_data=(x_val_cnn, y_small[:1000]), verbose=0)
""",
    },
]
