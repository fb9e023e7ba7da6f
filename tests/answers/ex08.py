"""연습 문제 8: 학습자가 쓸 만한 답 셀(code)과 확인의 판정. valid인 답은 "정답", 아닌 답은
"다시 해 보세요"와 hint가 든 메시지를 받아야 합니다(tests/test_answers.py)."""

CASES = [
    {
        'task': 'q1',
        'valid': True,
        'what': "as chapter with 0.1, fill_mode='constant'",
        "code": """\
augmentation = keras.Sequential([
    layers.RandomFlip("horizontal"),
    layers.RandomTranslation(0.1, 0.1, fill_mode="constant"),
])
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': "keyword factors, name='augmentation'",
        "code": """\
augmentation = keras.Sequential(
    [
        layers.RandomFlip(mode="horizontal"),
        layers.RandomTranslation(height_factor=0.1, width_factor=0.1, fill_mode="constant"),
    ],
    name="augmentation",
)
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'tuple factors (-0.1, 0.1)',
        "code": """\
augmentation = keras.Sequential([
    layers.RandomFlip("horizontal"),
    layers.RandomTranslation((-0.1, 0.1), (-0.1, 0.1), fill_mode="constant"),
])
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'model.add style',
        "code": """\
augmentation = keras.Sequential()
augmentation.add(layers.RandomFlip("horizontal"))
augmentation.add(layers.RandomTranslation(0.1, 0.1, fill_mode="constant"))
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'translation first, then flip',
        "code": """\
augmentation = keras.Sequential([
    layers.RandomTranslation(0.1, 0.1, fill_mode="constant"),
    layers.RandomFlip("horizontal"),
])
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'with keras.Input((32, 32, 3)) and seeds',
        "code": """\
augmentation = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
    layers.RandomFlip("horizontal", seed=1),
    layers.RandomTranslation(0.1, 0.1, fill_mode="constant", seed=2),
])
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': "interpolation='nearest'",
        "code": """\
augmentation = keras.Sequential([
    layers.RandomFlip("horizontal"),
    layers.RandomTranslation(0.1, 0.1, fill_mode="constant", interpolation="nearest"),
])
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'fill_mode left at default (instruction does not mention it)',
        "code": """\
augmentation = keras.Sequential([
    layers.RandomFlip("horizontal"),
    layers.RandomTranslation(0.1, 0.1),
])
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'RandomFlip default (also vertical)',
        'hint': 'RandomFlip의 mode가 "horizontal_and_vertical"입니다.',
        "code": """\
augmentation = keras.Sequential([
    layers.RandomFlip(),
    layers.RandomTranslation(0.1, 0.1, fill_mode="constant"),
])
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'vertical flip',
        'hint': 'RandomFlip의 mode가 "vertical"입니다.',
        "code": """\
augmentation = keras.Sequential([
    layers.RandomFlip("vertical"),
    layers.RandomTranslation(0.1, 0.1, fill_mode="constant"),
])
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': "chapter's 12.5% translation",
        'hint': 'RandomTranslation이 위아래로 사진 크기의 12.5%까지 옮깁니다.',
        "code": """\
augmentation = keras.Sequential([
    layers.RandomFlip("horizontal"),
    layers.RandomTranslation(0.125, 0.125, fill_mode="constant"),
])
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'translation only vertical (width_factor=0)',
        'hint': 'RandomTranslation이 좌우로 사진 크기의 0% 까지만 옮깁니다.',
        "code": """\
augmentation = keras.Sequential([
    layers.RandomFlip("horizontal"),
    layers.RandomTranslation(0.1, 0.0, fill_mode="constant"),
])
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'includes Rescaling(1/255)',
        'hint': '증강에 Rescaling 층이 들어 있습니다.',
        "code": """\
augmentation = keras.Sequential([
    layers.Rescaling(1 / 255),
    layers.RandomFlip("horizontal"),
    layers.RandomTranslation(0.1, 0.1, fill_mode="constant"),
])
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'flip only, no translation',
        'hint': "증강의 층이 ['RandomFlip']입니다.",
        "code": """\
augmentation = keras.Sequential([
    layers.RandomFlip("horizontal"),
])
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': '10% read as total range: factor 0.05',
        'hint': 'RandomTranslation이 위아래로 사진 크기의 5% 까지만 옮깁니다.',
        "code": """\
augmentation = keras.Sequential([
    layers.RandomFlip("horizontal"),
    layers.RandomTranslation(0.05, 0.05, fill_mode="constant"),
])
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'a plain list instead of keras.Sequential',
        'hint': 'augmentation이 케라스 층이나 모델이 아니라 list입니다.',
        "code": """\
augmentation = [
    layers.RandomFlip("horizontal"),
    layers.RandomTranslation(0.1, 0.1, fill_mode="constant"),
]
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'RandomZoom instead of RandomTranslation',
        'hint': '증강에 RandomZoom 층이 들어 있습니다.',
        "code": """\
augmentation = keras.Sequential([
    layers.RandomFlip("horizontal"),
    layers.RandomZoom(0.1, fill_mode="constant"),
])
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'extra RandomRotation layer',
        'hint': '증강에 RandomRotation 층이 더 들어 있습니다.',
        "code": """\
augmentation = keras.Sequential([
    layers.RandomFlip("horizontal"),
    layers.RandomTranslation(0.1, 0.1, fill_mode="constant"),
    layers.RandomRotation(0.1, fill_mode="constant"),
])
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'keywords as in chapter',
        "code": """\
schedule = keras.optimizers.schedules.CosineDecay(
    initial_learning_rate=0.0, decay_steps=900, warmup_target=0.01, warmup_steps=100,
)
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'positional first two args',
        "code": """\
schedule = keras.optimizers.schedules.CosineDecay(0.0, 900, warmup_target=0.01, warmup_steps=100)
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'alpha=0.0 and name given',
        "code": """\
schedule = keras.optimizers.schedules.CosineDecay(
    initial_learning_rate=0.0, decay_steps=900, alpha=0.0,
    warmup_target=1e-2, warmup_steps=100, name="warmup_cosine",
)
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'initial_learning_rate=0 written as int (Keras then fails to compute the warm-up)',
        'hint': 'initial_learning_rate이 정수 0입니다.',
        "code": """\
from keras.optimizers.schedules import CosineDecay

total_steps, warmup = 1000, 100
schedule = CosineDecay(initial_learning_rate=0, decay_steps=total_steps - warmup,
                       warmup_target=0.01, warmup_steps=warmup)
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'variables named like the chapter',
        "code": """\
PEAK = 0.01
schedule = keras.optimizers.schedules.CosineDecay(
    initial_learning_rate=0.0,
    warmup_target=PEAK,
    warmup_steps=100,
    decay_steps=1000 - 100,
)
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'imported class, positional alpha, computed steps',
        "code": """\
from keras.optimizers.schedules import CosineDecay

total_steps, warmup = 1000, 100
schedule = CosineDecay(0.0, total_steps - warmup, 0.0, warmup_target=0.01, warmup_steps=warmup)
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'decay_steps=1000 (total instead of after warm-up)',
        'hint': '1,000 스텝의 학습률이 0.0002447로 아직 0이 아닙니다.',
        "code": """\
schedule = keras.optimizers.schedules.CosineDecay(0.0, 1000, warmup_target=0.01, warmup_steps=100)
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'no warm-up',
        'hint': '첫 스텝의 학습률이 0.01입니다.',
        "code": """\
schedule = keras.optimizers.schedules.CosineDecay(0.01, 1000)
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'starts at 0.01 (initial_learning_rate=0.01)',
        'hint': '첫 스텝의 학습률이 0.01입니다.',
        "code": """\
schedule = keras.optimizers.schedules.CosineDecay(0.01, 900, warmup_target=0.01, warmup_steps=100)
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'peak 0.1',
        'hint': '워밍업이 끝나는 100 스텝의 학습률이 0.1입니다.',
        "code": """\
schedule = keras.optimizers.schedules.CosineDecay(0.0, 900, warmup_target=0.1, warmup_steps=100)
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'alpha=0.1 (does not reach 0)',
        'hint': '1,000 스텝의 학습률이 0.001로 0까지 줄지 않습니다.',
        "code": """\
schedule = keras.optimizers.schedules.CosineDecay(0.0, 900, alpha=0.1, warmup_target=0.01, warmup_steps=100)
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'warmup_steps and decay_steps swapped',
        'hint': '워밍업이 끝나는 100 스텝의 학습률이 0.001111입니다.',
        "code": """\
schedule = keras.optimizers.schedules.CosineDecay(0.0, 100, warmup_target=0.01, warmup_steps=900)
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'warm-up 10 steps (10% misread)',
        'hint': '워밍업이 끝나는 100 스텝의 학습률이 0.009797입니다.',
        "code": """\
schedule = keras.optimizers.schedules.CosineDecay(0.0, 990, warmup_target=0.01, warmup_steps=10)
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'CosineDecayRestarts',
        'hint': 'schedule이 CosineDecayRestarts입니다.',
        "code": """\
schedule = keras.optimizers.schedules.CosineDecayRestarts(0.01, 900)
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'peak 0.001 (one zero too many)',
        'hint': '워밍업이 끝나는 100 스텝의 학습률이 0.001입니다.',
        "code": """\
schedule = keras.optimizers.schedules.CosineDecay(0.0, 900, warmup_target=0.001, warmup_steps=100)
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': "Sequential with Activation('relu'), momentum 0.9",
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
    layers.Conv2D(32, 3, padding="same", use_bias=False),
    layers.MaxPooling2D(2),
    layers.BatchNormalization(momentum=0.9),
    layers.Activation("relu"),
    layers.Conv2D(64, 3, padding="same", use_bias=False),
    layers.MaxPooling2D(2),
    layers.BatchNormalization(momentum=0.9),
    layers.Activation("relu"),
    layers.GlobalMaxPooling2D(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'layers.ReLU(), default momentum',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
    layers.Conv2D(32, 3, padding="same", use_bias=False),
    layers.MaxPooling2D(),
    layers.BatchNormalization(),
    layers.ReLU(),
    layers.Conv2D(64, 3, padding="same", use_bias=False),
    layers.MaxPooling2D(),
    layers.BatchNormalization(),
    layers.ReLU(),
    layers.GlobalMaxPooling2D(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'model.add in a loop over filters',
        "code": """\
model = keras.Sequential(name="small_vgg")
model.add(keras.Input(shape=(32, 32, 3)))
for filters in (32, 64):
    model.add(layers.Conv2D(filters, kernel_size=3, padding="same", use_bias=False))
    model.add(layers.MaxPooling2D(pool_size=2))
    model.add(layers.BatchNormalization(momentum=0.9))
    model.add(layers.Activation("relu"))
model.add(layers.GlobalMaxPooling2D())
model.add(layers.Dense(10, activation="softmax"))
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'with Rescaling(1/255) (allowed)',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
    layers.Rescaling(1 / 255),
    layers.Conv2D(32, 3, padding="same", use_bias=False),
    layers.MaxPooling2D(2),
    layers.BatchNormalization(momentum=0.9),
    layers.Activation("relu"),
    layers.Conv2D(64, 3, padding="same", use_bias=False),
    layers.MaxPooling2D(2),
    layers.BatchNormalization(momentum=0.9),
    layers.Activation("relu"),
    layers.GlobalMaxPooling2D(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'functional API',
        "code": """\
inputs = keras.Input(shape=(32, 32, 3))
x = inputs
for filters in (32, 64):
    x = layers.Conv2D(filters, 3, padding="same", use_bias=False)(x)
    x = layers.MaxPooling2D(2)(x)
    x = layers.BatchNormalization(momentum=0.9)(x)
    x = layers.Activation("relu")(x)
x = layers.GlobalMaxPooling2D()(x)
outputs = layers.Dense(10, activation="softmax")(x)
model = keras.Model(inputs, outputs)
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'Activation(keras.activations.relu), Softmax layer',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
    layers.Conv2D(32, (3, 3), padding="same", use_bias=False),
    layers.MaxPool2D((2, 2)),
    layers.BatchNormalization(momentum=0.9),
    layers.Activation(keras.activations.relu),
    layers.Conv2D(64, (3, 3), padding="same", use_bias=False),
    layers.MaxPool2D((2, 2)),
    layers.BatchNormalization(momentum=0.9),
    layers.Activation(keras.activations.relu),
    layers.GlobalMaxPooling2D(),
    layers.Dense(10),
    layers.Softmax(),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'convolutions keep the bias (use_bias default)',
        'hint': '1번째 단계 합성곱 층(Conv2D, 출력 (32, 32, 32))의 파라미터가 896개로 32개 많습니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
layers.Conv2D(32, 3, padding="same"),
layers.MaxPooling2D(2),
layers.BatchNormalization(),
layers.Activation("relu"),
layers.Conv2D(64, 3, padding="same"),
layers.MaxPooling2D(2),
layers.BatchNormalization(),
layers.Activation("relu"),
layers.GlobalMaxPooling2D(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'BN before pooling (conv -> BN -> ReLU -> pool)',
        'hint': '층의 구성이 다릅니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
layers.Conv2D(32, 3, padding="same", use_bias=False),
layers.BatchNormalization(),
layers.Activation("relu"),
layers.MaxPooling2D(2),
layers.Conv2D(64, 3, padding="same", use_bias=False),
layers.BatchNormalization(),
layers.Activation("relu"),
layers.MaxPooling2D(2),
layers.GlobalMaxPooling2D(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'ReLU inside the conv, BN after pooling',
        'hint': '1번째 단계 합성곱 층(Conv2D, 출력 (32, 32, 32)) 뒤에 활성화 함수(relu)가 있습니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
layers.Conv2D(32, 3, padding="same", use_bias=False, activation="relu"),
layers.MaxPooling2D(2),
layers.BatchNormalization(),
layers.Conv2D(64, 3, padding="same", use_bias=False, activation="relu"),
layers.MaxPooling2D(2),
layers.BatchNormalization(),
layers.GlobalMaxPooling2D(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'Flatten instead of GlobalMaxPooling2D',
        'hint': '층의 구성이 다릅니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
layers.Conv2D(32, 3, padding="same", use_bias=False),
layers.MaxPooling2D(2),
layers.BatchNormalization(),
layers.Activation("relu"),
layers.Conv2D(64, 3, padding="same", use_bias=False),
layers.MaxPooling2D(2),
layers.BatchNormalization(),
layers.Activation("relu"),
layers.Flatten(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'GlobalAveragePooling2D instead of GlobalMaxPooling2D',
        'hint': '7번째 단계 전역 평균 풀링 층(GlobalAveragePooling2D, 출력 (64,)): 이 자리는 전역 최대 풀링 층(GlobalMaxP',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
layers.Conv2D(32, 3, padding="same", use_bias=False),
layers.MaxPooling2D(2),
layers.BatchNormalization(),
layers.Activation("relu"),
layers.Conv2D(64, 3, padding="same", use_bias=False),
layers.MaxPooling2D(2),
layers.BatchNormalization(),
layers.Activation("relu"),
layers.GlobalAveragePooling2D(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'no batch normalization',
        'hint': '층의 구성이 다릅니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
layers.Conv2D(32, 3, padding="same", use_bias=False),
layers.MaxPooling2D(2),
layers.Activation("relu"),
layers.Conv2D(64, 3, padding="same", use_bias=False),
layers.MaxPooling2D(2),
layers.Activation("relu"),
layers.GlobalMaxPooling2D(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': "padding 'valid' (default)",
        'hint': '1번째 단계 합성곱 층(Conv2D, 출력 (30, 30, 32)): padding="valid"입니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
layers.Conv2D(32, 3, use_bias=False),
layers.MaxPooling2D(2),
layers.BatchNormalization(),
layers.Activation("relu"),
layers.Conv2D(64, 3, use_bias=False),
layers.MaxPooling2D(2),
layers.BatchNormalization(),
layers.Activation("relu"),
layers.GlobalMaxPooling2D(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'LayerNormalization instead of BatchNormalization',
        'hint': '층의 구성이 다릅니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
layers.Conv2D(32, 3, padding="same", use_bias=False),
layers.MaxPooling2D(2),
layers.LayerNormalization(),
layers.Activation("relu"),
layers.Conv2D(64, 3, padding="same", use_bias=False),
layers.MaxPooling2D(2),
layers.LayerNormalization(),
layers.Activation("relu"),
layers.GlobalMaxPooling2D(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'filters 64 then 128',
        'hint': '1번째 단계 합성곱 층(Conv2D, 출력 (32, 32, 64))의 필터가 64개입니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
layers.Conv2D(64, 3, padding="same", use_bias=False),
layers.MaxPooling2D(2),
layers.BatchNormalization(),
layers.Activation("relu"),
layers.Conv2D(128, 3, padding="same", use_bias=False),
layers.MaxPooling2D(2),
layers.BatchNormalization(),
layers.Activation("relu"),
layers.GlobalMaxPooling2D(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'sigmoid instead of ReLU',
        'hint': '3번째 단계 배치 정규화 층(BatchNormalization, 출력 (16, 16, 32)) 뒤의 활성화 함수: 지시문은 relu, 여러분의 ',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
layers.Conv2D(32, 3, padding="same", use_bias=False),
layers.MaxPooling2D(2),
layers.BatchNormalization(),
layers.Activation("sigmoid"),
layers.Conv2D(64, 3, padding="same", use_bias=False),
layers.MaxPooling2D(2),
layers.BatchNormalization(),
layers.Activation("sigmoid"),
layers.GlobalMaxPooling2D(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'ReLU before BN (pool -> ReLU -> BN)',
        'hint': '2번째 단계 최대 풀링 층(MaxPooling2D, 출력 (16, 16, 32)) 뒤에 활성화 함수(relu)가 있습니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
layers.Conv2D(32, 3, padding="same", use_bias=False),
layers.MaxPooling2D(2),
layers.Activation("relu"),
layers.BatchNormalization(),
layers.Conv2D(64, 3, padding="same", use_bias=False),
layers.MaxPooling2D(2),
layers.Activation("relu"),
layers.BatchNormalization(),
layers.GlobalMaxPooling2D(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'grayscale input (32, 32, 1)',
        'hint': 'model의 입력 모양이 (32, 32, 1)입니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(32, 32, 1)),
    layers.Conv2D(32, 3, padding="same", use_bias=False),
    layers.MaxPooling2D(2),
    layers.BatchNormalization(),
    layers.Activation("relu"),
    layers.Conv2D(64, 3, padding="same", use_bias=False),
    layers.MaxPooling2D(2),
    layers.BatchNormalization(),
    layers.Activation("relu"),
    layers.GlobalMaxPooling2D(),
    layers.Dense(10, activation="softmax"),
])
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'slicing [:, :, ::-1] as chapter',
        "code": """\
def predict_with_flip(model, images):
    return (model.predict(images, verbose=0) + model.predict(images[:, :, ::-1], verbose=0)) / 2
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'np.flip(axis=2)',
        "code": """\
import numpy as np

def predict_with_flip(model, images):
    flipped = np.flip(images, axis=2)
    return (model.predict(images, verbose=0) + model.predict(flipped, verbose=0)) / 2
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'np.mean of stacked predictions',
        "code": """\
import numpy as np

def predict_with_flip(model, images):
    p1 = model.predict(images, verbose=0)
    p2 = model.predict(images[..., ::-1, :], verbose=0)
    return np.mean([p1, p2], axis=0)
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'calling the model with training=False',
        "code": """\
def predict_with_flip(model, images):
    original = keras.ops.convert_to_numpy(model(images, training=False))
    flipped = keras.ops.convert_to_numpy(model(images[:, :, ::-1], training=False))
    return (original + flipped) / 2
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'keras.ops.flip + batch_size=512',
        "code": """\
def predict_with_flip(model, images):
    flipped = keras.ops.convert_to_numpy(keras.ops.flip(images, axis=2))
    a = model.predict(images, batch_size=512, verbose=0)
    b = model.predict(flipped, batch_size=512, verbose=0)
    return 0.5 * (a + b)
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'tf.image.flip_left_right',
        "code": """\
import tensorflow as tf

def predict_with_flip(model, images):
    flipped = tf.image.flip_left_right(images).numpy()
    return (model.predict(images, verbose=0) + model.predict(flipped, verbose=0)) / 2
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'np.flip(axis=1): vertical flip',
        'hint': '위아래로 뒤집었습니다(높이 축, images[:, ::-1]).',
        "code": """\
import numpy as np

def predict_with_flip(model, images):
    return (model.predict(images, verbose=0) + model.predict(np.flip(images, axis=1), verbose=0)) / 2
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'images[:, ::-1]: vertical flip',
        'hint': '위아래로 뒤집었습니다(높이 축, images[:, ::-1]).',
        "code": """\
def predict_with_flip(model, images):
    return (model.predict(images, verbose=0) + model.predict(images[:, ::-1], verbose=0)) / 2
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'np.fliplr (flips axis 1 = height for a batch)',
        'hint': '위아래로 뒤집었습니다(높이 축, images[:, ::-1]).',
        "code": """\
import numpy as np

def predict_with_flip(model, images):
    return (model.predict(images, verbose=0) + model.predict(np.fliplr(images), verbose=0)) / 2
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'sum without / 2',
        'hint': '두 확률을 더하기만 하고 2로 나누지 않았습니다.',
        "code": """\
def predict_with_flip(model, images):
    return model.predict(images, verbose=0) + model.predict(images[:, :, ::-1], verbose=0)
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'only the flipped prediction',
        'hint': '뒤집은 사진의 확률만 돌려주었습니다.',
        "code": """\
def predict_with_flip(model, images):
    return model.predict(images[:, :, ::-1], verbose=0)
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'returns argmax labels',
        'hint': '결과의 모양이 (5,)입니다.',
        "code": """\
def predict_with_flip(model, images):
    p = (model.predict(images, verbose=0) + model.predict(images[:, :, ::-1], verbose=0)) / 2
    return p.argmax(axis=1)
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'flips the channel axis (RGB -> BGR)',
        'hint': '채널 축을 뒤집었습니다(images[..., ::-1]).',
        "code": """\
def predict_with_flip(model, images):
    return (model.predict(images, verbose=0) + model.predict(images[..., ::-1], verbose=0)) / 2
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'max instead of mean',
        'hint': '두 확률의 평균이 아니라 더 큰 값(np.maximum)을 골랐습니다.',
        "code": """\
import numpy as np

def predict_with_flip(model, images):
    return np.maximum(model.predict(images, verbose=0), model.predict(images[:, :, ::-1], verbose=0))
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'np.flip without axis (flips batch order too)',
        'hint': 'np.flip에 축을 주지 않아 사진의 순서와 높이, 너비, 채널이 모두 뒤집혔습니다.',
        "code": """\
import numpy as np

def predict_with_flip(model, images):
    return (model.predict(images, verbose=0) + model.predict(np.flip(images), verbose=0)) / 2
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'flips the input array in place',
        'hint': '함수가 받은 배열(입력)의 값을 바꾸었습니다(in-place).',
        "code": """\
def predict_with_flip(model, images):
    original = model.predict(images, verbose=0)
    images[:] = images[:, :, ::-1].copy()
    return (original + model.predict(images, verbose=0)) / 2
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'model called with training=True',
        'hint': '같은 모델과 사진으로 두 번 불렀더니 결과가 달랐습니다.',
        "code": """\
def predict_with_flip(model, images):
    a = keras.ops.convert_to_numpy(model(images, training=True))
    b = keras.ops.convert_to_numpy(model(images[:, :, ::-1], training=True))
    return (a + b) / 2
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'warm-up starts at 0.001 instead of 0',
        'hint': '첫 스텝의 학습률이 0.001입니다.',
        "code": """\
schedule = keras.optimizers.schedules.CosineDecay(0.001, 900, warmup_target=0.01, warmup_steps=100)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'output Dense without bias',
        'hint': '8번째 단계 밀집층(Dense, 출력 (10,))의 파라미터가 640개로 10개 모자랍니다.',
        "code": """\
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
    layers.Conv2D(32, 3, padding="same", use_bias=False),
    layers.MaxPooling2D(2),
    layers.BatchNormalization(),
    layers.Activation("relu"),
    layers.Conv2D(64, 3, padding="same", use_bias=False),
    layers.MaxPooling2D(2),
    layers.BatchNormalization(),
    layers.Activation("relu"),
    layers.GlobalMaxPooling2D(),
    layers.Dense(10, activation="softmax", use_bias=False),
])
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'transpose instead of flip (swaps height and width)',
        'hint': '결과가 원본과 좌우로 뒤집은 사진의 확률의 평균과 다릅니다.',
        "code": """\
def predict_with_flip(model, images):
    return (model.predict(images, verbose=0) + model.predict(images.transpose(0, 2, 1, 3), verbose=0)) / 2
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'images[:, :, ::-1, :] explicit, list average',
        "code": """\
def predict_with_flip(model, images):
    preds = [model.predict(x, verbose=0) for x in (images, images[:, :, ::-1, :])]
    return sum(preds) / len(preds)
""",
    },
]
