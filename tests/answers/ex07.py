"""연습 문제 7: 학습자가 쓸 만한 답 셀(code)과 확인의 판정. valid인 답은 "정답", 아닌 답은
"다시 해 보세요"와 hint가 든 메시지를 받아야 합니다(tests/test_answers.py)."""

CASES = [
    {
        'task': 'q1',
        'valid': True,
        'what': 'scale_images + flatten()',
        "code": """\
x_ready = helpers.scale_images(x_small)
y_ready = y_small.flatten()
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': '(x / 255).astype(np.float32), reshape(-1)',
        "code": """\
x_ready = (x_small / 255).astype(np.float32)
y_ready = y_small.reshape(-1)
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'np.squeeze(axis=1)',
        "code": """\
x_ready = x_small.astype("float32") / 255.0
y_ready = np.squeeze(y_small, axis=1)
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'column index [:, 0]',
        "code": """\
x_ready = np.asarray(x_small, dtype=np.float32) / 255
y_ready = y_small[:, 0]
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': "ravel().astype('int64')",
        "code": """\
x_ready = x_small.astype(np.float32) / np.float32(255)
y_ready = y_small.ravel().astype("int64")
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'reshape(len(y))',
        "code": """\
x_ready = np.divide(x_small, 255, dtype=np.float32)
y_ready = y_small.reshape(len(y_small))
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'labels left 2-D (500, 1)',
        'hint': 'y_ready의 모양이 (500, 1) 그대로입니다.',
        "code": """\
x_ready = x_small.astype("float32") / 255
y_ready = y_small
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'float64 images',
        'hint': 'x_ready의 자료형(dtype)이 float64입니다.',
        "code": """\
x_ready = x_small / 255
y_ready = y_small.ravel()
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'images not scaled',
        'hint': 'x_ready의 값이 0~255 범위입니다.',
        "code": """\
x_ready = x_small.astype("float32")
y_ready = y_small.ravel()
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'images flattened (500, 3072)',
        'hint': 'x_ready의 모양이 (500, 3072)입니다.',
        "code": """\
x_ready = x_small.reshape(500, -1).astype("float32") / 255
y_ready = y_small.ravel()
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'converted to grayscale (mean over channels)',
        'hint': 'x_ready의 모양이 (500, 32, 32)로 흑백(grayscale)이 되었습니다.',
        "code": """\
x_ready = (x_small.mean(axis=-1) / 255).astype("float32")
y_ready = y_small.ravel()
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'float labels',
        'hint': 'y_ready의 자료형이 float32입니다.',
        "code": """\
x_ready = x_small.astype("float32") / 255
y_ready = y_small.ravel().astype("float32")
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'one-hot labels',
        'hint': 'y_ready의 모양이 (500, 10)입니다.',
        "code": """\
x_ready = x_small.astype("float32") / 255
y_ready = keras.utils.to_categorical(y_small, 10)
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'labels reshaped to (1, 500)',
        'hint': 'y_ready의 모양이 (1, 500)입니다.',
        "code": """\
x_ready = x_small.astype("float32") / 255
y_ready = y_small.reshape(1, -1)
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'channels-first transpose',
        'hint': 'x_ready의 모양이 (500, 3, 32, 32)입니다.',
        "code": """\
x_ready = x_small.transpose(0, 3, 1, 2).astype("float32") / 255
y_ready = y_small.ravel()
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'labels sorted (order lost)',
        'hint': 'y_ready의 모양은 맞지만 레이블이 y_small과 다릅니다.',
        "code": """\
x_ready = x_small.astype("float32") / 255
y_ready = np.sort(y_small.ravel())
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'standard list',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
    layers.Conv2D(32, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Conv2D(64, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Flatten(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'model.add with tuple sizes',
        "code": """\
model = keras.Sequential(name="small_cifar_cnn")
model.add(keras.Input(shape=(32, 32, 3)))
model.add(layers.Conv2D(32, (3, 3), activation="relu"))
model.add(layers.MaxPooling2D((2, 2)))
model.add(layers.Conv2D(64, (3, 3), activation="relu"))
model.add(layers.MaxPooling2D((2, 2)))
model.add(layers.Flatten())
model.add(layers.Dense(10, activation="softmax"))
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'separate ReLU()/Softmax() layers',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
    layers.Conv2D(32, 3), layers.ReLU(),
    layers.MaxPooling2D(2),
    layers.Conv2D(64, 3), layers.ReLU(),
    layers.MaxPooling2D(2),
    layers.Flatten(),
    layers.Dense(10), layers.Softmax(),
])
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': "activation objects, padding='valid' explicit",
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
    layers.Conv2D(filters=32, kernel_size=(3, 3), padding="valid", activation=keras.activations.relu),
    layers.MaxPool2D(pool_size=(2, 2)),
    layers.Conv2D(filters=64, kernel_size=(3, 3), padding="valid", activation=keras.activations.relu),
    layers.MaxPool2D(pool_size=(2, 2)),
    layers.Flatten(),
    layers.Dense(units=10, activation=keras.activations.softmax),
])
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'Activation layers',
        "code": """\
model = keras.Sequential([
    layers.Input(shape=(32, 32, 3)),
    layers.Conv2D(32, 3), layers.Activation("relu"),
    layers.MaxPooling2D(),
    layers.Conv2D(64, 3), layers.Activation("relu"),
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
inputs = keras.Input(shape=(32, 32, 3))
x = layers.Conv2D(32, 3, activation="relu")(inputs)
x = layers.MaxPooling2D(2)(x)
x = layers.Conv2D(64, 3, activation="relu")(x)
x = layers.MaxPooling2D(2)(x)
outputs = layers.Dense(10, activation="softmax")(layers.Flatten()(x))
model = keras.Model(inputs=inputs, outputs=outputs)
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'grayscale input (32, 32, 1)',
        'hint': 'model의 입력 모양이 (32, 32, 1)입니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(32, 32, 1)),
    layers.Conv2D(32, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Conv2D(64, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Flatten(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': "padding='same' (chapter 7.3 model habit)",
        'hint': '1번째 단계 합성곱 층(Conv2D, 출력 (32, 32, 32)): padding="same"입니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
    layers.Conv2D(32, 3, padding="same", activation="relu"),
    layers.MaxPooling2D(2),
    layers.Conv2D(64, 3, padding="same", activation="relu"),
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
    keras.Input(shape=(32, 32, 3)),
    layers.Conv2D(32, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Conv2D(64, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Flatten(),
    layers.Dense(10),
])
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'AveragePooling2D',
        'hint': '2번째 단계 평균 풀링 층(AveragePooling2D, 출력 (15, 15, 32)): 이 자리는 최대 풀링 층(MaxPooling2D)입니',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
    layers.Conv2D(32, 3, activation="relu"),
    layers.AveragePooling2D(2),
    layers.Conv2D(64, 3, activation="relu"),
    layers.AveragePooling2D(2),
    layers.Flatten(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'sigmoid convolutions',
        'hint': '1번째 단계 합성곱 층(Conv2D, 출력 (30, 30, 32)) 뒤의 활성화 함수: 지시문은 relu, 여러분의 모델은 sigmoid입니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
    layers.Conv2D(32, 3, activation="sigmoid"),
    layers.MaxPooling2D(2),
    layers.Conv2D(64, 3, activation="sigmoid"),
    layers.MaxPooling2D(2),
    layers.Flatten(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'convolutions without activation',
        'hint': '1번째 단계 합성곱 층(Conv2D, 출력 (30, 30, 32)) 뒤의 활성화 함수: 지시문은 relu, 여러분의 모델은 없음(linear)입',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
    layers.Conv2D(32, 3),
    layers.MaxPooling2D(2),
    layers.Conv2D(64, 3),
    layers.MaxPooling2D(2),
    layers.Flatten(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'extra Dense(128) (two dense layers like 7.3)',
        'hint': '층의 구성이 다릅니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
    layers.Conv2D(32, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Conv2D(64, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Flatten(),
    layers.Dense(128, activation="relu"),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'filters swapped 64 then 32',
        'hint': '1번째 단계 합성곱 층(Conv2D, 출력 (30, 30, 64))의 필터가 64개입니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
    layers.Conv2D(64, 3, activation="relu"),
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
        'what': '5x5 kernels',
        'hint': '1번째 단계 합성곱 층(Conv2D, 출력 (28, 28, 32))의 필터 크기가 (5, 5)입니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
    layers.Conv2D(32, 5, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Conv2D(64, 5, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Flatten(),
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
    layers.Conv2D(32, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Conv2D(64, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Flatten(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'MNIST input shape (28, 28, 1) copied from chapter 5',
        'hint': 'model의 입력 모양이 (28, 28, 1)입니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(32, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Conv2D(64, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Flatten(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'pooling size 3',
        'hint': '층의 구성이 다릅니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
    layers.Conv2D(32, 3, activation="relu"),
    layers.MaxPooling2D(3),
    layers.Conv2D(64, 3, activation="relu"),
    layers.MaxPooling2D(3),
    layers.Flatten(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'recall_score(average=None)',
        "code": """\
def per_class_accuracy(y_true, y_pred):
    return recall_score(y_true, y_pred, average=None)
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'recall_score with labels and zero_division',
        "code": """\
def per_class_accuracy(y_true, y_pred):
    return recall_score(y_true, y_pred, labels=np.arange(10), average=None, zero_division=0)
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'confusion_matrix diagonal / row sums',
        "code": """\
from sklearn.metrics import confusion_matrix

def per_class_accuracy(y_true, y_pred):
    m = confusion_matrix(y_true, y_pred, labels=range(10))
    return np.diag(m) / m.sum(axis=1)
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': "confusion_matrix(normalize='true').diagonal()",
        "code": """\
from sklearn.metrics import confusion_matrix

def per_class_accuracy(y_true, y_pred):
    return confusion_matrix(y_true, y_pred, labels=list(range(10)), normalize="true").diagonal()
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'classification_report(output_dict=True)',
        "code": """\
from sklearn.metrics import classification_report

def per_class_accuracy(y_true, y_pred):
    report = classification_report(y_true, y_pred, labels=list(range(10)), output_dict=True, zero_division=0)
    return np.array([report[str(c)]["recall"] for c in range(10)])
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'numpy masks per class',
        "code": """\
def per_class_accuracy(y_true, y_pred):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    return np.array([np.mean(y_pred[y_true == c] == c) for c in range(10)])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'precision_score instead of recall',
        'hint': '클래스마다 정밀도(precision)를 구했습니다.',
        "code": """\
from sklearn.metrics import precision_score

def per_class_accuracy(y_true, y_pred):
    return precision_score(y_true, y_pred, average=None, zero_division=0)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'overall accuracy (scalar)',
        'hint': '숫자 하나(0.583)를 돌려주었습니다.',
        "code": """\
from sklearn.metrics import accuracy_score

def per_class_accuracy(y_true, y_pred):
    return accuracy_score(y_true, y_pred)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'f1_score',
        'hint': 'F1 점수를 구했습니다.',
        "code": """\
from sklearn.metrics import f1_score

def per_class_accuracy(y_true, y_pred):
    return f1_score(y_true, y_pred, average=None)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'confusion diagonal / column sums (precision)',
        'hint': '클래스마다 정밀도(precision)를 구했습니다.',
        "code": """\
from sklearn.metrics import confusion_matrix

def per_class_accuracy(y_true, y_pred):
    m = confusion_matrix(y_true, y_pred, labels=range(10))
    return np.diag(m) / np.maximum(m.sum(axis=0), 1)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'recall_score arguments swapped',
        'hint': '클래스마다 정밀도(precision)를 구했습니다.',
        "code": """\
def per_class_accuracy(y_true, y_pred):
    return recall_score(y_pred, y_true, average=None, zero_division=0)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'counts not divided',
        'hint': '맞힌 사진의 수를 그대로 돌려주었습니다.',
        "code": """\
from sklearn.metrics import confusion_matrix

def per_class_accuracy(y_true, y_pred):
    return np.diag(confusion_matrix(y_true, y_pred, labels=range(10)))
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': "average='macro' (scalar)",
        'hint': '숫자 하나(0.591)를 돌려주었습니다.',
        "code": """\
def per_class_accuracy(y_true, y_pred):
    return recall_score(y_true, y_pred, average="macro")
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'diagonal / total number of samples',
        'hint': '맞힌 사진 수를 클래스의 사진 수가 아니라 전체 사진 수로 나누었습니다.',
        "code": """\
from sklearn.metrics import confusion_matrix

def per_class_accuracy(y_true, y_pred):
    return np.diag(confusion_matrix(y_true, y_pred, labels=range(10))) / len(y_true)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'one-vs-rest binary accuracy (counts true negatives)',
        'hint': "클래스마다 'c인가, 아닌가'를 맞힌 비율(c가 아닌 사진을 c가 아니라고 한 것까지)을 구했습니다.",
        "code": """\
def per_class_accuracy(y_true, y_pred):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    return np.array([np.mean((y_true == c) == (y_pred == c)) for c in range(10)])
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'per_class_accuracy + argmin',
        "code": """\
def worst_class(y_true, y_pred):
    names = helpers.class_names("cifar10", korean=True)
    return names[int(np.argmin(per_class_accuracy(y_true, y_pred)))]
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'recall_score directly',
        "code": """\
def worst_class(y_true, y_pred):
    recalls = recall_score(y_true, y_pred, labels=list(range(10)), average=None, zero_division=0)
    return helpers.class_names("cifar10", korean=True)[recalls.argmin()]
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'min over range with key, names outside',
        "code": """\
names_ko = helpers.class_names("cifar10", korean=True)

def worst_class(y_true, y_pred):
    acc = per_class_accuracy(y_true, y_pred)
    return names_ko[min(range(10), key=lambda c: acc[c])]
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'numpy string array -> str()',
        "code": """\
def worst_class(y_true, y_pred):
    names = np.array(helpers.class_names("cifar10", korean=True))
    return str(names[np.argmin(per_class_accuracy(y_true, y_pred))])
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'dict of name -> accuracy, min by value',
        "code": """\
def worst_class(y_true, y_pred):
    acc = dict(zip(helpers.class_names("cifar10", korean=True), per_class_accuracy(y_true, y_pred)))
    return min(acc, key=acc.get)
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'argmax (best class)',
        'hint': "돌려준 값 '비행기': 정확도(재현율)가 가장 높은 클래스입니다.",
        "code": """\
def worst_class(y_true, y_pred):
    names = helpers.class_names("cifar10", korean=True)
    return names[int(np.argmax(per_class_accuracy(y_true, y_pred)))]
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'English name',
        'hint': "영어 이름 'cat'를 돌려주었습니다.",
        "code": """\
def worst_class(y_true, y_pred):
    names = helpers.class_names("cifar10")
    return names[int(np.argmin(per_class_accuracy(y_true, y_pred)))]
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'returns the class index',
        'hint': '클래스 번호(3)를 돌려주었습니다.',
        "code": """\
def worst_class(y_true, y_pred):
    return int(np.argmin(per_class_accuracy(y_true, y_pred)))
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'Fashion-MNIST names',
        'hint': "돌려준 값 '드레스': CIFAR-10의 한국어 클래스 이름이 아닙니다.",
        "code": """\
def worst_class(y_true, y_pred):
    names = helpers.class_names("fashion_mnist", korean=True)
    return names[int(np.argmin(per_class_accuracy(y_true, y_pred)))]
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'worst precision instead of recall',
        'hint': "돌려준 값 '개': 정밀도(precision)가 가장 낮은 클래스입니다.",
        "code": """\
from sklearn.metrics import precision_score

def worst_class(y_true, y_pred):
    p = precision_score(y_true, y_pred, labels=list(range(10)), average=None, zero_division=0)
    return helpers.class_names("cifar10", korean=True)[int(np.argmin(p))]
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'off-by-one index + 1',
        'hint': "돌려준 값 '사슴': 정확도가 가장 낮은 클래스 바로 옆 번호의 이름입니다.",
        "code": """\
def worst_class(y_true, y_pred):
    names = helpers.class_names("cifar10", korean=True)
    return names[(int(np.argmin(per_class_accuracy(y_true, y_pred))) + 1) % 10]
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'returns the accuracy value',
        'hint': '결과가 문자열(str)이 아니라 float(0.4)입니다.',
        "code": """\
def worst_class(y_true, y_pred):
    return float(np.min(per_class_accuracy(y_true, y_pred)))
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'returns all names sorted by accuracy',
        'hint': "결과가 문자열(str)이 아니라 list(['고양이', '말', '새', '사슴', '개', '트럭', '자동차')입니다.",
        "code": """\
def worst_class(y_true, y_pred):
    names = helpers.class_names("cifar10", korean=True)
    return [names[i] for i in np.argsort(per_class_accuracy(y_true, y_pred))]
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'class with the fewest predictions',
        'hint': "돌려준 값 '말': 모델이 가장 적게 예측한 클래스입니다.",
        "code": """\
def worst_class(y_true, y_pred):
    counts = np.bincount(np.asarray(y_pred), minlength=10)
    return helpers.class_names("cifar10", korean=True)[int(np.argmin(counts))]
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'int32 labels via reshape(-1)',
        "code": """\
x_ready = (x_small / np.float32(255)).astype(np.float32)
y_ready = y_small.reshape(-1).astype(np.int32)
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'BGR channel order',
        'hint': 'x_ready의 모양과 범위는 맞지만 값이 x_small / 255와 다릅니다.',
        "code": """\
x_ready = x_small[..., ::-1].astype("float32") / 255
y_ready = y_small.ravel()
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'sorted accuracies (class order lost)',
        'hint': '클래스별 정확도의 값은 맞지만 순서가 다릅니다.',
        "code": """\
def per_class_accuracy(y_true, y_pred):
    return np.sort(recall_score(y_true, y_pred, average=None))
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'balanced_accuracy_score (one number)',
        'hint': '숫자 하나(0.591)를 돌려주었습니다.',
        "code": """\
from sklearn.metrics import balanced_accuracy_score

def per_class_accuracy(y_true, y_pred):
    return balanced_accuracy_score(y_true, y_pred)
""",
    },
]
