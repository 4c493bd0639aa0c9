#!/usr/bin/env python3
"""Independent reference trajectories for the kit's optimizers.

Writes data/optimizer_reference.csv: for each optimizer configuration, the parameters after
every step of a run on the chained Rosenbrock function in 11 dimensions,
    E(x) = sum_i (1 - x_i)^2 + 100 (x_{i+1} - x_i^2)^2,
from x0 = (-1.2, 1.0, -1.2, 1.0, ..., -1.2), for STEPS steps (11 entries: a full SIMD
register of 8 or two of 4, plus a remainder, so both code paths of the C# loops are checked).

Gradient descent, heavy-ball momentum (both lecture forms) and Nesterov momentum (look-ahead and
framework forms) are included; the adaptive methods also run with delta = 1e-3 (*-delta) and on
1e-6 * E (*-tiny), where the placements of delta give visibly different trajectories.

This is a separate implementation in pure Python (no numpy), written one coordinate at a time
from the published update rules, not from the C# code:
  GD, momentum, Nesterov  the lecture's forms / Keras SGD (v <- mu v - lr g) / torch.optim.SGD (b <- mu b + g)
  AdaGrad   Duchi et al. 2011 / Goodfellow et al. Alg. 8.4 (torch.optim.Adagrad; Keras Adagrad)
  RMSprop   Goodfellow et al. Alg. 8.5 / torch.optim.RMSprop (momentum, centered) / Keras RMSprop
  RMSprop with Nesterov momentum  Goodfellow et al. Alg. 8.6 (gradient at theta + alpha v)
  Adadelta  Zeiler 2012 Alg. 1 / torch.optim.Adadelta
  Adam      Kingma & Ba 2015 Alg. 1 / Goodfellow et al. Alg. 8.7 / torch.optim.Adam / Keras 3 keras.optimizers.Adam
  AMSGrad   Reddi et al. 2018 as in torch.optim.Adam(amsgrad=True)
  AdamW     Loshchilov & Hutter 2019 as in torch.optim.AdamW
Run:  python3 data/generate_optimizer_reference.py > data/optimizer_reference.csv
"""
import datetime
import math
import platform

STEPS = 150
START = [-1.2, 1.0] * 5 + [-1.2]


def rosenbrock_gradient(x):
    g = [0.0] * len(x)
    for i in range(len(x) - 1):
        a = 1.0 - x[i]
        b = x[i + 1] - x[i] * x[i]
        g[i] += -2.0 * a - 400.0 * x[i] * b
        g[i + 1] += 200.0 * b
    return g


def scaled_gradient(scale):
    """The gradient of scale * E: scale < 1 makes every gradient tiny, where delta's placement matters."""
    return lambda x: [scale * gi for gi in rosenbrock_gradient(x)]


def gradient_descent(lr):
    def run(x, steps, gradient):
        for _ in range(steps):
            g = gradient(x)
            for i in range(len(x)):
                x[i] = x[i] - lr * g[i]
            yield x
    return run


def momentum(lr, alpha, form):
    """form: 'step' (Keras SGD, first lecture: v <- alpha v - lr g, x <- x + v),
    'accumulated' (PyTorch SGD, second lecture: b <- alpha b + g, x <- x - lr b),
    'lookahead' (Sutskever et al. 2013: g at x + alpha v, then as 'step'),
    'framework' (PyTorch SGD nesterov=True: b <- alpha b + g, x <- x - lr (g + alpha b))."""
    def run(x, steps, gradient):
        n = len(x)
        v = [0.0] * n
        for _ in range(steps):
            point = [x[i] + alpha * v[i] for i in range(n)] if form == "lookahead" else x
            g = gradient(point)
            for i in range(n):
                if form in ("step", "lookahead"):
                    v[i] = alpha * v[i] - lr * g[i]
                    x[i] = x[i] + v[i]
                elif form == "accumulated":
                    v[i] = alpha * v[i] + g[i]
                    x[i] = x[i] - lr * v[i]
                else:
                    v[i] = alpha * v[i] + g[i]
                    x[i] = x[i] - lr * (g[i] + alpha * v[i])
            yield x
    return run


def denominator(r, eps, placement):
    """placement: 'inside' sqrt(r + eps), 'after' sqrt(r) + eps."""
    return math.sqrt(r + eps) if placement == "inside" else math.sqrt(r) + eps


def adagrad(lr, eps, placement, initial=0.0):
    def run(x, steps, gradient):
        r = [initial] * len(x)
        for _ in range(steps):
            g = gradient(x)
            for i in range(len(x)):
                r[i] = r[i] + g[i] * g[i]
                x[i] = x[i] - lr * g[i] / denominator(r[i], eps, placement)
            yield x
    return run


def rmsprop(lr, rho, eps, placement, momentum=0.0, centered=False, nesterov=False):
    def run(x, steps, gradient):
        n = len(x)
        r, mean, v = [0.0] * n, [0.0] * n, [0.0] * n
        for _ in range(steps):
            # Alg. 8.6: the gradient at the interim point theta + alpha v.
            point = [x[i] + momentum * v[i] for i in range(n)] if nesterov else x
            g = gradient(point)
            for i in range(n):
                r[i] = rho * r[i] + (1.0 - rho) * g[i] * g[i]
                square = r[i]
                if centered:
                    mean[i] = rho * mean[i] + (1.0 - rho) * g[i]
                    square = max(r[i] - mean[i] * mean[i], 0.0)
                update = lr * g[i] / denominator(square, eps, placement)
                if momentum > 0.0:
                    v[i] = momentum * v[i] - update
                    x[i] = x[i] + v[i]
                else:
                    x[i] = x[i] - update
            yield x
    return run


def adadelta(lr, rho, eps):
    def run(x, steps, gradient):
        n = len(x)
        square_avg, acc_delta = [0.0] * n, [0.0] * n
        for _ in range(steps):
            g = gradient(x)
            for i in range(n):
                square_avg[i] = rho * square_avg[i] + (1.0 - rho) * g[i] * g[i]
                delta = math.sqrt(acc_delta[i] + eps) / math.sqrt(square_avg[i] + eps) * g[i]
                acc_delta[i] = rho * acc_delta[i] + (1.0 - rho) * delta * delta
                x[i] = x[i] - lr * delta
            yield x
    return run


def adam(lr, beta1, beta2, eps, placement, bias_correction=True, amsgrad=False, weight_decay=0.0):
    """placement: 'inside' (lecture), 'after' (Kingma & Ba, PyTorch), 'keras' (Keras 3: eps after sqrt of the uncorrected v)."""
    def run(x, steps, gradient):
        n = len(x)
        m, v, vmax = [0.0] * n, [0.0] * n, [0.0] * n
        for t in range(1, steps + 1):
            g = gradient(x)
            c1 = 1.0 - beta1 ** t if bias_correction else 1.0
            c2 = 1.0 - beta2 ** t if bias_correction else 1.0
            for i in range(n):
                x[i] = x[i] * (1.0 - lr * weight_decay)
                m[i] = beta1 * m[i] + (1.0 - beta1) * g[i]
                v[i] = beta2 * v[i] + (1.0 - beta2) * g[i] * g[i]
                vmax[i] = max(vmax[i], v[i])
                second = vmax[i] if amsgrad else v[i]
                if placement == "keras":
                    # Keras 3: alpha_t = lr sqrt(1 - beta2^t) / (1 - beta1^t); x -= alpha_t m / (sqrt(v) + eps)
                    alpha_t = lr * math.sqrt(c2) / c1
                    x[i] = x[i] - alpha_t * m[i] / (math.sqrt(second) + eps)
                else:
                    m_hat = m[i] / c1
                    v_hat = second / c2
                    x[i] = x[i] - lr * m_hat / denominator(v_hat, eps, placement)
            yield x
    return run


TINY = 1e-6  # configurations named *-tiny run on TINY * E: gradients 10^6 times smaller
CONFIGURATIONS = [
    ("gd", gradient_descent(2e-4), 1.0),
    ("momentum-step", momentum(1e-4, 0.9, "step"), 1.0),
    ("momentum-accumulated", momentum(1e-4, 0.9, "accumulated"), 1.0),
    ("nesterov-lookahead", momentum(1e-4, 0.9, "lookahead"), 1.0),
    ("nesterov-framework", momentum(1e-4, 0.9, "framework"), 1.0),
    ("adagrad", adagrad(0.1, 1e-7, "after"), 1.0),
    ("adagrad-keras", adagrad(0.1, 1e-7, "inside", initial=0.1), 1.0),
    ("adagrad-tiny", adagrad(0.1, 1e-7, "after"), TINY),
    ("adagrad-inside-tiny", adagrad(0.1, 1e-7, "inside"), TINY),
    ("rmsprop", rmsprop(0.01, 0.9, 1e-6, "inside"), 1.0),
    ("rmsprop-torch", rmsprop(0.001, 0.99, 1e-8, "after"), 1.0),
    ("rmsprop-tiny", rmsprop(0.01, 0.9, 1e-6, "inside"), TINY),
    ("rmsprop-after-tiny", rmsprop(0.01, 0.9, 1e-6, "after"), TINY),
    ("rmsprop-momentum-centered", rmsprop(0.001, 0.9, 1e-6, "inside", momentum=0.9, centered=True), 1.0),
    ("rmsprop-nesterov", rmsprop(0.001, 0.9, 1e-6, "inside", momentum=0.9, nesterov=True), 1.0),
    ("adadelta", adadelta(1.0, 0.95, 1e-6), 1.0),
    ("adam", adam(0.01, 0.9, 0.999, 1e-8, "inside"), 1.0),
    ("adam-after", adam(0.01, 0.9, 0.999, 1e-8, "after"), 1.0),
    ("adam-keras", adam(0.01, 0.9, 0.999, 1e-7, "keras"), 1.0),
    ("adam-delta", adam(0.01, 0.9, 0.999, 1e-3, "inside"), 1.0),
    ("adam-after-delta", adam(0.01, 0.9, 0.999, 1e-3, "after"), 1.0),
    ("adam-keras-delta", adam(0.01, 0.9, 0.999, 1e-3, "keras"), 1.0),
    ("adam-tiny", adam(0.01, 0.9, 0.999, 1e-8, "inside"), TINY),
    ("adam-after-tiny", adam(0.01, 0.9, 0.999, 1e-8, "after"), TINY),
    ("adam-keras-tiny", adam(0.01, 0.9, 0.999, 1e-7, "keras"), TINY),
    ("adam-uncorrected", adam(0.01, 0.9, 0.999, 1e-8, "inside", bias_correction=False), 1.0),
    ("amsgrad", adam(0.01, 0.9, 0.999, 1e-8, "after", amsgrad=True), 1.0),
    ("adamw", adam(0.01, 0.9, 0.999, 1e-8, "after", weight_decay=0.1), 1.0),
]


def main():
    today = datetime.date.today().isoformat()
    print(f"# source: data/generate_optimizer_reference.py (independent pure-Python implementation), "
          f"Python {platform.python_version()}, {today}; chained Rosenbrock n=11 from {START}, {STEPS} steps")
    print(f"# configurations named *-tiny run on {TINY!r} * E (tiny gradients, where delta's placement matters); "
          f"*-delta use delta = 1e-3")
    print("optimizer,step," + ",".join(f"w{i}" for i in range(len(START))))
    for name, method, scale in CONFIGURATIONS:
        x = list(START)
        print(name + ",0," + ",".join(repr(v) for v in x))
        for step, point in enumerate(method(x, STEPS, scaled_gradient(scale)), start=1):
            print(f"{name},{step}," + ",".join(repr(v) for v in point))


if __name__ == "__main__":
    main()
