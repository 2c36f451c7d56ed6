"""The pipeline saves to a directory and loads back with plain ``spacy.load`` (entry points)."""

import subprocess
import sys

import spacy


def test_rules_pipeline_round_trip(nlp, tmp_path):
    text = "In September, exports rose 5 percent to 3.1 trillion yuan."
    nlp.to_disk(tmp_path / "model")
    reloaded = spacy.load(tmp_path / "model")
    assert reloaded.pipe_names == nlp.pipe_names
    a, b = nlp(text), reloaded(text)
    assert [(s.text, s.label_) for s in a.spans["relstats"]] == [(s.text, s.label_) for s in b.spans["relstats"]]
    assert [(r.head.text, r.label, r.child.text) for r in a._.relations] == [
        (r.head.text, r.label, r.child.text) for r in b._.relations]


def test_saved_pipeline_loads_in_a_fresh_interpreter(nlp, tmp_path):
    nlp.to_disk(tmp_path / "model")
    code = (
        "import spacy; nlp = spacy.load(r'%s'); doc = nlp('Sales rose 5%% to 3 million.');"
        "print(sorted(s.text for s in doc.spans['relstats']))" % (tmp_path / "model")
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "3 million" in out and "5%" in out
