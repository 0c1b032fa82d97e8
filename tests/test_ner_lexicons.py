"""The shipped name tagger was trained on today's lexicons: a lexicon change that feeds the
tagger's features must come with `kg train-ner` (fast: hashes, no training)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from kg.pipeline.annotate.lexicon import Entry, default_lexicon
from kg.pipeline.annotate.model import Kind
from kg.pipeline.annotate.ner import MODEL
from kg.pipeline.annotate.ner_lexicons import (
    fingerprint_path,
    lexicon_fingerprint,
    read_fingerprint,
    stale_parts,
)
from kg.pipeline.annotate.ner_train import train_model
from kg.pipeline.annotate.newsfane import sentences

TINY = Path(__file__).parent / "fixtures" / "ner_tiny.txt"
SMALL = {"c1": 0.0, "c2": 0.01, "max_iterations": 5, "feature.possible_transitions": True}


def test_the_shipped_model_was_trained_on_todays_lexicons():
    stale = stale_parts(MODEL, default_lexicon())
    assert not stale, (
        f"the lexicons the name tagger reads as features changed since {MODEL.name} was"
        f" trained ({', '.join(stale)}): retrain with `kg train-ner ../shared/ner`"
        " (then `kg train-ner --check`), and say so in kg/data/ner/README.md"
    )


def test_training_writes_the_fingerprint_beside_the_model(tmp_path):
    lex = default_lexicon()
    model = train_model(list(sentences(TINY)), tmp_path / "tiny.crfsuite", lex, params=SMALL)
    assert fingerprint_path(model) == tmp_path / "tiny.lexicons.tsv"
    recorded = read_fingerprint(model)
    assert recorded == lexicon_fingerprint(lex) and "clusters" not in recorded
    assert stale_parts(model, lex) == []
    clustered = train_model(
        list(sentences(TINY)), tmp_path / "c.crfsuite", lex, {**SMALL, "clusters": True}
    )
    assert "clusters" in (read_fingerprint(clustered) or {})
    assert stale_parts(clustered, lex) == []


def test_a_changed_lexicon_names_the_part_that_changed(tmp_path):
    lex = default_lexicon()
    model = train_model(list(sentences(TINY)), tmp_path / "tiny.crfsuite", lex, params=SMALL)
    more_names = dataclasses.replace(lex, first_names=lex.first_names | {"زلاتكو"})
    assert stale_parts(model, more_names) == ["first_names"]
    index = {k: list(v) for k, v in lex.index.items()}
    title = dataclasses.replace(lex, index=index, _candidates={})
    title.add("كبير المفاوضين", Entry(Kind.TITLE, "negotiator", "كبير المفاوضين"))
    assert stale_parts(model, title) == ["phrases"]
    fingerprint_path(model).unlink()
    assert stale_parts(model, lex) == sorted(lexicon_fingerprint(lex))  # none recorded
