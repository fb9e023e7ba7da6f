"""강의 도우미가 내는 오류들. 메시지는 한국어이고 영어 핵심 용어를 괄호에 붙입니다."""


class DatasetNotFoundError(RuntimeError):
    """어디에서도 데이터셋을 찾거나 내려받지 못했습니다."""


class ChecksumError(ValueError):
    """파일의 sha256 체크섬이 기록된 값과 다릅니다."""


class ImageLoadError(ValueError):
    """이미지 파일을 읽을 수 없습니다(없음, 이미지가 아님, 잘림, 너무 큼)."""


class QuizNotFoundError(FileNotFoundError):
    """장 이름에 맞는 확인 문제 파일이 없습니다."""
