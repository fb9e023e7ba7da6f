"""연습 문제 2: 학습자가 쓸 만한 답 셀(code)과 확인의 판정. valid인 답은 "정답", 아닌 답은
"다시 해 보세요"와 hint가 든 메시지를 받아야 합니다(tests/test_answers.py)."""

CASES = [
    {
        'task': 'q1',
        'valid': True,
        'what': 'reshape(-1, 784).astype(np.float32) / 255.0',
        "code": """\
def prepare(images):
    return images.reshape(-1, 784).astype(np.float32) / 255.0
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'helpers.flatten_images(helpers.scale_images(...))',
        "code": """\
def prepare(images):
    return helpers.flatten_images(helpers.scale_images(images))
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'divide first then astype, reshape(shape[0], -1)',
        "code": """\
def prepare(images):
    return (images.reshape(images.shape[0], -1) / 255).astype("float32")
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'np.asarray(dtype) then reshape(len, 28*28)',
        "code": """\
def prepare(images):
    x = np.asarray(images, dtype=np.float32)
    x = x / 255
    return x.reshape(len(x), 28 * 28)
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'scale_images then reshape(-1, 784)',
        "code": """\
def prepare(images):
    return helpers.scale_images(images).reshape(-1, 784)
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'np.float32 scalar divisor',
        "code": """\
def prepare(images):
    flat = images.reshape(len(images), -1)
    return flat.astype("float32") / np.float32(255)
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'float64 (no astype)',
        'hint': '자료형(dtype)이 float64입니다.',
        "code": """\
def prepare(images):
    return images.reshape(-1, 784) / 255
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'no scaling',
        'hint': '값의 최댓값이 255입니다.',
        "code": """\
def prepare(images):
    return images.reshape(-1, 784).astype("float32")
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'reshape(784, -1): transposed layout (784, n)',
        'hint': '이미지 5장을 넣었더니 결과의 모양이 (784, 5)입니다.',
        "code": """\
def prepare(images):
    return images.reshape(784, -1).astype("float32") / 255
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'not flattened (n, 28, 28)',
        'hint': '이미지 5장을 넣었더니 결과의 모양이 (5, 28, 28)입니다.',
        "code": """\
def prepare(images):
    return images.astype("float32") / 255
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'flattened to 1-D (n*784,)',
        'hint': '이미지 5장을 넣었더니 결과의 모양이 (3920,)입니다.',
        "code": """\
def prepare(images):
    return images.reshape(-1).astype("float32") / 255
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'cast to uint8 after dividing',
        'hint': '자료형(dtype)이 uint8입니다.',
        "code": """\
def prepare(images):
    return (images.reshape(-1, 784) / 255).astype("uint8")
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'scaled to -1~1 (/127.5 - 1)',
        'hint': '값의 최솟값이 -1입니다.',
        "code": """\
def prepare(images):
    return images.reshape(-1, 784).astype("float32") / 127.5 - 1
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'divides by batch max',
        'hint': '이미지의 최댓값으로 나누었습니다.',
        "code": """\
def prepare(images):
    return images.reshape(-1, 784).astype("float32") / images.max()
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'transposes each image before flattening',
        'hint': '행과 열을 바꾸어(전치) 펼쳤습니다.',
        "code": """\
def prepare(images):
    return images.transpose(0, 2, 1).reshape(-1, 784).astype("float32") / 255
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'to_categorical with num_classes=10',
        "code": """\
y_small_onehot = keras.utils.to_categorical(y_small, num_classes=10)
y_val_onehot = keras.utils.to_categorical(y_val, num_classes=10)
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'to_categorical without num_classes',
        "code": """\
y_small_onehot = keras.utils.to_categorical(y_small)
y_val_onehot = keras.utils.to_categorical(y_val)
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'np.eye(10)[labels]',
        "code": """\
y_small_onehot = np.eye(10)[y_small]
y_val_onehot = np.eye(10)[y_val]
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'broadcast comparison, float32',
        "code": """\
y_small_onehot = (y_small[:, None] == np.arange(10)).astype("float32")
y_val_onehot = (y_val[:, None] == np.arange(10)).astype("float32")
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'zeros + fancy-index assignment',
        "code": """\
def one_hot(labels):
    out = np.zeros((len(labels), 10), dtype="float32")
    out[np.arange(len(labels)), labels] = 1.0
    return out

y_small_onehot = one_hot(y_small)
y_val_onehot = one_hot(y_val)
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'keras.ops.one_hot converted to numpy',
        "code": """\
y_small_onehot = keras.ops.convert_to_numpy(keras.ops.one_hot(y_small, 10))
y_val_onehot = keras.ops.convert_to_numpy(keras.ops.one_hot(y_val, 10))
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'sklearn OneHotEncoder',
        "code": """\
from sklearn.preprocessing import OneHotEncoder
encoder = OneHotEncoder(sparse_output=False, categories=[list(range(10))])
y_small_onehot = encoder.fit_transform(y_small.reshape(-1, 1))
y_val_onehot = encoder.transform(y_val.reshape(-1, 1))
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'to_categorical on column vector (n, 1)',
        "code": """\
y_small_onehot = keras.utils.to_categorical(y_small.reshape(-1, 1), 10)
y_val_onehot = keras.utils.to_categorical(y_val.reshape(-1, 1), 10)
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'copy-paste: y_val_onehot made from y_small',
        'hint': 'y_val_onehot의 모양이 (3000, 10)로 y_small의 개수와 같습니다.',
        "code": """\
y_small_onehot = keras.utils.to_categorical(y_small, 10)
y_val_onehot = keras.utils.to_categorical(y_small, 10)
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': '11 classes',
        'hint': 'y_small_onehot의 모양이 (3000, 11)입니다.',
        "code": """\
y_small_onehot = keras.utils.to_categorical(y_small, 11)
y_val_onehot = keras.utils.to_categorical(y_val, 11)
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'transposed (10, n)',
        'hint': 'y_small_onehot의 모양이 (10, 3000)입니다.',
        "code": """\
y_small_onehot = np.eye(10)[y_small].T
y_val_onehot = np.eye(10)[y_val].T
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'not encoded (integer labels)',
        'hint': 'y_small_onehot의 모양이 (3000,)로 정수 레이블 그대로입니다.',
        "code": """\
y_small_onehot = y_small
y_val_onehot = y_val
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'off-by-one: labels shifted by -1',
        'hint': 'y_small_onehot의 1이 있는 자리가 정수 레이블과 다릅니다(첫 다섯: 레이블 [3, 8, 7, 5, 9], 1의 자리 [2, 7, 6',
        "code": """\
y_small_onehot = keras.utils.to_categorical(y_small.astype(int) - 1, 10)
y_val_onehot = keras.utils.to_categorical(y_val.astype(int) - 1, 10)
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'off-by-one: compared with arange(1, 11)',
        'hint': 'y_small_onehot의 1이 정답 자리에서 한 칸 밀려 있습니다.',
        "code": """\
y_small_onehot = (y_small[:, None] == np.arange(1, 11)).astype("float32")
y_val_onehot = (y_val[:, None] == np.arange(1, 11)).astype("float32")
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'only train encoded, val left as integers',
        'hint': 'y_val_onehot의 모양이 (1000,)로 정수 레이블 그대로입니다.',
        "code": """\
y_small_onehot = keras.utils.to_categorical(y_small, 10)
y_val_onehot = y_val
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'labels sorted before encoding (order lost)',
        'hint': 'y_small_onehot의 1이 있는 자리가 정수 레이블과 다릅니다(첫 다섯: 레이블 [3, 8, 7, 5, 9], 1의 자리 [0, 0, 0',
        "code": """\
y_small_onehot = keras.utils.to_categorical(np.sort(y_small), 10)
y_val_onehot = keras.utils.to_categorical(np.sort(y_val), 10)
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'Sequential with activation strings',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(64, activation="relu"),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'model.add style',
        "code": """\
model = keras.Sequential()
model.add(keras.Input(shape=(784,)))
model.add(layers.Dense(64, activation="relu"))
model.add(layers.Dense(10, activation="softmax"))
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'functional API',
        "code": """\
inputs = keras.Input(shape=(784,))
hidden = layers.Dense(64, activation="relu")(inputs)
outputs = layers.Dense(10, activation="softmax")(hidden)
model = keras.Model(inputs, outputs)
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'separate ReLU() and Softmax() layers',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(64),
    layers.ReLU(),
    layers.Dense(10),
    layers.Softmax(),
])
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'activation function objects',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(28 * 28,)),
    layers.Dense(64, activation=keras.activations.relu),
    layers.Dense(10, activation=keras.activations.softmax),
])
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'layers.Activation layers + names',
        "code": """\
model = keras.Sequential([
    layers.Input(shape=(784,)),
    layers.Dense(64, name="hidden"),
    layers.Activation("relu"),
    layers.Dense(10, name="output"),
    layers.Activation("softmax"),
], name="mlp")
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'output without softmax (logits)',
        'hint': '2번째 단계 밀집층(Dense, 출력 (10,)) 뒤의 활성화 함수: 지시문은 softmax, 여러분의 모델은 없음(linear)입니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(64, activation="relu"),
    layers.Dense(10),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'sigmoid output',
        'hint': '2번째 단계 밀집층(Dense, 출력 (10,)) 뒤의 활성화 함수: 지시문은 softmax, 여러분의 모델은 sigmoid입니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(64, activation="relu"),
    layers.Dense(10, activation="sigmoid"),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'sigmoid hidden instead of ReLU',
        'hint': '1번째 단계 밀집층(Dense, 출력 (64,)) 뒤의 활성화 함수: 지시문은 relu, 여러분의 모델은 sigmoid입니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(64, activation="sigmoid"),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'hidden layer has no activation',
        'hint': '1번째 단계 밀집층(Dense, 출력 (64,)) 뒤의 활성화 함수: 지시문은 relu, 여러분의 모델은 없음(linear)입니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(64),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': '128 hidden units',
        'hint': '1번째 단계 밀집층(Dense, 출력 (128,))의 뉴런이 128개입니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(128, activation="relu"),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'no Input: model not built',
        'hint': 'model의 입력 모양이 정해지지 않았습니다.',
        "code": """\
model = keras.Sequential([
    layers.Dense(64, activation="relu"),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'relu on output layer',
        'hint': '2번째 단계 밀집층(Dense, 출력 (10,)) 뒤의 활성화 함수: 지시문은 softmax, 여러분의 모델은 relu입니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(64, activation="relu"),
    layers.Dense(10, activation="relu"),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'input (28, 28) + Flatten instead of 784 vector',
        'hint': 'model의 입력 모양이 (28, 28)입니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(28, 28)),
    layers.Flatten(),
    layers.Dense(64, activation="relu"),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'two hidden layers',
        'hint': '층의 구성이 다릅니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(64, activation="relu"),
    layers.Dense(64, activation="relu"),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'hidden use_bias=False',
        'hint': '1번째 단계 밀집층(Dense, 출력 (64,))의 파라미터가 50,176개로 64개 모자랍니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(64, activation="relu", use_bias=False),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'tanh hidden',
        'hint': '1번째 단계 밀집층(Dense, 출력 (64,)) 뒤의 활성화 함수: 지시문은 relu, 여러분의 모델은 tanh입니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(64, activation="tanh"),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'softmax on hidden, relu... swapped activations',
        'hint': '1번째 단계 밀집층(Dense, 출력 (64,)) 뒤의 활성화 함수: 지시문은 relu, 여러분의 모델은 softmax입니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(64, activation="softmax"),
    layers.Dense(10, activation="relu"),
])
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'string args, batch default',
        "code": """\
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
history = model.fit(prepare(x_small), y_small_onehot, epochs=3,
                    validation_data=(prepare(x_val), y_val_onehot), verbose=0)
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': "objects: Adam(1e-3), CategoricalCrossentropy(), metrics=['acc']",
        "code": """\
model.compile(
    optimizer=keras.optimizers.Adam(1e-3),
    loss=keras.losses.CategoricalCrossentropy(),
    metrics=["acc"],
)
x_train = prepare(x_small)
x_valid = prepare(x_val)
history = model.fit(x_train, y_small_onehot, epochs=3, validation_data=(x_valid, y_val_onehot), verbose=0)
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'validation_data as list, batch_size=64',
        "code": """\
model.compile(optimizer="adam", loss="categorical_crossentropy",
              metrics=[keras.metrics.CategoricalAccuracy()])
history = model.fit(prepare(x_small), y_small_onehot, batch_size=64, epochs=3,
                    validation_data=[prepare(x_val), y_val_onehot], verbose=0)
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'no metrics (instruction does not ask for them)',
        "code": """\
model.compile(optimizer="adam", loss="categorical_crossentropy")
history = model.fit(prepare(x_small), y_small_onehot, epochs=3,
                    validation_data=(prepare(x_val), y_val_onehot), verbose=0)
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'batch_size=16, verbose=0, shuffle=True',
        "code": """\
model.compile(optimizer=keras.optimizers.Adam(), loss="categorical_crossentropy", metrics=["accuracy"])
history = model.fit(
    prepare(x_small), y_small_onehot,
    batch_size=16, epochs=3, shuffle=True, verbose=0,
    validation_data=(prepare(x_val), y_val_onehot),
)
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'batch_size=128',
        "code": """\
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
history = model.fit(prepare(x_small), y_small_onehot, batch_size=128, epochs=3,
                    validation_data=(prepare(x_val), y_val_onehot), verbose=0)
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'keyword x=, y=, Adam(learning_rate=0.001)',
        "code": """\
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),
              loss="categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x=prepare(x_small), y=y_small_onehot, epochs=3,
                    validation_data=(prepare(x_val), y_val_onehot), verbose=0)
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': "CategoricalAccuracy(name='accuracy') object",
        "code": """\
model.compile(optimizer="adam", loss=keras.losses.CategoricalCrossentropy(),
              metrics=[keras.metrics.CategoricalAccuracy(name="accuracy")])
history = model.fit(prepare(x_small), y_small_onehot, epochs=3, validation_data=(prepare(x_val), y_val_onehot), verbose=0)
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'SGD instead of Adam',
        'hint': '옵티마이저가 SGD입니다',
        "code": """\
model.compile(optimizer="sgd", loss="categorical_crossentropy", metrics=["accuracy"])
history = model.fit(prepare(x_small), y_small_onehot, epochs=3, validation_data=(prepare(x_val), y_val_onehot), verbose=0)
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'only 1 epoch',
        'hint': '에포크입니다(epochs=',
        "code": """\
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
history = model.fit(prepare(x_small), y_small_onehot, epochs=1, validation_data=(prepare(x_val), y_val_onehot), verbose=0)
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'validation_split instead of validation_data',
        'hint': 'validation_data=(prepare(x_val), y_val_onehot)로 주어진 검증 세트를 그',
        "code": """\
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
history = model.fit(prepare(x_small), y_small_onehot, epochs=3, validation_split=0.2, verbose=0)
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'unscaled training images (reshape only)',
        'hint': '이고, 지금 모델을 prepare(x_small), y_small_onehot로 재면',
        "code": """\
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_small.reshape(-1, 784), y_small_onehot, epochs=3, validation_data=(prepare(x_val), y_val_onehot), verbose=0)
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'learning rate 1.0 (too large)',
        'hint': 'Adam의 기본값',
        "code": """\
model.compile(optimizer=keras.optimizers.Adam(learning_rate=1.0), loss="categorical_crossentropy", metrics=["accuracy"])
history = model.fit(prepare(x_small), y_small_onehot, epochs=3, validation_data=(prepare(x_val), y_val_onehot), verbose=0)
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'trained on the validation set',
        'hint': '검증 세트는 validation_data 로만 주고, fit의 첫 두 인자는 prepare(x_small),',
        "code": """\
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
history = model.fit(prepare(x_val), y_val_onehot, epochs=3, validation_data=(prepare(x_val), y_val_onehot), verbose=0)
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'history holds the dict fit(...).history',
        'hint': 'history가 model.fit의 결과(History)가 아니라 dict입니다',
        "code": """\
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
history = model.fit(prepare(x_small), y_small_onehot, epochs=3, validation_data=(prepare(x_val), y_val_onehot), verbose=0).history
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': '10 epochs instead of 3',
        'hint': '에포크입니다(epochs=',
        "code": """\
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
history = model.fit(prepare(x_small), y_small_onehot, epochs=10, validation_data=(prepare(x_val), y_val_onehot), verbose=0)
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'batch_size=3000 (only one update per epoch)',
        'hint': '장이면 배치 크기가 약',
        "code": """\
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
history = model.fit(prepare(x_small), y_small_onehot, batch_size=3000, epochs=3, validation_data=(prepare(x_val), y_val_onehot), verbose=0)
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'batch_size=256 (instruction: 16~128)',
        'hint': '장이면 배치 크기가 약',
        "code": """\
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
history = model.fit(prepare(x_small), y_small_onehot, batch_size=256, epochs=3, validation_data=(prepare(x_val), y_val_onehot), verbose=0)
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'no validation_data',
        'hint': 'fit에 validation_data=(prepare(x_val), y_val_onehot)를 주세요',
        "code": """\
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
history = model.fit(prepare(x_small), y_small_onehot, epochs=3, verbose=0)
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'trained a new model instead of `model`',
        'hint': '새 모델을 만들지 말고 앞 문제의 model을 compile 하고 model.fit(...)으로 훈련하세요',
        "code": """\
new_model = keras.Sequential([keras.Input(shape=(784,)), layers.Dense(64, activation="relu"),
                              layers.Dense(10, activation="softmax")])
new_model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
history = new_model.fit(prepare(x_small), y_small_onehot, epochs=3, validation_data=(prepare(x_val), y_val_onehot), verbose=0)
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'Keras-2 style input_shape= on the first Dense',
        "code": """\
model = keras.Sequential([
    layers.Dense(64, activation="relu", input_shape=(784,)),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'integer labels + sparse loss instead of the one-hot labels from q2',
        'hint': '의 원-핫 레이블 y_small_onehot과 categorical_crossentropy로 훈련합니다',
        "code": """\
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(prepare(x_small), y_small, epochs=3, validation_data=(prepare(x_val), y_val), verbose=0)
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'np.clip to 0~1 instead of dividing',
        'hint': 'np.clip은 0~1을 벗어난 값을 잘라 낼 뿐 크기를 줄이지 않습니다.',
        "code": """\
def prepare(images):
    return np.clip(images.reshape(-1, 784), 0, 1).astype("float32")
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': "to_categorical(...).astype('float32')",
        "code": """\
y_small_onehot = keras.utils.to_categorical(y_small, num_classes=10).astype("float32")
y_val_onehot = keras.utils.to_categorical(y_val, num_classes=10).astype("float32")
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'train and val swapped',
        'hint': 'y_small_onehot의 모양이 (1000, 10)로 y_val의 개수와 같습니다.',
        "code": """\
y_small_onehot = keras.utils.to_categorical(y_val, 10)
y_val_onehot = keras.utils.to_categorical(y_small, 10)
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': "positional activation Dense(64, 'relu')",
        "code": """\
model = keras.Sequential([keras.Input((784,)), layers.Dense(64, "relu"), layers.Dense(10, "softmax")])
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'batch_size=100',
        "code": """\
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
history = model.fit(prepare(x_small), y_small_onehot, batch_size=100, epochs=3,
                    validation_data=(prepare(x_val), y_val_onehot), verbose=0)
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'fit run twice (cell re-run): 6 epochs in total',
        'hint': 'fit을 두 번 이상 실행해 모델이 지시문보다 더 훈련되었습니다',
        "code": """\
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
model.fit(prepare(x_small), y_small_onehot, epochs=3, verbose=0)
history = model.fit(prepare(x_small), y_small_onehot, epochs=3,
                    validation_data=(prepare(x_val), y_val_onehot), verbose=0)
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'validation labels wrong (y_small_onehot[:1000])',
        'hint': 'validation_data=(prepare(x_val), y_val_onehot)로 주어진 검증 세트를 그',
        "code": """\
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
history = model.fit(prepare(x_small), y_small_onehot, epochs=3,
                    validation_data=(prepare(x_val), y_small_onehot[:1000]), verbose=0)
""",
    },
    {
        'task': 'q5',
        'valid': True,
        'what': 'reference-like: np.eye one-hot, max shift',
        "code": """\
def gradient_step(weights, bias, images, labels, learning_rate):
    logits = images @ weights + bias
    probabilities = np.exp(logits - logits.max(axis=1, keepdims=True))
    probabilities = probabilities / probabilities.sum(axis=1, keepdims=True)
    error = probabilities - np.eye(10)[labels]
    grad_weights = images.T @ error / len(images)
    grad_bias = error.mean(axis=0)
    return weights - learning_rate * grad_weights, bias - learning_rate * grad_bias
""",
    },
    {
        'task': 'q5',
        'valid': True,
        'what': 'keras.ops.softmax and to_categorical, np.dot, returns a list',
        "code": """\
def gradient_step(weights, bias, images, labels, learning_rate):
    probabilities = keras.ops.convert_to_numpy(keras.ops.softmax(np.dot(images, weights) + bias, axis=-1))
    error = probabilities - keras.utils.to_categorical(labels, num_classes=10)
    grad_weights = np.dot(images.T, error) / images.shape[0]
    grad_bias = np.sum(error, axis=0) / images.shape[0]
    return [weights - learning_rate * grad_weights, bias - learning_rate * grad_bias]
""",
    },
    {
        'task': 'q5',
        'valid': True,
        'what': 'scipy softmax(axis=1), subtract 1 at the label positions, copies then -=',
        "code": """\
from scipy.special import softmax

def gradient_step(weights, bias, images, labels, learning_rate):
    error = softmax(images @ weights + bias, axis=1)
    error[np.arange(len(labels)), labels] -= 1
    new_weights, new_bias = weights.copy(), bias.copy()
    new_weights -= learning_rate * (images.T @ error) / len(images)
    new_bias -= learning_rate * error.mean(axis=0)
    return new_weights, new_bias
""",
    },
    {
        'task': 'q5',
        'valid': True,
        'what': 'plain exp, one-hot built with a loop, einsum',
        "code": """\
def gradient_step(weights, bias, images, labels, learning_rate):
    onehot = np.zeros((len(labels), 10))
    for i, label in enumerate(labels):
        onehot[i, label] = 1
    exp = np.exp(images @ weights + bias)
    error = exp / exp.sum(axis=1)[:, None] - onehot
    grad_weights = np.einsum("ni,nk->ik", images, error) / len(images)
    return weights - learning_rate * grad_weights, bias - learning_rate * error.mean(0)
""",
    },
    {
        'task': 'q5',
        'valid': False,
        'what': 'integer labels used as if one-hot',
        'hint': '원-핫 정답은',
        "code": """\
def gradient_step(weights, bias, images, labels, learning_rate):
    logits = images @ weights + bias
    probabilities = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    error = probabilities - labels
    return (weights - learning_rate * images.T @ error / len(images),
            bias - learning_rate * error.mean(axis=0))
""",
    },
    {
        'task': 'q5',
        'valid': False,
        'what': 'gradient ascent (+)',
        'hint': '기울기 쪽으로 움직였습니다',
        "code": """\
def gradient_step(weights, bias, images, labels, learning_rate):
    probabilities = keras.ops.convert_to_numpy(keras.ops.softmax(images @ weights + bias))
    error = probabilities - np.eye(10)[labels]
    return (weights + learning_rate * images.T @ error / len(images),
            bias + learning_rate * error.mean(axis=0))
""",
    },
    {
        'task': 'q5',
        'valid': False,
        'what': 'one-hot minus probabilities with minus (ascent)',
        'hint': '정답 - P로 거꾸로',
        "code": """\
def gradient_step(weights, bias, images, labels, learning_rate):
    logits = images @ weights + bias
    probabilities = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    error = np.eye(10)[labels] - probabilities
    return (weights - learning_rate * images.T @ error / len(images),
            bias - learning_rate * error.mean(axis=0))
""",
    },
    {
        'task': 'q5',
        'valid': False,
        'what': 'sum instead of mean',
        'hint': '배치의 이미지 수로 나누지 않았습니다',
        "code": """\
def gradient_step(weights, bias, images, labels, learning_rate):
    logits = images @ weights + bias
    probabilities = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    error = probabilities - np.eye(10)[labels]
    return weights - learning_rate * images.T @ error, bias - learning_rate * error.sum(axis=0)
""",
    },
    {
        'task': 'q5',
        'valid': False,
        'what': 'in-place -= on the arguments',
        'hint': 'in-place',
        "code": """\
def gradient_step(weights, bias, images, labels, learning_rate):
    logits = images @ weights + bias
    probabilities = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    error = probabilities - np.eye(10)[labels]
    weights -= learning_rate * images.T @ error / len(images)
    bias -= learning_rate * error.mean(axis=0)
    return weights, bias
""",
    },
    {
        'task': 'q5',
        'valid': False,
        'what': 'logits minus one-hot, no softmax',
        'hint': '소프트맥스를 거치지 않은',
        "code": """\
def gradient_step(weights, bias, images, labels, learning_rate):
    error = images @ weights + bias - np.eye(10)[labels]
    return (weights - learning_rate * images.T @ error / len(images),
            bias - learning_rate * error.mean(axis=0))
""",
    },
    {
        'task': 'q5',
        'valid': False,
        'what': 'softmax over axis=0',
        'hint': 'axis=1(클래스 축)',
        "code": """\
from scipy.special import softmax

def gradient_step(weights, bias, images, labels, learning_rate):
    error = softmax(images @ weights + bias, axis=0) - np.eye(10)[labels]
    return (weights - learning_rate * images.T @ error / len(images),
            bias - learning_rate * error.mean(axis=0))
""",
    },
    {
        'task': 'q5',
        'valid': False,
        'what': 'scipy softmax without axis (the whole array)',
        'hint': '배열 전체에 걸쳐',
        "code": """\
from scipy.special import softmax

def gradient_step(weights, bias, images, labels, learning_rate):
    error = softmax(images @ weights + bias) - np.eye(10)[labels]
    return (weights - learning_rate * images.T @ error / len(images),
            bias - learning_rate * error.mean(axis=0))
""",
    },
    {
        'task': 'q5',
        'valid': False,
        'what': 'bias returned unchanged',
        'hint': '새 편향이 받은 편향과 같습니다',
        "code": """\
from scipy.special import softmax

def gradient_step(weights, bias, images, labels, learning_rate):
    error = softmax(images @ weights + bias, axis=1) - np.eye(10)[labels]
    return weights - learning_rate * images.T @ error / len(images), bias
""",
    },
    {
        'task': 'q5',
        'valid': False,
        'what': 'bias gradient as the mean of the whole array (always 0)',
        'hint': '숫자 하나(배열 전체의 평균',
        "code": """\
from scipy.special import softmax

def gradient_step(weights, bias, images, labels, learning_rate):
    error = softmax(images @ weights + bias, axis=1) - np.eye(10)[labels]
    return weights - learning_rate * images.T @ error / len(images), bias - learning_rate * error.mean()
""",
    },
    {
        'task': 'q5',
        'valid': False,
        'what': 'learning rate forgotten',
        'hint': '학습률을 곱하지 않았습니다',
        "code": """\
from scipy.special import softmax

def gradient_step(weights, bias, images, labels, learning_rate):
    error = softmax(images @ weights + bias, axis=1) - np.eye(10)[labels]
    return weights - images.T @ error / len(images), bias - error.mean(axis=0)
""",
    },
    {
        'task': 'q5',
        'valid': False,
        'what': 'error.T @ images: (10, 784) gradient',
        'hint': '(10, 784)로 뒤집혔습니다',
        "code": """\
from scipy.special import softmax

def gradient_step(weights, bias, images, labels, learning_rate):
    error = softmax(images @ weights + bias, axis=1) - np.eye(10)[labels]
    grad = error.T @ images / len(images)
    return weights.T - learning_rate * grad, bias - learning_rate * error.mean(axis=0)
""",
    },
    {
        'task': 'q5',
        'valid': False,
        'what': 'bias gradient averaged over classes (axis=1)',
        'hint': '이미지 7장인 배치(학습률 0.5)에서 답을 실행하자 오류',
        "code": """\
from scipy.special import softmax

def gradient_step(weights, bias, images, labels, learning_rate):
    error = softmax(images @ weights + bias, axis=1) - np.eye(10)[labels]
    return (weights - learning_rate * images.T @ error / len(images),
            bias - learning_rate * error.mean(axis=1))
""",
    },
    {
        'task': 'q5',
        'valid': False,
        'what': 'returns only the weights',
        'hint': '(새 가중치, 새 편향) 두',
        "code": """\
from scipy.special import softmax

def gradient_step(weights, bias, images, labels, learning_rate):
    error = softmax(images @ weights + bias, axis=1) - np.eye(10)[labels]
    return weights - learning_rate * images.T @ error / len(images)
""",
    },
    {
        'task': 'q5',
        'valid': False,
        'what': 'returns (bias, weights)',
        'hint': '순서가 바뀌었습니다',
        "code": """\
from scipy.special import softmax

def gradient_step(weights, bias, images, labels, learning_rate):
    error = softmax(images @ weights + bias, axis=1) - np.eye(10)[labels]
    return bias - learning_rate * error.mean(axis=0), weights - learning_rate * images.T @ error / len(images)
""",
    },
    {
        'task': 'q5',
        'valid': False,
        'what': 'divides by 784 instead of the batch size',
        'hint': '허용 오차는 1e-6',
        "code": """\
from scipy.special import softmax

def gradient_step(weights, bias, images, labels, learning_rate):
    error = softmax(images @ weights + bias, axis=1) - np.eye(10)[labels]
    return weights - learning_rate * images.T @ error / 784, bias - learning_rate * error.mean(axis=0)
""",
    },
]
