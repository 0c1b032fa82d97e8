"""Statements read from a dependency parse, when the annotator produced one (stanza).

For a reporting verb, the speaker is its `nsubj` (the person, organisation or country
named there, or the holder of the post named there) and the position is its clausal
complement (`ccomp`, else `xcomp`, else `obj`) without a leading complementiser. When the
parse gives no such pair, `statement_from_parse` returns None and the surface rules of
`kg.pipeline.extract.statements` decide.
"""

from __future__ import annotations

import re

from kg.pipeline.annotate.model import Kind, Mention, Word
from kg.pipeline.extract.context import Context
from kg.pipeline.extract.facts import Entity, StatementFact, statement_at
from kg.pipeline.text.document import Sentence

RULE = "statement:parse"
_CONTENT = ("ccomp", "xcomp", "obj")
_LEADING = frozenset({"mark", "case", "cc", "punct"})  # إن/أن/بأن، and punctuation
_FUNCTION_UPOS = frozenset({"CCONJ", "ADP", "SCONJ", "PART", "PUNCT"})
_EDGE = " \t\n.،,:؛;"
_QUOTES = {'"': '"', "«": "»", "“": "”"}
_MIN_WORDS = 2


def statement_from_parse(ctx: Context, sentence: Sentence, cue: Mention) -> StatementFact | None:
    """The statement the parse attaches to `cue`, or None (no parse, no subject or
    complement, or a subject that names no actor)."""
    words = ctx.annotation.words
    if not ctx.parsed:
        return None
    verb = _cue_word(words, ctx.words_overlapping(cue.start, cue.end))
    if verb is None:
        return None
    children = ctx.children
    subject = _child(words, children[verb], ("nsubj",))
    content = _child(words, children[verb], _CONTENT)
    if subject is None or content is None:
        return None
    speaker = _speaker(ctx, words, subject)
    span = _content_span(ctx, words, children, content, sentence)
    if speaker is None or span is None:
        return None
    if cue.attrs.get("gender") and speaker.kind == "Person":
        ctx.registry.set_gender(speaker, cue.attrs["gender"])
    start, end = span
    return statement_at(ctx.text, speaker, cue, start, end, sentence.index, RULE)


def _cue_word(words: list[Word], inside: list[int]) -> int | None:
    """The content word of the cue (قال in وقال, القول in بالقول), among the indexes of the
    words that overlap it."""
    content = [i for i in inside if words[i].upos not in _FUNCTION_UPOS]
    return (content or inside or [None])[0]


def _child(words: list[Word], children: list[int], relations: tuple[str, ...]) -> int | None:
    """The first dependent with one of `relations` (in their order; subtypes count)."""
    for relation in relations:
        for child in children:
            if (words[child].deprel or "").split(":")[0] == relation:
                return child
    return None


def _subtree(children: dict[int, list[int]], root: int) -> list[int]:
    seen, stack = [root], [root]
    while stack:
        for child in children.get(stack.pop(), []):
            if child not in seen:
                seen.append(child)
                stack.append(child)
    return sorted(seen)


def _speaker(ctx: Context, words: list[Word], subject: int) -> Entity | None:
    """The actor the subject's head word names: a person, organisation or country, or the
    holder of a post, or what a reference refers to."""
    word = words[subject]
    found = [m for m in ctx.mentions if m.start < word.end and word.start < m.end]
    for mention in sorted(found, key=lambda m: (m.kind is not Kind.PERSON, m.start)):
        if mention.kind in (Kind.PERSON, Kind.ORGANISATION, Kind.COUNTRY):
            return ctx.entity(mention)
        if mention.kind is Kind.TITLE and mention.start in ctx.posts:
            post = ctx.posts[mention.start]
            return post.holder or ctx.holder_of(post.head, mention.start, post.organisation)
        if mention.kind is Kind.REFERENCE and mention.attrs.get("ref") == "ministry":
            return ctx.ministry_before(mention.start, mention.attrs.get("portfolio"))
    return None


def _content_span(
    ctx: Context,
    words: list[Word],
    children: dict[int, list[int]],
    content: int,
    sentence: Sentence,
) -> tuple[int, int] | None:
    """[start, end) of the complement's subtree, without a leading complementiser,
    punctuation or enclosing quotes; None when fewer than two words remain."""
    leading = {c for c in children[content] if (words[c].deprel or "") in _LEADING}
    nodes = [i for i in _subtree(children, content) if i not in leading or i > content]
    if not nodes:
        return None
    start = max(min(words[i].start for i in nodes), sentence.start)
    end = min(max(words[i].end for i in nodes), sentence.end)
    text = ctx.text[start:end]
    stripped = _unquote(text.strip(_EDGE))
    if len(re.findall(r"\w+", stripped)) < _MIN_WORDS:
        return None
    start += text.index(stripped)
    return start, start + len(stripped)


def _unquote(text: str) -> str:
    """Without enclosing quotes, or an opening/closing quote left unpaired at an edge."""
    if text and text[0] in _QUOTES:
        closing = _QUOTES[text[0]]
        if text.endswith(closing) and closing not in text[1:-1]:
            return text[1:-1].strip(_EDGE)
        if closing not in text[1:]:
            text = text[1:].strip(_EDGE)
    if text and text[-1] in _QUOTES.values():
        opening = next(o for o, c in _QUOTES.items() if c == text[-1])
        if opening not in text[:-1] or (opening == text[-1] and text.count(opening) % 2):
            text = text[:-1].strip(_EDGE)
    return text
