"""Linear models stored as JSON: what scikit-learn learned, read back without pickle or sklearn.

A model is a feature vocabulary (feature name -> column), one row of coefficients per class and
an intercept per class. Features are ``{name: value}`` dicts, as ``DictVectorizer`` takes them.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path


@dataclass
class LinearModel:
    """A logistic-regression model: binary (one row) or multinomial (one row per class)."""

    classes: list
    vocabulary: dict[str, int]
    coef: list[list[float]]
    intercept: list[float]

    def scores(self, features: dict[str, float]) -> list[float]:
        """Linear scores, one per row of coefficients."""
        out = []
        for row, bias in zip(self.coef, self.intercept):
            total = bias
            for name, value in features.items():
                column = self.vocabulary.get(name)
                if column is not None:
                    total += row[column] * value
            out.append(total)
        return out

    def probabilities(self, features: dict[str, float]) -> dict:
        """Class probabilities for one feature dict."""
        scores = self.scores(features)
        if len(self.coef) == 1:
            p = 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, scores[0]))))
            return {self.classes[0]: 1 - p, self.classes[1]: p}
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps)}

    def probability(self, features: dict[str, float]) -> float:
        """For a binary model, the probability of the positive class."""
        return self.probabilities(features)[self.classes[-1]]

    @classmethod
    def from_sklearn(cls, vectorizer, estimator) -> "LinearModel":
        """Take the fitted ``DictVectorizer`` and ``LogisticRegression``."""
        return cls(
            classes=[c.item() if hasattr(c, "item") else c for c in estimator.classes_],
            vocabulary={name: int(col) for name, col in vectorizer.vocabulary_.items()},
            coef=[[round(float(x), 6) for x in row] for row in estimator.coef_],
            intercept=[round(float(x), 6) for x in estimator.intercept_],
        )

    def to_dict(self) -> dict:
        names = sorted(self.vocabulary, key=self.vocabulary.get)
        return {"classes": self.classes, "features": names, "coef": self.coef, "intercept": self.intercept}

    @classmethod
    def from_dict(cls, data: dict) -> "LinearModel":
        return cls(
            classes=list(data["classes"]),
            vocabulary={name: k for k, name in enumerate(data["features"])},
            coef=[list(row) for row in data["coef"]],
            intercept=list(data["intercept"]),
        )


def save_models(models: dict[str, LinearModel], path: Path, extra: dict | None = None) -> None:
    """Write named models (and extra settings) to one JSON file."""
    payload = {"models": {name: m.to_dict() for name, m in models.items()}, **(extra or {})}
    Path(path).write_text(json.dumps(payload), encoding="utf-8")


def load_models(path: Path) -> tuple[dict[str, LinearModel], dict]:
    """Read models written by :func:`save_models`; returns (models, extra settings)."""
    payload = json.loads(Path(path).read_text(encoding="utf-8"))
    models = {name: LinearModel.from_dict(data) for name, data in payload.pop("models").items()}
    return models, payload
