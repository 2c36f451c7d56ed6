"""Linear models stored as JSON: what scikit-learn learned, read back without pickle or sklearn.

A model is a feature vocabulary (feature name -> column), one row of coefficients per class and
an intercept per class. Features are ``{name: value}`` dicts, as ``DictVectorizer`` takes them, or
a :class:`FeatureBatch` (features computed as arrays for a whole batch at once, the same names and
values); a batch is scored with one gather and one sum over numpy arrays, never feature by feature.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


class FeatureBatch:
    """The features of ``n`` items as columns of codes: item ``i`` has the feature
    ``names[codes[i]]`` of each column (none where the code is -1), with value ``values[i]`` (1.0
    when the column has no values).

    An item holds at most one feature per column and the columns are in the order a feature dict
    would list them, so :meth:`dicts` rebuilds exactly the dicts a per-item function returns, and
    :meth:`LinearModel.scores` sums each item's weights in that same order (to the same bits).
    ``names`` given as a tuple are constant: a model looks their columns up once.
    """

    def __init__(self, n: int):
        self.n = n
        #: ``(codes, names, values)``; codes of dtype bool: a one-feature column (True: has it)
        self.columns: list[tuple[np.ndarray, "tuple[str, ...] | list[str]", np.ndarray | None]] = []

    def add(self, codes, names, values=None) -> None:
        """A column: ``codes`` (one per item, -1: no feature) into ``names``."""
        self.columns.append((np.asarray(codes, dtype=np.int64), names,
                             None if values is None else np.asarray(values, dtype=np.float64)))

    def add_rows(self, rows, codes, names, values=None) -> None:
        """A column where only items ``rows`` have a feature, ``names[codes]``."""
        column = np.full(self.n, -1, dtype=np.int64)
        column[np.asarray(rows, dtype=np.int64)] = codes
        if values is not None:
            full = np.ones(self.n)
            full[np.asarray(rows, dtype=np.int64)] = values
            values = full
        self.add(column, names, values)

    def flag(self, mask, name: tuple[str]) -> None:
        """Items where ``mask`` holds get the feature ``name[0]`` (a column of booleans)."""
        self.columns.append((np.asarray(mask, dtype=bool), name, None))

    def dicts(self) -> list[dict[str, float]]:
        """The features as one ``{name: value}`` dict per item."""
        out: list[dict[str, float]] = [{} for _ in range(self.n)]
        for codes, names, values in self.columns:
            if codes.dtype == bool:
                codes = codes.astype(np.int64) - 1
            rows = np.flatnonzero(codes >= 0)
            vals = [1.0] * len(rows) if values is None else values[rows].tolist()
            for r, c, v in zip(rows.tolist(), codes[rows].tolist(), vals):
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
    _constant_weights: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def weights(self, names) -> np.ndarray:
        """The weights of each feature name, shape ``(rows, len(names) + 1)``: 0 for names the model
        does not know and in the last column (no feature). Looked up once for a tuple of names
        (those are constants)."""
        if isinstance(names, tuple):
            hit = self._constant_weights.get(id(names))
            if hit is not None and hit[0] is names:
                return hit[1]
        vocabulary = self.vocabulary
        columns = np.fromiter((vocabulary.get(name, -1) for name in names), np.int64, len(names))
        out = np.zeros((self.coef.shape[0], len(names) + 1))
        known = np.flatnonzero(columns >= 0)
        out[:, known] = self.coef[:, columns[known]]
        if isinstance(names, tuple):
            self._constant_weights[id(names)] = (names, out)  # held, so the id is never reused
        return out

    def batch_scores(self, batch: FeatureBatch) -> np.ndarray:
        """Linear scores of a :class:`FeatureBatch`, shape ``(n, rows)``: each column's weights
        gathered for all items at once and added column after column, the order a feature dict's
        entries are summed in (so the sums are the same to the bit)."""
        total = None
        for codes, names, values in batch.columns:
            table = self.weights(names)
            if codes.dtype == bool:
                weights = np.where(codes, table[:, :1], 0.0)
            else:
                weights = table[:, codes]  # code -1: the last column, 0
            if values is not None:
                weights = weights * values
            total = weights if total is None else total + weights
        out = np.tile(self.intercept, (batch.n, 1))
        if total is not None:
            out += total.T
        return out

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

    def scores(self, batch: "list[dict[str, float]] | FeatureBatch") -> np.ndarray:
        """Linear scores, shape ``(len(batch), rows)``."""
        if isinstance(batch, FeatureBatch):
            return self.batch_scores(batch)
        rows, cols, vals = self.encode(batch)
        out = np.tile(self.intercept, (len(batch), 1))
        if len(rows):
            contributions = self.coef[:, cols] * vals  # (classes, entries)
            for c in range(self.coef.shape[0]):
                out[:, c] += np.bincount(rows, weights=contributions[c], minlength=len(batch))
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
