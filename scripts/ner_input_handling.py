"""Which input handling suits raw news: clitics re-attached in training, or news segmented
like the training data? (the comparison behind kg/data/ner/README.md)

    python scripts/ner_input_handling.py ../shared/ner/NewsFANE_Gold_2014_170K.txt \
        ../shared/gold --articles ../shared/articles --work /tmp/ner-input

Trains one model per handling on the same 80% of NewsFANE (`ner_train.split`, fixed seed),
scores both on the held-out 20%, then counts the gold entities of the dev articles that the
tagger alone (no rules) finds as names of their kind. `segmented` splits each news token
like the corpus: a conjunction, then a preposition, then a pronoun suffix, each only when
the corpus has the rest more often than the whole word.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from kg.eval.gold import Gold, gold_files, name_matches
from kg.eval.people import is_named
from kg.pipeline.annotate.ner import NameSpan, NameTagger, document_context, link_aliases
from kg.pipeline.annotate.ner_train import score_model, split, train_model
from kg.pipeline.annotate.newsfane import ENCLITICS, read_raw, sentences
from kg.pipeline.annotate.tokens import Token, tokenize
from kg.pipeline.text.document import Document, read_article
from kg.pipeline.text.normalize import fold

KINDS = {"PER": "Person", "ORG": "Organisation", "GPE": "Country", "LOC": "Place"}


class Segmenter:
    """Split a news token the way NewsFANE is split, guided by the corpus's word counts."""

    def __init__(self, corpus: Path) -> None:
        self.counts: Counter[str] = Counter(
            fold(token) for sentence in read_raw(corpus) for token, _ in sentence
        )

    def __call__(self, form: str) -> list[str]:
        counts, word, before, after = self.counts, form, [], []
        if counts[word] >= 3:
            return [word]
        if word[:1] in "وف" and len(word) > 2 and counts[word[1:]] > counts[word]:
            before.append(word[0])
            word = word[1:]
        if word[:1] in "بلك" and len(word) > 2:
            rest = "ا" + word[1:] if word.startswith("لل") else word[1:]
            if counts[rest] > counts[word]:
                before.append(word[0])
                word = rest
        for suffix in sorted(ENCLITICS, key=len, reverse=True):
            stem = word[: -len(suffix)]
            if word.endswith(suffix) and len(stem) >= 2 and counts[stem] > counts[word]:
                after, word = [suffix], stem
                break
        return [*before, word, *after]


def spans_of(
    tagger: NameTagger, document: Document, toks: list[Token], segment: Segmenter | None
) -> list[NameSpan]:
    """Name spans over the document's tokens; with `segment`, tagged over the segments."""
    if segment is None:
        return tagger.tag_document(document, toks)
    runs: list[tuple[list[str], list[int]]] = []
    k = 0
    for sentence in document.sentences:
        start = k
        while k < len(toks) and toks[k].start < sentence.end:
            k += 1
        pieces: list[str] = []
        owners: list[int] = []
        for t in range(start, k):
            parts = segment(toks[t].form)
            pieces += parts
            owners += [t] * len(parts)
        if pieces and not sentence.noise:
            runs.append((pieces, owners))
    forms = [pieces for pieces, _ in runs]
    context = document_context(forms, tagger.lexicon)
    tagged = link_aliases(forms, [tagger.tag(f, context) for f in forms], tagger.lexicon)
    return [
        NameSpan(owners[s.i], owners[s.j - 1] + 1, s.kind, s.fine)
        for (_, owners), found in zip(runs, tagged, strict=True)
        for s in found
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--articles", type=Path, required=True)
    parser.add_argument("--work", type=Path, default=Path("/tmp/ner-input"))
    args = parser.parse_args()
    segment = Segmenter(args.corpus)
    for name, attached in (("attached", True), ("segmented", False)):
        train, test = split(list(sentences(args.corpus, attached=attached)))
        model = args.work / f"{name}.crfsuite"
        if not model.is_file():
            train_model(train, model)
        print(f"== {name}: held-out NewsFANE (without / with in-document linking)")
        print(score_model(model, test, link=False).table())
        print(score_model(model, test, link=True).table())
        tagger = NameTagger(model)
        found, total = Counter(), Counter()
        for path in gold_files([args.gold]):
            gold = Gold.load(path)
            document = read_article(args.articles / gold.document)
            toks = tokenize(document)
            texts: dict[str, list[str]] = {}
            for s in spans_of(tagger, document, toks, None if attached else segment):
                text = document.text[toks[s.i].start : toks[s.j - 1].end]
                texts.setdefault(KINDS[s.kind], []).append(text)
            for entity_id, kind in gold.types.items():
                names = gold.names(entity_id)
                if kind == "Person" and not is_named(names):
                    continue
                total[kind] += 1
                found[kind] += any(name_matches(t, names) for t in texts.get(kind, []))
        print(
            f"== {name}: gold entities found by the tagger alone: "
            + ", ".join(f"{k} {found[k]}/{total[k]}" for k in KINDS.values())
        )


if __name__ == "__main__":
    main()
