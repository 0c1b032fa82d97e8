"""The stanza annotator: stanza's neural Arabic pipeline (tokenize, mwt, pos, lemma,
depparse, ner) plus the lexicon mentions of the rules annotator.

stanza (and torch) are imported only when a pipeline is built; the conversion,
`doc_to_annotation`, takes any stanza `Document` (also one read from CoNLL-U) and is pure.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from kg.errors import AnnotatorError
from kg.pipeline.annotate import models
from kg.pipeline.annotate.lexicon import Entry, Lexicon, default_lexicon
from kg.pipeline.annotate.model import Annotation, Kind, Mention, Word
from kg.pipeline.annotate.rules import RuleAnnotator
from kg.pipeline.text.document import Document
from kg.pipeline.text.normalize import normalize_for_match

NAME = "stanza"
# Leading words of a token that are not part of a name: و/ف, ب/ل/ك (وكيري، لبيسكوف).
_CLITIC_UPOS = frozenset({"CCONJ", "ADP", "SCONJ"})
# Lexicon kinds that are not part of a person's name when stanza's span includes them.
_NOT_NAME = frozenset(
    {Kind.TITLE, Kind.HONORIFIC, Kind.NATIONALITY, Kind.COUNTRY, Kind.ORGANISATION, Kind.CUE}
)
Span = tuple[int, int]


class StanzaAnnotator:
    """stanza's Arabic pipeline, built once on first use, over the rules' lexicons."""

    name = NAME

    def __init__(self, directory: str | Path | None = None, lexicon: Lexicon | None = None):
        # On disk only: fails in milliseconds, before stanza/torch are even imported.
        self.status = models.require(directory)
        self.rules = RuleAnnotator(lexicon)
        self._pipeline: Any = None

    @property
    def pipeline(self) -> Any:
        """The stanza.Pipeline, loaded from disk only (download_method=None)."""
        if self._pipeline is None:
            import stanza

            try:
                self._pipeline = stanza.Pipeline(
                    models.LANG,
                    dir=str(self.status.directory),
                    processors=",".join(models.PROCESSORS),
                    download_method=None,
                    logging_level="WARN",
                    use_gpu=False,
                )
            except Exception as exc:  # corrupt or incompatible model files
                raise AnnotatorError(
                    f"cannot load stanza's Arabic models from {self.status.directory} "
                    f"({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}); "
                    "run: kg models download"
                ) from exc
        return self._pipeline

    def annotate(self, document: Document) -> Annotation:
        stanza_doc = self.pipeline(document.text)
        return doc_to_annotation(stanza_doc, document, self.rules.annotate(document).mentions)


def doc_to_annotation(
    stanza_doc: Any, document: Document, lexicon_mentions: Iterable[Mention] = ()
) -> Annotation:
    """Convert a stanza `Document` into the project's annotation of `document`.

    Words carry offsets into `document.text` (a multi-word token's words get their part
    of the token when the words spell it, else the whole token), lemma, UPOS, head (index
    into the words, -1 for the root) and relation. Mentions are the lexicon mentions plus
    stanza's entities: PER spans replace overlapping rule-found people; ORG and LOC spans
    are kept where no lexicon mention covers them; MISC is skipped.
    """
    tokens = [t for s in stanza_doc.sentences for t in s.tokens]
    spans = align_tokens(tokens, stanza_doc.text, document.text)
    token_index = {id(t): i for i, t in enumerate(tokens)}
    words: list[Word] = []
    word_spans: dict[int, list[tuple[Span, str | None]]] = {}  # token -> its words' spans
    for sentence in stanza_doc.sentences:
        base = len(words)
        for token in sentence.tokens:
            index = token_index[id(token)]
            parts = _word_spans(token, spans[index])
            word_spans[index] = [(span, w.upos) for span, w in zip(parts, token.words, strict=True)]
            for (start, end), word in zip(parts, token.words, strict=True):
                head = None if word.head is None else (base + word.head - 1 if word.head else -1)
                words.append(
                    Word(word.text, start, end, index, word.lemma, word.upos, head, word.deprel)
                )
    entities = [_entity(e, token_index, spans, word_spans, document) for e in stanza_doc.ents]
    single_words = [spans[i] for i, t in enumerate(tokens) if len(t.words) == 1]
    mentions = merge_mentions(
        list(lexicon_mentions), [e for e in entities if e is not None], single_words
    )
    return Annotation(document, NAME, words, mentions)


def align_tokens(tokens: Sequence[Any], stanza_text: str | None, text: str) -> list[Span]:
    """[start, end) in `text` of each stanza token.

    stanza's offsets are used as they are when its text is `text`, shifted when its text
    occurs inside `text` (a CoNLL-U excerpt of an article); otherwise each token is looked
    up in order (a token not found gets an empty span where the search stands)."""
    if stanza_text is not None and all(t.start_char is not None for t in tokens):
        shift = 0 if stanza_text == text else text.find(stanza_text)
        if shift >= 0:
            return [(t.start_char + shift, t.end_char + shift) for t in tokens]
    out: list[Span] = []
    position = 0
    for token in tokens:
        found = text.find(token.text, position)
        if found < 0:
            out.append((position, position))
            continue
        out.append((found, found + len(token.text)))
        position = found + len(token.text)
    return out


def _word_spans(token: Any, span: Span) -> list[Span]:
    """Each word's part of its token when the words spell the token (و + قال = وقال),
    else the whole token for each word (ل + الصحفيين = للصحفيين)."""
    words = token.words
    start, end = span
    if (
        len(words) == 1
        or "".join(w.text for w in words) != token.text
        or end - start != len(token.text)
    ):
        return [span] * len(words)
    out = []
    for word in words:
        out.append((start, start + len(word.text)))
        start += len(word.text)
    return out


def _entity(
    entity: Any,
    token_index: dict[int, int],
    spans: list[Span],
    word_spans: dict[int, list[tuple[Span, str | None]]],
    document: Document,
) -> Mention | None:
    """A stanza entity as a mention (without leading clitics: وكيري → كيري)."""
    kind = {"PER": Kind.PERSON, "ORG": Kind.ORGANISATION, "LOC": Kind.PLACE}.get(entity.type)
    if kind is None or not entity.tokens:
        return None
    first = token_index[id(entity.tokens[0])]
    last = token_index[id(entity.tokens[-1])]
    start, end = spans[first][0], spans[last][1]
    parts = word_spans.get(first, [])
    k = 0
    while k < len(parts) - 1 and parts[k][1] in _CLITIC_UPOS and parts[k + 1][0][0] > start:
        k += 1
        start = parts[k][0][0]
    text = document.text[start:end]
    if not text.strip():
        return None
    if kind is Kind.PERSON:
        return Mention(kind, start, end, text, None, text, {}, "stanza")
    if kind is Kind.PLACE:
        country = _country(text)
        if country is not None:
            return Mention(Kind.COUNTRY, start, end, text, country.key, country.label, {}, "stanza")
    return Mention(kind, start, end, text, normalize_for_match(text), text, {}, "stanza")


def _country(text: str) -> Entry | None:
    """The lexicon's country named by the whole of `text`, if any."""
    forms = normalize_for_match(text).split()
    found = default_lexicon().match(forms, 0) if forms else None
    if found and found[2].kind is Kind.COUNTRY and found[1] == len(forms):
        return found[2]
    return None


def merge_mentions(
    lexicon: list[Mention], neural: list[Mention], single_words: Sequence[Span] = ()
) -> list[Mention]:
    """Lexicon mentions plus stanza's entities, stanza deciding where they disagree.

    - A lexicon mention that starts inside a token of a stanza person that stanza reads as
      one word is a wrong clitic reading (كيري is not ك + يري) and is dropped; so is a
      post word inside a stanza place name (محافظة إدلب).
    - A stanza person, trimmed of the lexicon mentions at its edges (a post, an honorific,
      a nationality), replaces the rule-found people it overlaps; rule-found people that
      overlap a stanza place or organisation are dropped.
    - A stanza organisation or place is kept where no lexicon mention overlaps it (the
      lexicon's kinds and keys win).
    """
    people_spans = [m for m in neural if m.kind is Kind.PERSON]
    places = [m for m in neural if m.kind is not Kind.PERSON]
    inside_name = [
        (a, b) for a, b in single_words if any(p.start <= a and b <= p.end for p in people_spans)
    ]
    kept = [
        m
        for m in lexicon
        if not any(a < m.start < b for a, b in inside_name)
        and not (
            m.kind is Kind.TITLE
            and any(p.kind is Kind.PLACE and p.start <= m.start and m.end <= p.end for p in places)
        )
    ]
    fixed = [m for m in kept if m.kind is not Kind.PERSON]
    people: list[Mention] = []
    for mention in people_spans:
        trimmed = _trim_person(mention, fixed)
        if trimmed is not None and not any(_overlap(trimmed, p) for p in people):
            people.append(trimmed)
    fixed += [m for m in places if not any(_overlap(m, other) for other in fixed)]
    rule_people = [
        m
        for m in kept
        if m.kind is Kind.PERSON and not any(_overlap(m, n) for n in [*people, *places])
    ]
    return sorted([*fixed, *people, *rule_people], key=lambda m: (m.start, -m.end))


def _trim_person(person: Mention, fixed: list[Mention]) -> Mention | None:
    start, end = person.start, person.end
    changed = True
    while changed and start < end:
        changed = False
        for other in fixed:
            if other.kind not in _NOT_NAME or not (other.start < end and start < other.end):
                continue
            if other.start <= start:  # at the start (or covering it): cut it off
                start, changed = max(start, other.end), True
            elif other.end >= end:  # at the end
                end, changed = min(end, other.start), True
    offset = person.start
    text = person.text[start - offset : end - offset]
    stripped = text.strip(" \t\n،,.:؛;\"'«»")
    if not stripped:
        return None
    start += text.index(stripped)
    end = start + len(stripped)
    return Mention(Kind.PERSON, start, end, stripped, None, stripped, {}, person.source)


def _overlap(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end
