"""Linear models stored as JSON: what scikit-learn learned, read back without pickle or sklearn.

A model is a feature vocabulary (feature name -> column), one row of coefficients per class and
an intercept per class. Features are ``{name: value}`` dicts, as ``DictVectorizer`` takes them;
a batch of them is scored with one gather and one sum over numpy arrays, never feature by feature.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


class WeightsError(ValueError):
    """Weights that cannot be used: missing, malformed or of the wrong shape."""


@dataclass
class LinearModel:
    """A logistic-regression model: binary (one row) or multinomial (one row per class)."""

    classes: list
    vocabulary: dict[str, int]
    coef: np.ndarray  # (rows, features)
    intercept: np.ndarray  # (rows,)

    def encode(self, batch: list[dict[str, float]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The batch as flat ``(row, column, value)`` arrays of the known features."""
        rows, cols, vals = [], [], []
        vocabulary = self.vocabulary
        for k, features in enumerate(batch):
            for name, value in features.items():
                column = vocabulary.get(name)
                if column is not None:
                    rows.append(k)
                    cols.append(column)
                    vals.append(value)
        return (np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64),
                np.asarray(vals, dtype=np.float64))

    def scores(self, batch: list[dict[str, float]]) -> np.ndarray:
        """Linear scores, shape ``(len(batch), rows)``."""
        rows, cols, vals = self.encode(batch)
        out = np.tile(self.intercept, (len(batch), 1))
        if len(rows):
            contributions = self.coef[:, cols] * vals  # (classes, entries)
            for c in range(self.coef.shape[0]):
                out[:, c] += np.bincount(rows, weights=contributions[c], minlength=len(batch))
        return out

    def probabilities(self, batch: list[dict[str, float]]) -> np.ndarray:
        """Class probabilities, shape ``(len(batch), len(classes))``, columns in ``classes`` order."""
        scores = self.scores(batch)
        if self.coef.shape[0] == 1:
            p = 1.0 / (1.0 + np.exp(-np.clip(scores[:, 0], -60.0, 60.0)))
            return np.stack([1.0 - p, p], axis=1)
        scores -= scores.max(axis=1, keepdims=True)
        exps = np.exp(scores)
        return exps / exps.sum(axis=1, keepdims=True)

    def positive(self, batch: list[dict[str, float]]) -> np.ndarray:
        """For a binary model, the probability of the positive class for each item."""
        return self.probabilities(batch)[:, -1]

    @classmethod
    def from_sklearn(cls, vectorizer, estimator) -> "LinearModel":
        """Take the fitted ``DictVectorizer`` and ``LogisticRegression``."""
        return cls(
            classes=[c.item() if hasattr(c, "item") else c for c in estimator.classes_],
            vocabulary={name: int(col) for name, col in vectorizer.vocabulary_.items()},
            coef=np.round(np.asarray(estimator.coef_, dtype=np.float64), 6),
            intercept=np.round(np.asarray(estimator.intercept_, dtype=np.float64), 6),
        )

    def to_dict(self) -> dict:
        names = sorted(self.vocabulary, key=self.vocabulary.get)
        return {"classes": self.classes, "features": names, "coef": self.coef.tolist(),
                "intercept": self.intercept.tolist()}

    @classmethod
    def from_dict(cls, data: dict, where: str = "weights") -> "LinearModel":
        """Read :meth:`to_dict` output, checking every shape; errors name ``where``."""
        try:
            classes, names = list(data["classes"]), list(data["features"])
            coef = np.asarray(data["coef"], dtype=np.float64)
            intercept = np.asarray(data["intercept"], dtype=np.float64)
        except (KeyError, TypeError, ValueError) as err:
            raise WeightsError(f"{where}: malformed linear model ({err.__class__.__name__}: {err})") from None
        rows = 1 if len(classes) == 2 else len(classes)
        if len(classes) < 2 or coef.ndim != 2 or coef.shape != (rows, len(names)) or intercept.shape != (rows,):
            raise WeightsError(f"{where}: linear model of the wrong shape: {len(classes)} classes, "
                               f"{len(names)} features, coef {coef.shape}, intercept {intercept.shape}")
        if not (np.isfinite(coef).all() and np.isfinite(intercept).all()):
            raise WeightsError(f"{where}: linear model holds non-finite weights")
        return cls(classes=classes, vocabulary={name: k for k, name in enumerate(names)}, coef=coef,
                   intercept=intercept)


def fit_logistic(features: list[dict], targets: list, *, c: float, max_iter: int, seed: int) -> LinearModel:
    """Fit a scikit-learn logistic regression on feature dicts; returns it as a :class:`LinearModel`."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(features)
    estimator = LogisticRegression(C=c, max_iter=max_iter, random_state=seed)
    estimator.fit(matrix, targets)
    return LinearModel.from_sklearn(vectorizer, estimator)
