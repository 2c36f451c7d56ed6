"""What the trained re-rankers share: a ``TrainablePipe`` whose weights are models in JSON.

The re-rankers (:mod:`pipeline.components.metric_model`, :mod:`pipeline.components.relation_model`)
are fitted in :meth:`initialize` from the gold examples (scikit-learn logistic regressions over
documented feature dicts; for the relation model, gradient-boosted trees when its config says
``family = "gbdt"``) and scored with numpy (:mod:`pipeline.linear`). Their settings live in the
config only; the weights file (``weights.json``) holds weights and nothing else, so a config override
is never replaced by a stored value. A missing, malformed or mis-shaped weights file, or weights of
another family than the config's, is an error naming the file. The JSON is written and read with the
standard library, whose floats round-trip exactly (a tree's thresholds and leaf values need all
their digits; srsly's JSON keeps ten decimals).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Iterable

from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc
from spacy.training import Example

from pipeline.extensions import register_extensions
from pipeline.linear import LinearModel, TreeEnsemble, WeightsError, model_family, model_from_dict

WEIGHTS_FILE = "weights.json"
WEIGHTS_FORMAT = 1


class LinearPipe(TrainablePipe):
    """Base of the re-rankers: JSON weights, byte and disk round trips, upstream runs for fitting."""

    #: the ``models`` keys a fitted component must have (others are optional)
    required_models: tuple[str, ...] = ()

    def __init__(self, nlp: Language, name: str, scorer: Callable | None = None, **cfg):
        self.vocab = nlp.vocab
        self.model = None  # no thinc model: spaCy's update loop leaves the component alone
        self.name = name
        self.cfg = dict(cfg)
        self.scorer = scorer
        self.models: dict[str, LinearModel | TreeEnsemble] = {}
        register_extensions()

    # -- applying -----------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations([doc], self.predict([doc]))
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128):
        for doc in stream:
            yield self(doc)

    def require_weights(self) -> None:
        """Fail clearly when the component was never fitted nor loaded."""
        if not self.models:
            raise WeightsError(f"{self.name}: no weights; fit it with `make train` (nlp.initialize with gold "
                               f"examples) or load a trained model, or use the rules-only pipeline")

    # -- fitting ------------------------------------------------------------------------------
    def update(self, examples: Iterable[Example], *, drop: float = 0.0, sgd=None, losses=None) -> dict:
        """Nothing to do per batch: the component is fitted as a whole in :meth:`initialize`."""
        losses = {} if losses is None else losses
        losses.setdefault(self.name, 0.0)
        return losses

    def upstream_docs(self, examples: Iterable[Example], nlp: Language) -> list[tuple[Doc, Example]]:
        """Each example's text run through the components before this one (disabled ones too, so
        a frozen span proposer contributes as it will at inference)."""
        before = []
        for name, proc in nlp.components:
            if name == self.name:
                break
            before.append(proc)
        out = []
        for eg in examples:
            doc = nlp.make_doc(eg.reference.text)
            doc._.release_date = eg.reference._.release_date
            doc._.country = eg.reference._.country
            for proc in before:
                doc = proc(doc)
            out.append((doc, eg))
        return out

    # -- serialisation ------------------------------------------------------------------------
    def _payload(self) -> dict:
        return {"format": WEIGHTS_FORMAT, "component": self.name,
                "models": {key: model.to_dict() for key, model in sorted(self.models.items())}}

    def _read_payload(self, payload, where: str) -> None:
        if not isinstance(payload, dict) or payload.get("format") != WEIGHTS_FORMAT or not isinstance(
                payload.get("models"), dict):
            raise WeightsError(f"{where}: not a relstats weights file (format {WEIGHTS_FORMAT} expected)")
        models = {key: model_from_dict(data, f"{where} [{key}]") for key, data in payload["models"].items()}
        family = self.cfg.get("family")
        trees = set(self.cfg.get("tree_labels") or ())

        def expected(key: str) -> str | None:
            return "gbdt" if key in trees else family

        wrong = sorted(key for key, model in models.items()
                       if expected(key) is not None and model_family(model) != expected(key))
        if wrong:
            listed = f" and tree_labels = {sorted(trees)}" if trees else ""
            raise WeightsError(f"{where}: weights of {', '.join(wrong)} are of the {model_family(models[wrong[0]])} "
                               f"family, but the config says family = {family!r}{listed}; retrain with `make train`")
        missing = [key for key in self.required_models if key not in models]
        if missing:
            raise WeightsError(f"{where}: weights for {', '.join(missing)} are missing")
        self.models = models

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return json.dumps(self._payload(), separators=(",", ":")).encode("utf-8")

    def from_bytes(self, bytes_data: bytes, *, exclude=tuple()):
        try:
            payload = json.loads(bytes_data)
        except ValueError as err:
            raise WeightsError(f"{self.name}: weights are not valid JSON ({err})") from None
        self._read_payload(payload, self.name)
        return self

    def to_disk(self, path, *, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / WEIGHTS_FILE).write_text(json.dumps(self._payload(), separators=(",", ":")) + "\n", encoding="utf-8")

    def from_disk(self, path, *, exclude=tuple()):
        file = Path(path) / WEIGHTS_FILE
        if not file.is_file():
            raise WeightsError(f"{file}: weights file missing; retrain with `make train`")
        try:
            payload = json.loads(file.read_text(encoding="utf-8"))
        except ValueError as err:
            raise WeightsError(f"{file}: weights are not valid JSON ({err})") from None
        self._read_payload(payload, str(file))
        return self
