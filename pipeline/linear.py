"""Linear models and tree ensembles stored as JSON: what scikit-learn learned, read back without pickle or sklearn.

A linear model (:class:`LinearModel`) is a feature vocabulary (feature name -> column), one row of
coefficients per class and an intercept per class; a tree ensemble (:class:`TreeEnsemble`, gradient
boosting) is a vocabulary, a baseline and trees of (feature, threshold, children, leaf value). Features are ``{name: value}`` dicts, as ``DictVectorizer`` takes them, or
a :class:`FeatureBatch` (features computed as arrays for a whole batch at once, the same names and
values); a batch is scored with one gather and one sum per column over numpy arrays, never feature by
feature. A :class:`LinearStack` scores the items of several binary models (one per label) in one
batch, each item by its own label's model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import repeat

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


def _weights(vocabulary: dict[str, int], coef: np.ndarray, constants: dict, names) -> np.ndarray:
    """The columns of ``coef`` that ``names`` name, shape ``(rows, len(names) + 1)``: 0 for names
    not in ``vocabulary`` and in the last column (no feature). A tuple of names (a constant) is
    looked up once and kept in ``constants``."""
    if isinstance(names, tuple):
        hit = constants.get(id(names))
        if hit is not None and hit[0] is names:
            return hit[1]
    columns = np.fromiter((vocabulary.get(name, -1) for name in names), np.int64, len(names))
    out = np.zeros((coef.shape[0], len(names) + 1))
    known = np.flatnonzero(columns >= 0)
    out[:, known] = coef[:, columns[known]]
    if isinstance(names, tuple):
        constants[id(names)] = (names, out)  # held, so the id is never reused
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
        return _weights(self.vocabulary, self.coef, self._constant_weights, names)

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
        names = [name for features in batch for name in features]  # every item's entries, in order
        cols = np.fromiter(map(self.vocabulary.get, names, repeat(-1)), np.int64, len(names))
        rows = np.repeat(np.arange(len(batch), dtype=np.int64), [len(features) for features in batch])
        vals = np.asarray([value for features in batch for value in features.values()], dtype=np.float64)
        known = cols >= 0
        return rows[known], cols[known], vals[known]

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
            p = 1.0 / (1.0 + np.exp(-np.minimum(np.maximum(scores[:, 0], -60.0), 60.0)))  # np.clip's values
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


class LinearStack:
    """Binary linear models of several labels (``models``: label -> :class:`LinearModel`) scored
    together: items of different labels in one batch, each by its own label's model, one gather per
    column for all of them (a document's candidate pairs of every relation label).

    The union of the models' vocabularies is one table of weights per label (0 where a label's
    model lacks the feature), so an item's sum is its own model's sum in the same order, with only
    zeros added in between: :meth:`positive` gives each item the bits of
    ``models[label].positive`` (a sum that only zeros change differs at most in the sign of a zero,
    and a zero score is probability 0.5 either way)."""

    def __init__(self, models: dict[str, "LinearModel"]):
        if any(model.coef.shape[0] != 1 for model in models.values()):
            raise ValueError("LinearStack takes binary linear models")
        self.labels = list(models)
        vocabulary: dict[str, int] = {}
        for model in models.values():
            for name in model.vocabulary:
                vocabulary.setdefault(name, len(vocabulary))
        self.vocabulary = vocabulary
        self.coef = np.zeros((len(models), len(vocabulary)))
        for j, model in enumerate(models.values()):
            names = sorted(model.vocabulary, key=model.vocabulary.get)
            self.coef[j, [vocabulary[name] for name in names]] = model.coef[0, [model.vocabulary[name] for name in names]]
        self.intercept = np.array([model.intercept[0] for model in models.values()])
        self._constant_weights: dict = {}
        self._flat_weights: dict = {}
        # every weight, feature after feature (label ``j`` of column ``c`` at ``c * labels + j``), then
        # zeros at column ``len(vocabulary)``: what an unknown name and no feature read
        self._all_weights = np.concatenate([self.coef.T, np.zeros((1, len(models)))]).reshape(-1)

    def weights(self, names) -> np.ndarray:
        """The weights of each feature name for each label, shape ``(labels, len(names) + 1)``, 0
        in the last column (no feature); looked up once for a tuple of names."""
        return _weights(self.vocabulary, self.coef, self._constant_weights, names)

    def flat_weights(self, names) -> np.ndarray:
        """:meth:`weights` transposed and flat: the weight of name ``k`` for label ``j`` at
        ``k * len(labels) + j``, the zeros of no feature last (so code -1 reads them through a
        negative index); kept for a tuple of names."""
        hit = self._flat_weights.get(id(names))
        if hit is not None and hit[0] is names:
            return hit[1]
        flat = np.ascontiguousarray(self.weights(names).T).reshape(-1)
        if isinstance(names, tuple):
            self._flat_weights[id(names)] = (names, flat)  # held, so the id is never reused
        return flat

    def add_scores(self, total: "np.ndarray | None", batch: FeatureBatch, label: "np.ndarray | int") -> np.ndarray:
        """``total`` (None: nothing yet) plus the weights of each column of ``batch``, column after
        column; ``label``: the position in ``labels`` of each item's label, or one for all. An item
        without the column's feature adds a zero (``weight * False``: -0.0 for a negative weight,
        which leaves every sum as it is)."""
        width = len(self.labels)
        vocabulary, absent = self.vocabulary, len(self.vocabulary)
        for codes, names, values in batch.columns:
            if not isinstance(names, tuple) and codes.dtype.kind != "b":
                # names of this document only: each code's column read from the whole table (the
                # same weights as a table of these names would hold), no table built
                columns = np.fromiter(map(vocabulary.get, names, repeat(absent)), np.int64, len(names))
                weights = self._all_weights.take(np.append(columns, absent).take(codes) * width + label)
                if values is not None:
                    weights = weights * values
                total = weights if total is None else total + weights
                continue
            flat = self.flat_weights(names)
            if isinstance(label, (int, np.integer)):
                row = flat[label::width]  # this label's weights, the zero last
                weights = row[0] * codes if codes.dtype.kind == "b" else row.take(codes)
            elif codes.dtype.kind == "b":
                weights = flat[:width].take(label) * codes
            else:
                weights = flat.take(codes * width + label)  # code -1: a negative index, the zeros
            if values is not None:
                weights = weights * values
            total = weights if total is None else total + weights
        return total

    def positive(self, total: np.ndarray, label: np.ndarray) -> np.ndarray:
        """The probability of the positive class from the summed weights (:meth:`add_scores`)."""
        scores = self.intercept[label] + total
        return 1.0 / (1.0 + np.exp(-np.minimum(np.maximum(scores, -60.0), 60.0)))  # np.clip's values


def fit_logistic(features: list[dict], targets: list, *, c: float, max_iter: int, seed: int) -> LinearModel:
    """Fit a scikit-learn logistic regression on feature dicts; returns it as a :class:`LinearModel`."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(features)
    estimator = LogisticRegression(C=c, max_iter=max_iter, random_state=seed, tol=1e-6)
    estimator.fit(matrix, targets)
    return LinearModel.from_sklearn(vectorizer, estimator)


@dataclass
class TreeEnsemble:
    """Gradient-boosted trees for a binary label, fitted by scikit-learn's
    ``HistGradientBoostingClassifier`` and kept as plain arrays: what it learned, read back and
    applied with numpy alone (no pickle, no scikit-learn at inference).

    In JSON (:meth:`to_dict`): ``features`` (column ``j`` of the matrix the trees read is the feature
    ``features[j]``; an item's value, 0 when it lacks the feature), ``baseline`` (the initial raw
    score, log-odds), ``learning_rate`` (for the record: the leaf values are already scaled by it),
    and ``trees``, each as parallel lists over its nodes, the root first: ``feature`` (-1 at a
    leaf), ``threshold`` (an item goes left when its value is at most this), ``left``, ``right``
    (child nodes, -1 at a leaf), ``missing_left`` (where a missing (NaN) value goes) and ``value``
    (a leaf's contribution to the raw score, 0 elsewhere). The probability of the positive class
    is the logistic function of the baseline plus each tree's leaf, summed tree after tree as
    scikit-learn sums them.

    Prediction walks all items through all trees at once, one level per step, the (item, tree)
    pairs that reached a leaf set aside (a few dozen numpy operations per batch, whatever its size).
    """

    classes: list
    vocabulary: dict[str, int]
    baseline: float
    learning_rate: float
    trees: list[dict[str, np.ndarray]]
    _constant_columns: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self):
        # all trees' nodes in one array each (a leaf's children and feature are never read)
        sizes = [len(tree["feature"]) for tree in self.trees]
        offsets = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
        shift = np.repeat(offsets[:-1], sizes)
        joined = {key: np.concatenate([tree[key] for tree in self.trees]) for key in TREE_KEYS}
        leaf = joined["feature"] < 0
        own = np.arange(len(leaf), dtype=np.int64)
        self._roots = offsets[:-1]
        self._leaf_value = joined["value"]
        self._feature = np.where(leaf, 0, joined["feature"])
        self._threshold = joined["threshold"]
        self._left = np.where(leaf, own, joined["left"] + shift)
        self._right = np.where(leaf, own, joined["right"] + shift)
        self._missing_left = joined["missing_left"]
        self._leaf = leaf

    # -- features as a matrix --------------------------------------------------------------
    def _columns(self, names) -> np.ndarray:
        """The model's column of each name (-1: unknown), and -1 for the code -1 (no feature)."""
        if isinstance(names, tuple):
            hit = self._constant_columns.get(id(names))
            if hit is not None and hit[0] is names:
                return hit[1]
        vocabulary = self.vocabulary
        out = np.fromiter((vocabulary.get(name, -1) for name in names), np.int64, len(names))
        out = np.append(out, -1)
        if isinstance(names, tuple):
            self._constant_columns[id(names)] = (names, out)  # held, so the id is never reused
        return out

    def matrix(self, batch: "list[dict[str, float]] | FeatureBatch") -> np.ndarray:
        """The items as a dense ``(n, features)`` matrix of the model's features (0: absent); a
        name given twice for one item keeps its last value, as a feature dict does."""
        if isinstance(batch, FeatureBatch):
            x = np.zeros((batch.n, len(self.vocabulary)))
            for codes, names, values in batch.columns:
                columns = self._columns(names)
                if codes.dtype == bool:
                    if columns[0] >= 0:
                        x[codes, columns[0]] = 1.0
                    continue
                column = columns[codes]
                rows = np.flatnonzero(column >= 0)
                x[rows, column[rows]] = 1.0 if values is None else values[rows]
            return x
        x = np.zeros((len(batch), len(self.vocabulary)))
        vocabulary = self.vocabulary
        for k, features in enumerate(batch):
            for name, value in features.items():
                column = vocabulary.get(name)
                if column is not None:
                    x[k, column] = value
        return x

    # -- scoring ---------------------------------------------------------------------------
    def raw_scores(self, x: np.ndarray) -> np.ndarray:
        """The raw score (log-odds) of each row of a feature matrix: every (row, tree) walked down
        one level per step, those that reached a leaf dropped (so the work is the paths' length)."""
        n, trees = x.shape[0], len(self._roots)
        x = np.ascontiguousarray(x, dtype=np.float64)
        flat = x.ravel()
        reached = np.tile(self._roots, n)  # (row, tree) at row * trees + tree
        walking = np.flatnonzero(~self._leaf[reached])
        node = reached[walking]
        offset = (walking // trees) * x.shape[1]  # where the row starts in ``flat``
        nan = bool(np.isnan(flat).any())
        while len(walking):
            value = flat[offset + self._feature[node]]
            left = value <= self._threshold[node]
            if nan:
                left |= np.isnan(value) & self._missing_left[node]
            node = np.where(left, self._left[node], self._right[node])
            done = self._leaf[node]
            reached[walking[done]] = node[done]
            going = ~done
            walking, node, offset = walking[going], node[going], offset[going]
        # baseline, then each tree's leaf in turn: the order (and so the bits) of scikit-learn's sum
        terms = np.empty((n, trees + 1))
        terms[:, 0] = self.baseline
        terms[:, 1:] = self._leaf_value[reached].reshape(n, trees)
        return np.cumsum(terms, axis=1)[:, -1]

    def probabilities(self, batch: "list[dict[str, float]] | FeatureBatch") -> np.ndarray:
        """Class probabilities, shape ``(len(batch), 2)``, columns in ``classes`` order."""
        raw = self.raw_scores(self.matrix(batch))
        p = 1.0 / (1.0 + np.exp(-np.clip(raw, -60.0, 60.0)))
        return np.stack([1.0 - p, p], axis=1)

    def positive(self, batch: "list[dict[str, float]] | FeatureBatch") -> np.ndarray:
        """The probability of the positive class for each item."""
        return self.probabilities(batch)[:, -1]

    # -- conversion ------------------------------------------------------------------------
    @classmethod
    def from_sklearn(cls, estimator, names: list[str]) -> "TreeEnsemble":
        """Take a fitted binary ``HistGradientBoostingClassifier`` whose matrix had the columns ``names``."""
        if len(estimator.classes_) != 2 or estimator.n_trees_per_iteration_ != 1:
            raise ValueError("TreeEnsemble takes a binary classifier")
        trees = []
        for (predictor,) in estimator._predictors:
            nodes = predictor.nodes
            if nodes["is_categorical"].any():
                raise ValueError("TreeEnsemble does not take categorical splits")
            # renumber breadth first, the root as node 0
            order, k = [0], 0
            while k < len(order):
                node = nodes[order[k]]
                if not node["is_leaf"]:
                    order += [int(node["left"]), int(node["right"])]
                k += 1
            new = {old: j for j, old in enumerate(order)}
            kept = nodes[order]
            leaf = kept["is_leaf"].astype(bool)
            trees.append({
                "feature": np.where(leaf, -1, kept["feature_idx"]).astype(np.int64),
                "threshold": np.where(leaf, 0.0, kept["num_threshold"]).astype(np.float64),
                "left": np.array([-1 if f else new[int(c)] for f, c in zip(leaf, kept["left"])], dtype=np.int64),
                "right": np.array([-1 if f else new[int(c)] for f, c in zip(leaf, kept["right"])], dtype=np.int64),
                "missing_left": (kept["missing_go_to_left"].astype(bool) & ~leaf),
                "value": np.where(leaf, kept["value"], 0.0).astype(np.float64),
            })
        # keep only the features some split reads, in their fitted order
        used = sorted({int(f) for tree in trees for f in tree["feature"] if f >= 0})
        remap = np.full(len(names) + 1, -1, dtype=np.int64)
        remap[used] = np.arange(len(used))
        for tree in trees:
            tree["feature"] = remap[tree["feature"]]  # -1 (a leaf) reads the last entry, -1
        return cls(classes=[c.item() if hasattr(c, "item") else c for c in estimator.classes_],
                   vocabulary={names[f]: j for j, f in enumerate(used)},
                   baseline=float(np.asarray(estimator._baseline_prediction).ravel()[0]),
                   learning_rate=float(estimator.learning_rate), trees=trees)

    def to_dict(self) -> dict:
        names = sorted(self.vocabulary, key=self.vocabulary.get)
        return {"family": "gbdt", "classes": self.classes, "features": names, "baseline": self.baseline,
                "learning_rate": self.learning_rate,
                "trees": [{key: tree[key].tolist() for key in TREE_KEYS} for tree in self.trees]}

    @classmethod
    def from_dict(cls, data: dict, where: str = "weights") -> "TreeEnsemble":
        """Read :meth:`to_dict` output, checking every tree; errors name ``where``."""
        try:
            classes, names = list(data["classes"]), [str(name) for name in data["features"]]
            baseline, learning_rate = float(data["baseline"]), float(data["learning_rate"])
            trees = [{"feature": np.asarray(tree["feature"], dtype=np.int64),
                      "threshold": np.asarray(tree["threshold"], dtype=np.float64),
                      "left": np.asarray(tree["left"], dtype=np.int64),
                      "right": np.asarray(tree["right"], dtype=np.int64),
                      "missing_left": np.asarray(tree["missing_left"], dtype=bool),
                      "value": np.asarray(tree["value"], dtype=np.float64)} for tree in data["trees"]]
        except (KeyError, TypeError, ValueError) as err:
            raise WeightsError(f"{where}: malformed tree model ({err.__class__.__name__}: {err})") from None
        if len(classes) != 2 or not trees or not np.isfinite([baseline, learning_rate]).all():
            raise WeightsError(f"{where}: tree model needs 2 classes, at least one tree and a finite baseline")
        for t, tree in enumerate(trees):
            problem = _tree_problem(tree, len(names))
            if problem:
                raise WeightsError(f"{where}: tree {t}: {problem}")
        return cls(classes=classes, vocabulary={name: k for k, name in enumerate(names)}, baseline=baseline,
                   learning_rate=learning_rate, trees=trees)


TREE_KEYS = ("feature", "threshold", "left", "right", "missing_left", "value")


def _tree_problem(tree: dict[str, np.ndarray], n_features: int) -> str | None:
    """What is wrong with one tree's arrays, or None: shapes, ranges, and that the nodes form one
    tree rooted at node 0 (each reached once from the root, so a walk ends)."""
    size = len(tree["feature"])
    if size == 0 or any(tree[key].shape != (size,) for key in TREE_KEYS):
        return "node lists of different lengths or empty"
    feature, left, right = tree["feature"], tree["left"], tree["right"]
    leaf = feature < 0
    if (feature >= n_features).any() or (feature < -1).any():
        return f"feature index out of range (model has {n_features} features)"
    if (left[leaf] != -1).any() or (right[leaf] != -1).any():
        return "a leaf has children"
    if ((left[~leaf] <= 0) | (left[~leaf] >= size) | (right[~leaf] <= 0) | (right[~leaf] >= size)).any():
        return "child index out of range"
    seen = np.zeros(size, dtype=bool)
    frontier = [0]
    while frontier:
        for node in frontier:
            if seen[node]:
                return "children do not form a tree rooted at node 0"
            seen[node] = True
        frontier = [int(c) for node in frontier if not leaf[node] for c in (left[node], right[node])]
    if not seen.all():
        return "nodes unreachable from the root"
    if not (np.isfinite(tree["threshold"]).all() and np.isfinite(tree["value"]).all()):
        return "non-finite threshold or value"
    return None


def model_from_dict(data: dict, where: str = "weights") -> "LinearModel | TreeEnsemble":
    """A model of the family its JSON names (``family``: ``gbdt``; none: a linear model)."""
    family = data.get("family", "logistic") if isinstance(data, dict) else None
    if family == "gbdt":
        return TreeEnsemble.from_dict(data, where)
    if family == "logistic":
        return LinearModel.from_dict(data, where)
    raise WeightsError(f"{where}: unknown model family {family!r} (logistic or gbdt expected)")


def model_family(model) -> str:
    return "gbdt" if isinstance(model, TreeEnsemble) else "logistic"


def gbdt_matrix(features: list[dict], top_features: int):
    """The feature dicts as a dense float matrix of the ``top_features`` most frequent features
    (ties by name), with those features' names."""
    from sklearn.feature_extraction import DictVectorizer

    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(features).tocsc()
    counts = np.asarray((x != 0).sum(axis=0)).ravel()
    columns = np.sort(np.argsort(-counts, kind="stable")[:top_features])
    names = vectorizer.get_feature_names_out()
    return x[:, columns].toarray().astype(np.float64), [str(names[c]) for c in columns]


def fit_gbdt(features: list[dict], targets: list, *, trees: int, learning_rate: float, max_leaf_nodes: int,
             min_samples_leaf: int, l2_regularization: float, top_features: int, seed: int,
             estimator_too: bool = False):
    """Fit scikit-learn's ``HistGradientBoostingClassifier`` (no early stopping: every tree is
    kept, nothing is held out at random) on the ``top_features`` most frequent features; returns
    it as a :class:`TreeEnsemble` (and, with ``estimator_too``, the estimator and the names of its
    matrix's columns, to compare the two)."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    x, names = gbdt_matrix(features, top_features)
    estimator = HistGradientBoostingClassifier(
        max_iter=trees, learning_rate=learning_rate, max_leaf_nodes=max_leaf_nodes,
        min_samples_leaf=min_samples_leaf, l2_regularization=l2_regularization, early_stopping=False,
        random_state=seed)
    estimator.fit(x, np.asarray(targets))
    model = TreeEnsemble.from_sklearn(estimator, names)
    return (model, estimator, names) if estimator_too else model
