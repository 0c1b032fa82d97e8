"""The fingerprint of what the name tagger reads from kg's lexicons as features.

The CRF weighs lexicon membership (a given name, a common word, a post, a country...), so a
model trained on yesterday's lexicons reads today's with weights learned for other sets:
its tags drift silently. Training writes, beside the model, one line per lexicon part it
reads (`ner.lexicons.tsv`: part, hash of its sorted content); a fast test compares it with
the lexicons of today and names the parts that changed (`stale_parts`), so a lexicon change
that feeds the tagger comes with a retrain (`kg train-ner`). Only what the features read is
hashed: an extra column or an entry of a kind the tagger ignores does not count.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from kg.pipeline.annotate.arabic import NAME_CONNECTORS, PRONOUN_SUFFIXES
from kg.pipeline.annotate.lexicon import Lexicon
from kg.pipeline.annotate.model import Kind

# the lexicon kinds whose phrases are tagger features (`ner._LEX_KINDS`)
FEATURE_KINDS = frozenset(
    {
        Kind.TITLE,
        Kind.HONORIFIC,
        Kind.CUE,
        Kind.COUNTRY,
        Kind.NATIONALITY,
        Kind.ORGANISATION,
        Kind.PLACE,
    }
)


def _digest(items: Iterable[str]) -> str:
    """A short hash of strings in sorted order (set order never matters)."""
    return hashlib.sha256("\n".join(sorted(items)).encode("utf-8")).hexdigest()[:16]


def _phrases(lex: Lexicon) -> Iterable[str]:
    """Each phrase the tagger sees as a lexicon tag: its tokens, its kind and, for a
    reporting cue, its grammatical kind (which clitics it may carry, `lexicon._cue_clitics`)."""
    for bucket in lex.index.values():
        for toks, entry in bucket:
            if entry.kind in FEATURE_KINDS:
                cue = entry.attr("kind") if entry.kind is Kind.CUE else ""
                yield f"{' '.join(toks)}\t{entry.kind.value}\t{cue}"


def lexicon_fingerprint(lex: Lexicon, clusters: Path | None = None) -> dict[str, str]:
    """Part -> hash of what the tagger's features read: the word lists, the known people,
    the phrases of the kinds it tags, the name connectors and pronoun suffixes of
    `arabic.py`, and (for a model trained with word clusters) the cluster file."""
    parts = {
        "first_names": _digest(lex.first_names),
        "common_words": _digest(lex.common_words),
        "stopwords": _digest(lex.stopwords),
        "known_words": _digest(lex.known_words),
        "people": _digest(" ".join(name) for name in lex.people),
        "phrases": _digest(_phrases(lex)),
        "name_connectors": _digest(NAME_CONNECTORS),
        # in order: the first suffix that matches gives the `e=` feature
        "pronoun_suffixes": _digest(f"{n:03d} {s}" for n, s in enumerate(PRONOUN_SUFFIXES)),
    }
    if clusters is not None:
        parts["clusters"] = hashlib.sha256(clusters.read_bytes()).hexdigest()[:16]
    return parts


def fingerprint_path(model: str | Path) -> Path:
    """Where a model's lexicon fingerprint is kept (`ner.crfsuite` -> `ner.lexicons.tsv`)."""
    path = Path(model)
    return path.with_name(path.stem + ".lexicons.tsv")


def write_fingerprint(model: str | Path, parts: dict[str, str]) -> Path:
    """Write `parts` beside `model`, one `part<TAB>hash` a line (same lexicons, same bytes)."""
    out = fingerprint_path(model)
    out.write_text("".join(f"{k}\t{v}\n" for k, v in sorted(parts.items())), encoding="utf-8")
    return out


def read_fingerprint(model: str | Path) -> dict[str, str] | None:
    """The fingerprint written when `model` was trained; None without one."""
    path = fingerprint_path(model)
    if not path.is_file():
        return None
    pairs = (line.split("\t", 1) for line in path.read_text(encoding="utf-8").splitlines())
    return {k: v for k, v in pairs}


def stale_parts(model: str | Path, lex: Lexicon) -> list[str]:
    """The lexicon parts that differ from those `model` was trained on (all of them when
    the model has no fingerprint), sorted: empty when the model is up to date. The word
    clusters count when the model was trained with them."""
    from kg.pipeline.annotate.ner import CLUSTERS

    recorded = read_fingerprint(model)
    clusters = CLUSTERS if recorded is not None and "clusters" in recorded else None
    now = lexicon_fingerprint(lex, clusters)
    if recorded is None:
        return sorted(now)
    return sorted(k for k in now.keys() | recorded.keys() if now.get(k) != recorded.get(k))
