"""Linear models stored as JSON: what scikit-learn learned, read back without pickle or sklearn.

A model is a feature vocabulary (feature name -> column), one row of coefficients per class and
an intercept per class. Features are ``{name: value}`` dicts, as ``DictVectorizer`` takes them, or
a :class:`FeatureBatch` (features computed as arrays for a whole batch at once, the same names and
values); a batch is scored with one gather and one sum over numpy arrays, never feature by feature.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


class FeatureBatch:
    """The features of ``n`` items as arrays: groups of ``(rows, codes, names, values)``.

    Item ``rows[j]`` has the feature ``names[codes[j]]`` with value ``values[j]`` (1.0 when
    ``values`` is None). Groups are kept in the order a feature dict would list them, and an item
    holds at most one feature per group, so :meth:`dicts` rebuilds exactly the dicts a per-item
    function would return, and :meth:`encode` yields each item's entries in that same order (a
    model sums them in the same order, to the same bits).
    """

    def __init__(self, n: int):
        self.n = n
        self.groups: list[tuple[np.ndarray, np.ndarray, list[str], np.ndarray | None]] = []

    def add(self, rows, codes, names: list[str], values=None) -> None:
        """Items ``rows`` get features ``names[codes]`` (``rows`` None: every item)."""
        rows = np.arange(self.n) if rows is None else np.asarray(rows, dtype=np.int64)
        codes = np.broadcast_to(np.asarray(codes, dtype=np.int64), rows.shape)
        if len(rows):
            self.groups.append((rows, codes, names, None if values is None else np.asarray(values, np.float64)))

    def flag(self, mask, name: str) -> None:
        """Items where ``mask`` holds get the feature ``name``."""
        self.add(np.flatnonzero(mask), 0, [name])

    def encode(self, vocabulary: dict[str, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Flat ``(row, column, value)`` arrays of the features in ``vocabulary``."""
        rows, cols, vals = [], [], []
        for group_rows, codes, names, values in self.groups:
            used, inverse = np.unique(codes, return_inverse=True)
            table = np.fromiter((vocabulary.get(names[c], -1) for c in used.tolist()), np.int64, len(used))
            columns = table[inverse.reshape(-1)]
            keep = columns >= 0
            rows.append(group_rows[keep])
            cols.append(columns[keep])
            vals.append(np.ones(int(keep.sum())) if values is None else values[keep])
        if not rows:
            return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float64)
        return np.concatenate(rows), np.concatenate(cols), np.concatenate(vals)

    def dicts(self) -> list[dict[str, float]]:
        """The features as one ``{name: value}`` dict per item."""
        out: list[dict[str, float]] = [{} for _ in range(self.n)]
        for rows, codes, names, values in self.groups:
            vals = [1.0] * len(rows) if values is None else values.tolist()
            for r, c, v in zip(rows.tolist(), codes.tolist(), vals):
                out[r][names[c]] = v
        return out


class WeightsError(ValueError):
    """Weights that cannot be used: missing, malformed or of the wrong shape."""


@dataclass
class LinearModel:
    """A logistic-regression model: binary (one row) or multinomial (one row per class)."""

    classes: list
    vocabulary: dict[str, int]
    coef: np.ndarray  # (rows, features)
    intercept: np.ndarray  # (rows,)

    def encode(self, batch: "list[dict[str, float]] | FeatureBatch") -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The batch as flat ``(row, column, value)`` arrays of the known features."""
        if isinstance(batch, FeatureBatch):
            return batch.encode(self.vocabulary)
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

    def scores(self, batch: "list[dict[str, float]] | FeatureBatch") -> np.ndarray:
        """Linear scores, shape ``(len(batch), rows)``."""
        rows, cols, vals = self.encode(batch)
        n = batch.n if isinstance(batch, FeatureBatch) else len(batch)
        out = np.tile(self.intercept, (n, 1))
        if len(rows):
            contributions = self.coef[:, cols] * vals  # (classes, entries)
            for c in range(self.coef.shape[0]):
                out[:, c] += np.bincount(rows, weights=contributions[c], minlength=n)
        return out

    def probabilities(self, batch: "list[dict[str, float]] | FeatureBatch") -> np.ndarray:
        """Class probabilities, shape ``(len(batch), len(classes))``, columns in ``classes`` order."""
        scores = self.scores(batch)
        if self.coef.shape[0] == 1:
            p = 1.0 / (1.0 + np.exp(-np.clip(scores[:, 0], -60.0, 60.0)))
            return np.stack([1.0 - p, p], axis=1)
        scores -= scores.max(axis=1, keepdims=True)
        exps = np.exp(scores)
        return exps / exps.sum(axis=1, keepdims=True)

    def positive(self, batch: "list[dict[str, float]] | FeatureBatch") -> np.ndarray:
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
