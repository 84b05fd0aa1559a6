"""L2-regularised multinomial logistic regression, fitted in numpy: the intent weights and the colour reader.

The objective is the mean cross-entropy plus `l2 / (2 n)` times the squared weights (the bias is not shrunk);
that is scikit-learn's `LogisticRegression(C=1 / l2)` divided by n. It is convex and smooth, so accelerated
gradient descent (FISTA momentum) with the 1/Lipschitz step converges without line searches or tuning, and
nothing beyond numpy is needed to regenerate a shipped model.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt


def fit_softmax_regression(
    features: npt.ArrayLike, targets: npt.ArrayLike, *, l2: float, iterations: int
) -> tuple[np.ndarray, np.ndarray]:
    """(weights: features x classes, bias: classes) for rows of `features` and one-hot `targets`."""
    x = np.asarray(features, dtype=np.float64)
    y = np.asarray(targets, dtype=np.float64)
    n, dim = x.shape
    design = np.hstack([x, np.ones((n, 1))])
    penalty = np.ones((dim + 1, 1))
    penalty[-1] = 0.0
    # The softmax log-loss Hessian is at most I/2, so the mean loss's gradient is L-Lipschitz with
    # L <= largest eigenvalue of X'X / (2 n) + l2 / n.
    step = 1.0 / (0.5 * np.linalg.norm(design, 2) ** 2 / n + l2 / n)
    theta = np.zeros((dim + 1, y.shape[1]))
    lookahead, momentum = theta.copy(), 1.0
    for _ in range(iterations):
        logits = design @ lookahead
        probabilities = np.exp(logits - logits.max(axis=1, keepdims=True))
        probabilities /= probabilities.sum(axis=1, keepdims=True)
        gradient = (design.T @ (probabilities - y) + l2 * penalty * lookahead) / n
        updated = lookahead - step * gradient
        next_momentum = (1 + np.sqrt(1 + 4 * momentum**2)) / 2
        lookahead = updated + (momentum - 1) / next_momentum * (updated - theta)
        theta, momentum = updated, next_momentum
    return theta[:-1], theta[-1]
