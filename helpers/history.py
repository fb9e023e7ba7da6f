"""훈련 기록(History)을 읽는 도우미: 학습 곡선에서 과대적합을 알려 주는 숫자들."""

import numpy as np


def curve_summary(history):
    """학습 곡선을 요약한 사전(dict)을 돌려줍니다.

    `history`는 `model.fit`이 돌려준 History 이거나 그 `.history` 사전입니다.
    - epochs: 실제로 훈련한 에포크 수(조기 종료가 있으면 최대값보다 작습니다)
    - best_epoch: 검증 손실(val_loss)이 가장 낮았던 에포크(1부터 셉니다)
    - best_val_loss, best_val_accuracy: 그 에포크의 검증 손실과 검증 정확도
    - val_loss_rise: 마지막 검증 손실이 가장 낮았던 값보다 높아진 만큼(0이면 끝까지 내려감)
    - final_train_accuracy, final_val_accuracy: 마지막 에포크의 훈련/검증 정확도
    - accuracy_gap: 마지막 에포크의 훈련 정확도 - 검증 정확도
    """
    curves = getattr(history, "history", history)
    missing = [k for k in ("loss", "accuracy", "val_loss", "val_accuracy") if k not in curves]
    if missing:
        raise ValueError(
            f"훈련 기록(history)에 {missing} 이(가) 없습니다. model.fit에 validation_data와 "
            'metrics=["accuracy"]를 주었는지 확인하세요.'
        )
    val_loss = np.asarray(curves["val_loss"], dtype=float)
    if val_loss.size == 0:
        raise ValueError("훈련 기록(history)이 비어 있습니다: 에포크가 하나도 없습니다.")
    best = int(val_loss.argmin())
    train_accuracy = float(curves["accuracy"][-1])
    val_accuracy = float(curves["val_accuracy"][-1])
    return {
        "epochs": int(val_loss.size),
        "best_epoch": best + 1,
        "best_val_loss": float(val_loss[best]),
        "best_val_accuracy": float(curves["val_accuracy"][best]),
        "val_loss_rise": float(val_loss[-1] - val_loss[best]),
        "final_train_accuracy": train_accuracy,
        "final_val_accuracy": val_accuracy,
        "accuracy_gap": train_accuracy - val_accuracy,
    }


def val_loss_trend(history, last=5):
    """검증 손실 곡선에서 과대적합을 읽는 이 강의의 규칙(2장, 3장)에 쓰는 숫자들.

    - best_epoch, best_val_loss: 검증 손실이 가장 낮았던 에포크(1부터 셉니다)와 그 값
    - bump: 최저점 전까지, 그때까지의 가장 낮은 값보다 되올라간 폭 가운데 가장 큰 것(흔들림의 크기)
    - lasting_rise: 마지막 `last` 에포크 가운데 가장 낮은 값이 최저점보다 높은 만큼
      (끝까지 남은 오름)
    - overfitting_signal: 끝까지 남은 오름이 흔들림보다 큰지
    """
    curves = getattr(history, "history", history)
    val_loss = np.asarray(curves.get("val_loss", []) if isinstance(curves, dict) else [], float)
    if val_loss.size == 0:
        raise ValueError("훈련 기록(history)에 검증 손실 'val_loss'가 없습니다. "
                         "model.fit에 validation_data를 주었는지 확인하세요.")
    best = int(val_loss.argmin())
    before = val_loss[: best + 1]
    bump = float(np.max(before - np.minimum.accumulate(before)))
    lasting_rise = float(val_loss[-last:].min() - val_loss[best])
    return {
        "best_epoch": best + 1,
        "best_val_loss": float(val_loss[best]),
        "bump": bump,
        "lasting_rise": lasting_rise,
        "overfitting_signal": bool(lasting_rise > bump),
    }
