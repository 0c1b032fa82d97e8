"""Fold D (eval/fold-d, blind gold on corpus articles): every gold file loads with kg's own
loader, names its article after itself, and refers only to entities it declares; with the
shared corpus on this machine, every article exists and every position is text of it."""

import json
from pathlib import Path

import pytest

from kg.eval.gold import Gold
from kg.pipeline.text.normalize import normalize_for_match

ROOT = Path(__file__).resolve().parent.parent
FOLD = ROOT / "eval" / "fold-d"
FILES = sorted(FOLD.glob("*.json"))
CORPUS = next(
    (
        p
        for p in (ROOT.parent / "shared/corpus", ROOT.parent.parent / "shared/corpus")
        if p.is_dir()
    ),
    None,
)


def test_fold_d_holds_twelve_articles_six_per_source():
    assert len(FILES) == 12
    assert sum(p.name.startswith("ant-") for p in FILES) == 6
    assert sum(p.name.startswith("snn-") for p in FILES) == 6


def references(data: dict) -> list[tuple[str, str]]:
    """(where, entity id) for every id a row or an entity's `country` refers to."""
    found = [
        (f"entity {e['id']} country", e["country"]) for e in data["entities"] if "country" in e
    ]
    for number, row in enumerate(data.get("roles", [])):
        found.append((f"roles[{number}] person", row["person"]))
        found += [(f"roles[{number}] org", o) for o in row.get("org", [])]
    for section in ("statements", "optional_statements"):
        found += [(f"{section}[{n}]", r["speaker"]) for n, r in enumerate(data.get(section, []))]
    return found


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_gold_loads_and_refers_only_to_declared_entities(path):
    gold = Gold.load(path)
    assert gold.document == f"{path.stem}.txt"
    data = json.loads(path.read_text(encoding="utf-8"))
    ids = [e["id"] for e in data["entities"]]
    assert len(ids) == len(set(ids)), "entity ids repeat"
    assert all(
        e.get("type") in {"Person", "Organisation", "Country", "Place"} for e in data["entities"]
    )
    undeclared = [(where, i) for where, i in references(data) if i not in gold.entities]
    assert undeclared == []
    for row in gold.roles:
        assert row["role"] and (row.get("org") or row.get("org_unstated"))
    assert all(row["position"].strip() for row in gold.statements + gold.optional_statements)


def test_references_finds_an_undeclared_speaker():
    data = {
        "entities": [{"id": "a", "names": ["أ"]}],
        "roles": [{"person": "a", "role": ["وزير"], "org": ["b"]}],
        "statements": [{"speaker": "c", "cue": "قال", "position": "ك"}],
    }
    declared = {"a"}
    assert [i for _, i in references(data) if i not in declared] == ["b", "c"]


@pytest.mark.skipif(CORPUS is None, reason="the shared corpus is not on this machine")
@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_positions_are_text_of_the_article(path):
    assert CORPUS is not None
    gold = Gold.load(path)
    article = CORPUS / gold.document
    assert article.is_file()
    text = normalize_for_match(article.read_text(encoding="utf-8"))
    missing = [
        row["position"]
        for row in gold.statements + gold.optional_statements
        if normalize_for_match(row["position"]) not in text
    ]
    assert missing == []
