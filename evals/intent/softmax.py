"""L2-regularised softmax regression in numpy (the training side of the resolver's intent weights).

numpy only, so the weights can be regenerated with the project's own dependencies. The objective is
scikit-learn's `LogisticRegression(C=C)` one: sum of cross-entropies + ||coef||^2 / (2 C), bias unpenalised;
it is convex and smooth, so accelerated gradient descent with a 1/L step converges without tuning.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

ITERATIONS = 600


def fit_softmax(
    vectors: npt.NDArray[np.float32], labels: npt.NDArray[np.int_], n_classes: int, c: float
) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
    """(coef dim x classes, bias classes) minimising the regularised cross-entropy (Nesterov / FISTA)."""
    n, dim = vectors.shape
    design = np.hstack([vectors, np.ones((n, 1))]).astype(np.float64)
    targets = np.eye(n_classes)[labels]
    penalty = np.ones((dim + 1, 1))
    penalty[-1] = 0.0
    # The gradient is L-Lipschitz with L <= ||X||^2 / 2 + 1/C (the softmax Hessian is at most I/2).
    step = 1.0 / (0.5 * np.linalg.norm(design, 2) ** 2 + 1.0 / c)
    weights = np.zeros((dim + 1, n_classes))
    lookahead, momentum = weights.copy(), 1.0
    for _ in range(ITERATIONS):
        logits = design @ lookahead
        probabilities = np.exp(logits - logits.max(1, keepdims=True))
        probabilities /= probabilities.sum(1, keepdims=True)
        gradient = design.T @ (probabilities - targets) + penalty * lookahead / c
        updated = lookahead - step * gradient
        next_momentum = (1 + np.sqrt(1 + 4 * momentum**2)) / 2
        lookahead = updated + (momentum - 1) / next_momentum * (updated - weights)
        weights, momentum = updated, next_momentum
    return weights[:-1].astype(np.float32), weights[-1].astype(np.float32)
