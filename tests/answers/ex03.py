"""연습 문제 3: 학습자가 쓸 만한 답 셀(code)과 확인의 판정. valid인 답은 "정답", 아닌 답은
"다시 해 보세요"와 hint가 든 메시지를 받아야 합니다(tests/test_answers.py)."""

CASES = [
    {
        'task': 'q1',
        'valid': True,
        'what': 'load_image(invert=True).reshape(1, -1)',
        "code": """\
def prepare_picture(path):
    return helpers.load_image(path, invert=True).reshape(1, -1)
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'explicit size/color_mode, reshape(-1, 784)',
        "code": """\
def prepare_picture(path):
    image = helpers.load_image(path, size=(28, 28), color_mode="grayscale", invert=True)
    return image.reshape(-1, 784)
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'flatten_images on a batch of one',
        "code": """\
def prepare_picture(path):
    image = helpers.load_image(path, invert=True)
    return helpers.flatten_images(image[np.newaxis])
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'manual inversion 1 - x',
        "code": """\
def prepare_picture(path):
    x = helpers.load_image(path, size=(28, 28))
    x = 1.0 - x
    return x.reshape(1, 784).astype("float32")
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'np.expand_dims of ravel()',
        "code": """\
def prepare_picture(path):
    return np.expand_dims(helpers.load_image(path, invert=True).ravel(), axis=0)
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'PIL by hand: convert L, resize, 255 - x',
        "code": """\
from PIL import Image

def prepare_picture(path):
    gray = Image.open(path).convert("L").resize((28, 28))
    pixels = 255 - np.asarray(gray, dtype=np.float32)
    return (pixels / 255).reshape(1, 784)
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'no inversion (white background)',
        'hint': '바탕(왼쪽 위 모서리)의 밝기가 1.00로 밝습니다.',
        "code": """\
def prepare_picture(path):
    return helpers.load_image(path).reshape(1, 784)
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': '1-D (784,) without batch axis',
        'hint': '모양이 (784,)로 배치 축(batch axis)이 없습니다.',
        "code": """\
def prepare_picture(path):
    return helpers.load_image(path, invert=True).reshape(784)
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'not flattened (28, 28, 1)',
        'hint': '모양이 (28, 28, 1)입니다.',
        "code": """\
def prepare_picture(path):
    return helpers.load_image(path, invert=True)
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'rgb color mode',
        'hint': '결과의 값이 2352 개입니다(모양 (1, 2352)).',
        "code": """\
def prepare_picture(path):
    return helpers.load_image(path, color_mode="rgb", invert=True).reshape(1, -1)
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'CNN shape (1, 28, 28, 1)',
        'hint': '모양이 (1, 28, 28, 1)입니다.',
        "code": """\
def prepare_picture(path):
    return helpers.load_image(path, invert=True).reshape(1, 28, 28, 1)
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'wrong size 32x32',
        'hint': '결과의 값이 1024 개입니다(모양 (1, 1024)).',
        "code": """\
def prepare_picture(path):
    return helpers.load_image(path, size=(32, 32), invert=True).reshape(1, -1)
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'values 0~255 (multiplied by 255)',
        'hint': '값의 최댓값이 219입니다.',
        "code": """\
def prepare_picture(path):
    return helpers.load_image(path, invert=True).reshape(1, 784) * 255
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'inverted twice (invert=True and 1 - x)',
        'hint': '바탕(왼쪽 위 모서리)의 밝기가 1.00로 밝습니다.',
        "code": """\
def prepare_picture(path):
    return 1 - helpers.load_image(path, invert=True).reshape(1, 784)
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'float64 dtype',
        'hint': '자료형(dtype)이 float64입니다.',
        "code": """\
def prepare_picture(path):
    return helpers.load_image(path, invert=True).reshape(1, 784).astype("float64")
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'transposed image before flattening',
        'hint': '모양과 범위는 맞지만 값이 helpers.load_image(path, size=(28, 28), color_mode="grayscale", i',
        "code": """\
def prepare_picture(path):
    image = helpers.load_image(path, invert=True)[:, :, 0]
    return image.T.reshape(1, 784)
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'np.argmin + 1 as int',
        "code": """\
def overfitting_epoch(history_dict):
    return int(np.argmin(history_dict["val_loss"])) + 1
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'list.index(min(...)) + 1',
        "code": """\
def overfitting_epoch(history_dict):
    losses = list(history_dict["val_loss"])
    return losses.index(min(losses)) + 1
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'min over range with key',
        "code": """\
def overfitting_epoch(history_dict):
    v = history_dict["val_loss"]
    return min(range(1, len(v) + 1), key=lambda e: v[e - 1])
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'numpy int64 return',
        "code": """\
def overfitting_epoch(history_dict):
    return np.argmin(np.array(history_dict["val_loss"])) + 1
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'loop with enumerate(start=1)',
        "code": """\
def overfitting_epoch(history_dict):
    best_epoch, best_loss = None, float("inf")
    for epoch, loss in enumerate(history_dict["val_loss"], start=1):
        if loss < best_loss:
            best_epoch, best_loss = epoch, loss
    return best_epoch
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'sorted(enumerate(...))',
        "code": """\
def overfitting_epoch(history_dict):
    return sorted(enumerate(history_dict["val_loss"], 1), key=lambda t: t[1])[0][0]
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': '0-based (argmin without +1)',
        'hint': '돌려준 값이 검증 손실이 가장 낮은 에포크보다 늘 1 작습니다.',
        "code": """\
def overfitting_epoch(history_dict):
    return int(np.argmin(history_dict["val_loss"]))
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'argmax of val_loss',
        'hint': '검증 손실이 가장 높은 에포크를 골랐습니다.',
        "code": """\
def overfitting_epoch(history_dict):
    return int(np.argmax(history_dict["val_loss"])) + 1
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'training loss instead of val_loss',
        'hint': '훈련 손실("loss")이 가장 낮은 에포크를 골랐습니다.',
        "code": """\
def overfitting_epoch(history_dict):
    return int(np.argmin(history_dict["loss"])) + 1
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'best val_accuracy epoch',
        'hint': '검증 정확도가 가장 높은 에포크를 골랐습니다.',
        "code": """\
def overfitting_epoch(history_dict):
    return int(np.argmax(history_dict["val_accuracy"])) + 1
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'returns the lowest loss value',
        'hint': '검증 손실의 가장 낮은 값(0.38)을 돌려주었습니다.',
        "code": """\
def overfitting_epoch(history_dict):
    return min(history_dict["val_loss"])
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'returns a float epoch',
        'hint': '결과가 정수가 아니라 float(4.0)입니다.',
        "code": """\
def overfitting_epoch(history_dict):
    return float(np.argmin(history_dict["val_loss"]) + 1)
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'stops at the first rise (local minimum)',
        'hint': '검증 손실이 처음 오르기 직전의 에포크를 골랐습니다.',
        "code": """\
def overfitting_epoch(history_dict):
    v = history_dict["val_loss"]
    for i in range(1, len(v)):
        if v[i] > v[i - 1]:
            return i
    return len(v)
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'largest gap val_loss - loss',
        'hint': '검증 손실과 훈련 손실의 차이가 가장 큰 에포크를 골랐습니다.',
        "code": """\
def overfitting_epoch(history_dict):
    gap = np.array(history_dict["val_loss"]) - np.array(history_dict["loss"])
    return int(np.argmax(gap)) + 1
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'list of Dense with strings',
        "code": """\
deep_model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(256, activation="relu"),
    layers.Dense(128, activation="relu"),
    layers.Dense(64, activation="relu"),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'model.add in a loop',
        "code": """\
deep_model = keras.Sequential(name="deep")
deep_model.add(keras.Input(shape=(784,)))
for units in (256, 128, 64):
    deep_model.add(layers.Dense(units, activation="relu"))
deep_model.add(layers.Dense(10, activation="softmax"))
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'separate ReLU()/Softmax() layers',
        "code": """\
deep_model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(256), layers.ReLU(),
    layers.Dense(128), layers.ReLU(),
    layers.Dense(64), layers.ReLU(),
    layers.Dense(10), layers.Softmax(),
])
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'activation objects, list comprehension',
        "code": """\
deep_model = keras.Sequential(
    [keras.Input(shape=(28 * 28,))]
    + [layers.Dense(n, activation=keras.activations.relu) for n in (256, 128, 64)]
    + [layers.Dense(10, activation=keras.activations.softmax)]
)
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': "Activation('relu') layers",
        "code": """\
deep_model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(256), layers.Activation("relu"),
    layers.Dense(128), layers.Activation("relu"),
    layers.Dense(64), layers.Activation("relu"),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'functional API (now explicitly allowed)',
        "code": """\
inputs = keras.Input(shape=(784,))
x = layers.Dense(256, activation="relu")(inputs)
x = layers.Dense(128, activation="relu")(x)
x = layers.Dense(64, activation="relu")(x)
deep_model = keras.Model(inputs, layers.Dense(10, activation="softmax")(x))
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'hidden sizes reversed 64,128,256',
        'hint': '1번째 단계 밀집층(Dense, 출력 (64,))의 뉴런이 64개입니다.',
        "code": """\
deep_model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(64, activation="relu"),
    layers.Dense(128, activation="relu"),
    layers.Dense(256, activation="relu"),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'no softmax on output',
        'hint': '4번째 단계 밀집층(Dense, 출력 (10,)) 뒤의 활성화 함수: 지시문은 softmax, 여러분의 모델은 없음(linear)입니다.',
        "code": """\
deep_model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(256, activation="relu"),
    layers.Dense(128, activation="relu"),
    layers.Dense(64, activation="relu"),
    layers.Dense(10),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'sigmoid hidden layers',
        'hint': '1번째 단계 밀집층(Dense, 출력 (256,)) 뒤의 활성화 함수: 지시문은 relu, 여러분의 모델은 sigmoid입니다.',
        "code": """\
deep_model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(256, activation="sigmoid"),
    layers.Dense(128, activation="sigmoid"),
    layers.Dense(64, activation="sigmoid"),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'missing the 64 layer',
        'hint': '층의 구성이 다릅니다.',
        "code": """\
deep_model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(256, activation="relu"),
    layers.Dense(128, activation="relu"),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'no Input (unbuilt)',
        'hint': 'deep_model의 입력 모양이 정해지지 않았습니다.',
        "code": """\
deep_model = keras.Sequential([
    layers.Dense(256, activation="relu"),
    layers.Dense(128, activation="relu"),
    layers.Dense(64, activation="relu"),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'input (28, 28) + Flatten',
        'hint': 'deep_model의 입력 모양이 (28, 28)입니다.',
        "code": """\
deep_model = keras.Sequential([
    keras.Input(shape=(28, 28)),
    layers.Flatten(),
    layers.Dense(256, activation="relu"),
    layers.Dense(128, activation="relu"),
    layers.Dense(64, activation="relu"),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'last hidden layer without activation',
        'hint': '3번째 단계 밀집층(Dense, 출력 (64,)) 뒤의 활성화 함수: 지시문은 relu, 여러분의 모델은 없음(linear)입니다.',
        "code": """\
deep_model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(256, activation="relu"),
    layers.Dense(128, activation="relu"),
    layers.Dense(64),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'softmax on every layer (copy-paste)',
        'hint': '1번째 단계 밀집층(Dense, 출력 (256,)) 뒤의 활성화 함수: 지시문은 relu, 여러분의 모델은 softmax입니다.',
        "code": """\
deep_model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(256, activation="softmax"),
    layers.Dense(128, activation="softmax"),
    layers.Dense(64, activation="softmax"),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'relu on output',
        'hint': '4번째 단계 밀집층(Dense, 출력 (10,)) 뒤의 활성화 함수: 지시문은 softmax, 여러분의 모델은 relu입니다.',
        "code": """\
deep_model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(256, activation="relu"),
    layers.Dense(128, activation="relu"),
    layers.Dense(64, activation="relu"),
    layers.Dense(10, activation="relu"),
])
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'list comprehension over argmax(axis=1)',
        "code": """\
def top_class_names(probabilities):
    return [korean_names[i] for i in np.argmax(probabilities, axis=1)]
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'numpy fancy index then list()',
        "code": """\
def top_class_names(probabilities):
    return list(np.array(korean_names)[probabilities.argmax(axis=1)])
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'loop per row with int(np.argmax(p))',
        "code": """\
def top_class_names(probabilities):
    names = []
    for p in probabilities:
        names.append(korean_names[int(np.argmax(p))])
    return names
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'map with __getitem__, axis=-1',
        "code": """\
def top_class_names(probabilities):
    return list(map(korean_names.__getitem__, np.asarray(probabilities).argmax(axis=-1)))
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'helpers.class_names inside the function',
        "code": """\
def top_class_names(probabilities):
    names = helpers.class_names("fashion_mnist", korean=True)
    return [names[k] for k in np.asarray(probabilities).argmax(1)]
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': '.tolist() of a numpy string array',
        "code": """\
def top_class_names(probabilities):
    return np.array(korean_names)[np.argmax(probabilities, axis=1)].tolist()
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'English class names',
        'hint': '영어 이름을 돌려주었습니다.',
        "code": """\
def top_class_names(probabilities):
    names = helpers.class_names("fashion_mnist")
    return [names[i] for i in np.argmax(probabilities, axis=1)]
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'argmin',
        'hint': "확률이 가장 큰 클래스의 이름이 아닌 것이 있습니다(결과 ['앵클 부츠', '드레스', '스니커즈', '풀오버', '샌들', '셔츠'], 행마다",
        "code": """\
def top_class_names(probabilities):
    return [korean_names[i] for i in np.argmin(probabilities, axis=1)]
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'argmax over axis=0',
        'hint': '확률 배열 (6, 10)에서 이름 10 개를 돌려주었습니다.',
        "code": """\
def top_class_names(probabilities):
    return [korean_names[i] for i in np.argmax(probabilities, axis=0)]
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'returns indices, not names',
        'hint': '클래스 번호(정수)를 돌려주었습니다.',
        "code": """\
def top_class_names(probabilities):
    return list(np.argmax(probabilities, axis=1))
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'returns a numpy array, not a list',
        'hint': '결과가 리스트(list)가 아니라 ndarray입니다.',
        "code": """\
def top_class_names(probabilities):
    return np.array(korean_names)[np.argmax(probabilities, axis=1)]
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'flat argmax: one name only',
        'hint': '확인하려고 답을 실행하자 오류(error)가 났습니다: IndexError: list index out of range.',
        "code": """\
def top_class_names(probabilities):
    return korean_names[np.argmax(probabilities)]
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'off-by-one +1',
        'hint': '이름이 한 칸씩 밀렸습니다.',
        "code": """\
def top_class_names(probabilities):
    return [korean_names[(i + 1) % 10] for i in np.argmax(probabilities, axis=1)]
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'joined into one string',
        'hint': '결과가 리스트(list)가 아니라 str입니다.',
        "code": """\
def top_class_names(probabilities):
    return ", ".join(korean_names[i] for i in np.argmax(probabilities, axis=1))
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'MNIST class names (digits)',
        'hint': "['1', '1', '9']는 korean_names에 없는 이름입니다.",
        "code": """\
def top_class_names(probabilities):
    names = helpers.class_names("mnist")
    return [names[i] for i in np.argmax(probabilities, axis=1)]
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'str(path), reshape(1, 784)',
        "code": """\
def prepare_picture(path):
    return helpers.load_image(str(path), size=(28, 28), invert=True).reshape(1, 784)
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'rgb then channel mean as grayscale',
        "code": """\
def prepare_picture(path):
    rgb = helpers.load_image(path, size=(28, 28), color_mode="rgb", invert=True)
    return rgb.mean(axis=-1).reshape(1, 784).astype("float32")
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'np.argsort(...)[0] + 1',
        "code": """\
def overfitting_epoch(history_dict):
    return int(np.argsort(history_dict["val_loss"])[0]) + 1
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'skips the first epoch (slice [1:])',
        'hint': '검증 손실이 0.70, 0.50, 0.42, 0.38, 0.39, 0.41, 0.44, 0.47인 기록에서 3번째 에포크를 돌려주었습니다(그 에',
        "code": """\
def overfitting_epoch(history_dict):
    return int(np.argmin(history_dict["val_loss"][1:])) + 1
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'argmax(...).tolist() indices',
        "code": """\
def top_class_names(probabilities):
    return [korean_names[i] for i in np.asarray(probabilities).argmax(axis=1).tolist()]
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'argsort ascending, first column (= argmin)',
        'hint': "확률이 가장 큰 클래스의 이름이 아닌 것이 있습니다(결과 ['앵클 부츠', '드레스', '스니커즈', '풀오버', '샌들', '셔츠'], 행마다",
        "code": """\
def top_class_names(probabilities):
    return [korean_names[i] for i in np.argsort(probabilities, axis=1)[:, 0]]
""",
    },
]
