// 5장의 그림판: 마우스나 손가락으로 숫자를 그리면 5장의 CNN 이 0~9 의 확률로 답합니다.
// 책 페이지(data-mode="page")에서는 이 파일 옆의 mnist_cnn.f16(5장의 전체 실행이 내보낸
// float16 가중치)으로 브라우저가 TensorFlow.js 로 계산하고, Colab(data-mode="colab")에서는
// 런타임의 커널이 방금 훈련한 모델로 계산합니다. 전처리는 helpers/digits.py 의 to_mnist 와 같습니다.
(function () {
  "use strict";

  const CANVAS = 280;
  const STROKE = 22;
  const SIZE = 28;
  const BOX = 20;
  const SHAPES = [[5, 5, 1, 32], [32], [4608, 128], [128], [128, 10], [10]];
  const base = document.currentScript && document.currentScript.src
    ? new URL(".", document.currentScript.src) : null;
  let model = null;

  function halfToFloat(h) {
    const sign = h & 0x8000 ? -1 : 1;
    const exponent = (h >> 10) & 0x1f;
    const fraction = h & 0x3ff;
    if (exponent === 0) return sign * Math.pow(2, -14) * (fraction / 1024);
    if (exponent === 31) return fraction ? NaN : sign * Infinity;
    return sign * Math.pow(2, exponent - 15) * (1 + fraction / 1024);
  }

  function loadScript(name) {
    return new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = new URL("../tfjs/" + name, base).href;
      script.onload = resolve;
      script.onerror = () => reject(new Error(name + " 을 읽지 못했습니다"));
      document.head.append(script);
    });
  }

  // TensorFlow.js(코어와 CPU 백엔드, 책의 tfjs/)와 5장의 가중치를 처음 예측할 때 한 번 읽습니다.
  function loadModel() {
    if (!model) {
      const runtime = loadScript("tf-core.es2017.min.js")
        .then(() => loadScript("tf-backend-cpu.es2017.min.js"))
        .then(() => tf.setBackend("cpu"));
      const file = fetch(new URL("mnist_cnn.f16", base)).then((response) => {
        if (!response.ok) throw new Error("가중치 파일을 읽지 못했습니다: " + response.status);
        return response.arrayBuffer();
      });
      model = Promise.all([runtime, file]).then(([, buffer]) => {
        const values = Float32Array.from(new Uint16Array(buffer), halfToFloat);
        const size = SHAPES.reduce((total, shape) => total + shape.reduce((a, b) => a * b, 1), 0);
        if (size !== values.length) throw new Error("가중치 파일의 크기가 5장 CNN 과 다릅니다");
        let offset = 0;
        return SHAPES.map((shape) => {
          const count = shape.reduce((a, b) => a * b, 1);
          offset += count;
          return tf.keep(tf.tensor(values.subarray(offset - count, offset), shape));
        });
      });
    }
    return model;
  }

  // Keras 와 같은 계산(channels_last): 5×5 합성곱 32, ReLU -> 2×2 최대 풀링 -> 펼치기
  // -> 밀집층 128, ReLU -> 밀집층 10, softmax. Keras 의 커널 모양이 TensorFlow.js 와 같습니다.
  function forward(pixels) {
    return loadModel().then(([kernel, bias, dense, denseBias, out, outBias]) => tf.tidy(() => {
      const image = tf.tensor4d(pixels, [1, SIZE, SIZE, 1]);
      const features = tf.relu(tf.add(tf.conv2d(image, kernel, 1, "valid"), bias));
      const flat = tf.reshape(tf.maxPool(features, 2, 2, "valid"), [1, -1]);
      const hidden = tf.relu(tf.add(tf.matMul(flat, dense), denseBias));
      return Array.from(tf.softmax(tf.add(tf.matMul(hidden, out), outBias)).dataSync());
    }));
  }

  // Pillow 의 BOX 필터와 같은 한 축의 줄이기: 출력 픽셀마다 창 안에 중심이 든 입력 픽셀의 평균.
  function boxWeights(inSize, outSize) {
    const scale = inSize / outSize;
    const support = 0.5 * Math.max(scale, 1);
    const rows = [];
    for (let o = 0; o < outSize; o++) {
      const center = (o + 0.5) * scale;
      const start = Math.max(Math.trunc(center - support + 0.5), 0);
      const stop = Math.min(Math.trunc(center + support + 0.5), inSize);
      const taps = [];
      for (let i = start; i < stop; i++) {
        const t = (i - center + 0.5) / Math.max(scale, 1);
        if (t > -0.5 && t <= 0.5) taps.push(i);
      }
      rows.push(taps);
    }
    return rows;
  }

  // 그림판의 밝기(0~1, 길이 width*height)를 MNIST 처럼 28×28 로 바꿉니다. 비어 있으면 null.
  function toMnist(ink, width, height) {
    let top = height, bottom = -1, left = width, right = -1;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if (ink[y * width + x] > 0) {
          top = Math.min(top, y); bottom = Math.max(bottom, y);
          left = Math.min(left, x); right = Math.max(right, x);
        }
      }
    }
    if (bottom < 0) return null;
    const boxHeight = bottom - top + 1, boxWidth = right - left + 1;
    const scale = BOX / Math.max(boxHeight, boxWidth);
    const outHeight = Math.max(1, Math.round(boxHeight * scale));
    const outWidth = Math.max(1, Math.round(boxWidth * scale));
    const columns = boxWeights(boxWidth, outWidth), lines = boxWeights(boxHeight, outHeight);
    const wide = new Float64Array(boxHeight * outWidth);
    for (let y = 0; y < boxHeight; y++) {
      columns.forEach((taps, o) => {
        let sum = 0;
        for (const x of taps) sum += ink[(top + y) * width + left + x];
        wide[y * outWidth + o] = sum / taps.length;
      });
    }
    const small = new Float64Array(outHeight * outWidth);
    let mass = 0, rowMass = 0, colMass = 0;
    lines.forEach((taps, o) => {
      for (let x = 0; x < outWidth; x++) {
        let sum = 0;
        for (const y of taps) sum += wide[y * outWidth + x];
        const value = Math.min(Math.max(sum / taps.length, 0), 1);
        small[o * outWidth + x] = value;
        mass += value; rowMass += o * value; colMass += x * value;
      }
    });
    // helpers/digits.py 의 _place 와 같이, x.5 에서 같은 쪽으로 반올림하도록 먼저 10^-6 로 맞춥니다.
    const place = (offset, length) =>
      Math.min(Math.max(Math.floor(Math.round(offset * 1e6) / 1e6 + 0.5), 0), SIZE - length);
    const row0 = place(SIZE / 2 - rowMass / mass, outHeight);
    const col0 = place(SIZE / 2 - colMass / mass, outWidth);
    const digit = new Float32Array(SIZE * SIZE);
    for (let y = 0; y < outHeight; y++) {
      for (let x = 0; x < outWidth; x++) {
        digit[(row0 + y) * SIZE + col0 + x] = small[y * outWidth + x];
      }
    }
    return digit;
  }

  function predictInColab(pixels) {
    return google.colab.kernel.invokeFunction("digit_demo.predict", [Array.from(pixels)], {})
      .then((result) => result.data["application/json"].probabilities);
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function build(container) {
    const predict = container.dataset.mode === "colab" ? predictInColab : forward;
    const pad = element("canvas", "digit-demo__pad");
    pad.width = pad.height = CANVAS;
    pad.setAttribute("role", "img");
    pad.setAttribute("aria-label", "숫자를 그리는 그림판 (마우스나 손가락으로 그립니다)");
    const view = element("canvas", "digit-demo__input");
    view.width = view.height = SIZE;
    view.setAttribute("role", "img");
    view.setAttribute("aria-label", "모델이 보는 28×28 이미지");
    const clear = element("button", "digit-demo__clear", "지우기");
    clear.type = "button";
    const result = element("p", "digit-demo__result");
    result.setAttribute("aria-live", "polite");
    const bars = element("ol", "digit-demo__bars");
    bars.setAttribute("aria-label", "숫자별 확률");
    const rows = [];
    for (let digit = 0; digit < 10; digit++) {
      const row = element("li", "digit-demo__row");
      const fill = element("span", "digit-demo__fill");
      const percent = element("span", "digit-demo__percent", "-");
      const track = element("span", "digit-demo__track");
      track.append(fill);
      row.append(element("span", "digit-demo__digit", String(digit)), track, percent);
      bars.append(row);
      rows.push({ row, fill, percent });
    }
    const drawing = element("div", "digit-demo__drawing");
    drawing.append(pad, clear);
    const seen = element("figure", "digit-demo__seen");
    seen.append(view, element("figcaption", "", "모델이 보는 28×28"));
    container.replaceChildren(drawing, seen, bars, result);

    const context = pad.getContext("2d", { willReadFrequently: true });
    context.lineWidth = STROKE;
    context.lineCap = context.lineJoin = "round";
    let last = null;
    let request = 0;

    function reset(message) {
      context.fillStyle = "#000";
      context.fillRect(0, 0, CANVAS, CANVAS);
      view.getContext("2d").clearRect(0, 0, SIZE, SIZE);
      for (const { row, fill, percent } of rows) {
        fill.style.width = "0%";
        percent.textContent = "-";
        row.classList.remove("digit-demo__row--top");
      }
      result.textContent = message;
    }

    function point(event) {
      const box = pad.getBoundingClientRect();
      return [(event.clientX - box.left) * CANVAS / box.width,
              (event.clientY - box.top) * CANVAS / box.height];
    }

    function segment(from, to) {
      context.strokeStyle = "#fff";
      context.beginPath();
      context.moveTo(...from);
      context.lineTo(...to);
      context.stroke();
    }

    function show(pixels, probabilities) {
      const image = view.getContext("2d").createImageData(SIZE, SIZE);
      pixels.forEach((value, index) => {
        image.data.fill(Math.round(value * 255), 4 * index, 4 * index + 3);
        image.data[4 * index + 3] = 255;
      });
      view.getContext("2d").putImageData(image, 0, 0);
      const best = probabilities.indexOf(Math.max(...probabilities));
      rows.forEach(({ row, fill, percent }, digit) => {
        fill.style.width = (100 * probabilities[digit]).toFixed(1) + "%";
        percent.textContent = (100 * probabilities[digit]).toFixed(1) + "%";
        row.classList.toggle("digit-demo__row--top", digit === best);
      });
      result.textContent = `예측: ${best} (확률 ${(100 * probabilities[best]).toFixed(1)}%)`;
      container.dataset.prediction = String(best);
    }

    function run() {
      const rgba = context.getImageData(0, 0, CANVAS, CANVAS).data;
      const ink = new Float32Array(CANVAS * CANVAS);
      for (let i = 0; i < ink.length; i++) ink[i] = rgba[4 * i] / 255;
      const pixels = toMnist(ink, CANVAS, CANVAS);
      if (!pixels) return;
      const mine = ++request;
      result.textContent = "계산하는 중입니다…";
      predict(pixels).then((probabilities) => {
        if (mine === request) show(pixels, probabilities);
      }).catch((error) => {
        result.textContent = "예측하지 못했습니다: " + error.message;
      });
    }

    pad.addEventListener("pointerdown", (event) => {
      event.preventDefault();
      pad.setPointerCapture(event.pointerId);
      last = point(event);
      segment(last, last);
    });
    pad.addEventListener("pointermove", (event) => {
      if (!last) return;
      const next = point(event);
      segment(last, next);
      last = next;
    });
    const finish = () => {
      if (!last) return;
      last = null;
      run();
    };
    pad.addEventListener("pointerup", finish);
    pad.addEventListener("pointercancel", finish);
    clear.addEventListener("click", () => {
      request++;
      delete container.dataset.prediction;
      reset("그림판을 지웠습니다. 숫자 하나를 그려 보세요.");
    });
    reset("그림판에 0부터 9까지 숫자 하나를 그려 보세요.");
  }

  function start() {
    document.querySelectorAll(".digit-demo").forEach(build);
  }

  window.digitDemo = { forward, toMnist };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
