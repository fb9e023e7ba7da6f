"""Exercise 08 (CIFAR-10 성능 끌어올리기): typical wrong answers per task and the hint each must
get (WRONG), checked by tests/test_exercises.py."""

import keras
import numpy as np
from keras import layers

from helpers.exercises import chapter_tasks

TASKS = chapter_tasks("08_cifar10_better")


def augmentation(*extra, flip="horizontal", shift=0.1):
    return keras.Sequential(
        [*extra, layers.RandomFlip(flip), layers.RandomTranslation(shift, shift)]
    )


def schedule(peak=0.01, warmup_steps=100, decay_steps=900):
    start = 0.0 if warmup_steps else peak
    return keras.optimizers.schedules.CosineDecay(
        start, decay_steps, warmup_target=peak if warmup_steps else None, warmup_steps=warmup_steps
    )


def vgg(use_bias=False, padding="same", batch_norm=True, pool_first=True,
        global_pool=layers.GlobalMaxPooling2D):
    model_layers = [keras.Input(shape=(32, 32, 3))]
    for filters in (32, 64):
        conv = layers.Conv2D(filters, 3, padding=padding, use_bias=use_bias)
        norm = [layers.BatchNormalization()] if batch_norm else []
        if pool_first:
            model_layers += [conv, layers.MaxPooling2D(2), *norm, layers.ReLU()]
        else:
            model_layers += [conv, *norm, layers.ReLU(), layers.MaxPooling2D(2)]
    model_layers += [global_pool(), layers.Dense(10, activation="softmax")]
    return keras.Sequential(model_layers)


def flip_average(axis, divide=2):
    def predict_with_flip(model, images):
        flipped = np.flip(images, axis=axis)
        return (model.predict(images, verbose=0) + model.predict(flipped, verbose=0)) / divide
    return predict_with_flip


WRONG = {
    "q1": [
        ((augmentation(flip="horizontal_and_vertical"),), '"horizontal"(좌우)만'),
        ((augmentation(layers.Rescaling(1 / 255)),), "Rescaling 층"),
        ((augmentation(shift=0.2),), "10%(0.1)까지입니다"),
        ((augmentation(shift=0.125),), "10%(0.1)까지입니다"),
        ((keras.Sequential([layers.RandomFlip("horizontal")]),), "RandomTranslation 이 하나씩"),
        ((keras.Sequential([
            layers.RandomFlip("horizontal"), layers.RandomTranslation(0.1, 0.05)
        ]),),
         "좌우로 사진 크기의 5% 까지만"),
    ],
    "q2": [
        ((schedule(warmup_steps=0),), "워밍업(warm-up)이 없으면"),
        ((schedule(decay_steps=1000),), "1,000 이 아니라 900"),
        ((schedule(peak=0.001),), "warmup_target"),
        ((0.01,), "숫자 하나"),
    ],
    "q3": [
        ((vgg(use_bias=True),), "use_bias=False"),
        ((vgg(padding="valid"),), 'padding="same"'),
        ((vgg(batch_norm=False),), "BatchNormalization) 층이 없습니다"),
        ((vgg(pool_first=False),), "층의 순서"),
        ((vgg(global_pool=layers.GlobalAveragePooling2D),), "GlobalMaxPooling2D"),
    ],
    "q4": [
        ((flip_average(axis=1),), "위아래로 뒤집었습니다"),
        ((flip_average(axis=3),), "채널 축"),
        ((flip_average(axis=2, divide=1),), "2 로 나누지"),
        ((lambda model, images: model.predict(images[:, :, ::-1], verbose=0),),
         "뒤집은 사진의 확률만"),
    ],
}
