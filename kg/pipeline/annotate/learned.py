"""The rules plus the learned name tagger (annotator `ner`).

Lexicons and rules decide posts, cues, references and every name they find; the CRF tagger
(`kg.pipeline.annotate.ner`) adds people's names in the words no rule took (`شركة X`'s
chairman whose given name no lexicon holds, a surname written alone). A tagged name is
cleaned at its edges (`clean_name`) before it becomes a mention, and its later mentions are
linked by the rules' alias pass like any other name.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from kg.pipeline.annotate.arabic import IMPERSONAL_VERBS, NAME_CONNECTORS, UNNAMED_SOURCES
from kg.pipeline.annotate.lexicon import Lexicon, clitic_readings
from kg.pipeline.annotate.model import Annotation, Kind
from kg.pipeline.annotate.ner import NameTagger, default_tagger
from kg.pipeline.annotate.rules import RuleAnnotator
from kg.pipeline.annotate.rules.names import _verb_like
from kg.pipeline.annotate.rules.spans import _is_particle
from kg.pipeline.annotate.tokens import Token
from kg.pipeline.text.document import Document

# quantity words: a name never ends with one (ثلاثة، مليون، بعض)
QUANTITIES = frozenset(
    {
        "واحد",
        "اثنين",
        "اثنان",
        "ثلاث",
        "ثلاثه",
        "اربع",
        "اربعه",
        "خمس",
        "خمسه",
        "ست",
        "سته",
        "سبع",
        "سبعه",
        "ثماني",
        "ثمانيه",
        "تسع",
        "تسعه",
        "عشر",
        "عشره",
        "مئه",
        "مائه",
        "الف",
        "الاف",
        "مليون",
        "ملايين",
        "مليار",
        "بعض",
        "كل",
        "عده",
        "عدد",
        "معظم",
        "اغلب",
        "جميع",
    }
)
_CLITICS = ("و", "ف", "ب", "ل", "ك")
_DOMAINS = {"Politician": "politics", "Athlete": "sport"}


def stops_name(tok: Token, lex: Lexicon) -> bool:
    """A word that cannot stand at the edge of a name: punctuation or a hashtag, a digit, a
    preposition or particle, a verb, a reporting cue, a quantity word."""
    form = tok.form
    if not tok.is_word or form.isdigit() or any(c.isdigit() for c in form) or "#" in tok.raw:
        return True
    if form in lex.first_names or form in NAME_CONNECTORS:
        return False
    if _is_particle(tok) or _verb_like(tok) or form in IMPERSONAL_VERBS:
        return True
    if form in UNNAMED_SOURCES or form in QUANTITIES:
        return True
    readings = clitic_readings(form)
    if any(f in lex.stopwords or f in QUANTITIES for _, f in readings):
        return True
    found = lex.match([form], 0)
    if found is not None and found[2].kind in (Kind.CUE, Kind.TITLE, Kind.HONORIFIC):
        return True
    # an imperfect verb the news uses (يقول، تعتبر): a common word behind ي/ت/ن
    return form[:1] in "يتن" and len(form) >= 4 and form in lex.common_words


def clean_name(
    toks: list[Token],
    i: int,
    j: int,
    covered: list[bool],
    lex: Lexicon,
    stops: Callable[[str, bool], bool] | None = None,
) -> tuple[int, int]:
    """The name inside tokens [i, j) once its edges are cleaned: no covered word, no word
    that `stops_name` (or `stops(form, first)`, the rules' own test), no connector left
    dangling at the end; (i, i) when nothing is left. A word inside the name that stops
    it cuts the name there (`جون كيري قال` -> `جون كيري`)."""

    def stop(k: int, first: bool) -> bool:
        return (
            covered[k]
            or stops_name(toks[k], lex)
            or (stops is not None and stops(toks[k].form, first))
        )

    while i < j and stop(i, True):
        i += 1
    end = i
    while end < j and not stop(end, end == i):
        end += 1
    while end > i and toks[end - 1].form in NAME_CONNECTORS:
        end -= 1
    if end - i > 5:
        return i, i  # longer than any name a reader writes in news
    if end - i == 1 and _weak_alone(toks[i].form, lex):
        return i, i
    return i, end


def _weak_alone(form: str, lex: Lexicon) -> bool:
    """A word that is no name on its own: a given name without its surname (`حسن)
    روحاني`), a common word in any clitic reading (`والافريقية`)."""
    return any(
        f in lex.first_names or f in lex.common_words or f.removeprefix("ال") in lex.common_words
        for _, f in clitic_readings(form)
    )


def clitic_prefix(tok: Token, lex: Lexicon, counts: Mapping[str, int]) -> int:
    """Characters of a conjunction or preposition in front of a name's first word
    (`وكيري`، `لبوتين`), when the word without them is a name the article or the lexicon
    knows; 0 otherwise."""
    form = tok.form
    if form in lex.first_names or not form.startswith(_CLITICS):
        return 0
    for prefix, rest in clitic_readings(form)[1:]:
        bare = rest.removeprefix("ال")
        if rest in lex.first_names or (bare,) in lex.people or counts.get(bare, 0) > 0:
            return prefix
    return 0


class LearnedAnnotator(RuleAnnotator):
    """`ner`: the rules, plus people's names the CRF tagger finds where no rule did."""

    name = "ner"

    def __init__(self, lexicon: Lexicon | None = None, tagger: NameTagger | None = None) -> None:
        super().__init__(lexicon)
        self.tagger = tagger or default_tagger()
        self._document: Document | None = None

    def annotate(self, document: Document) -> Annotation:
        self._document = document
        try:
            return super().annotate(document)
        finally:
            self._document = None

    def _learned_people(
        self, toks: list[Token], covered: list[bool]
    ) -> list[tuple[int, int, int, dict[str, str]]]:
        if self._document is None:
            return []
        out = []
        for span in self.tagger.tag_document(self._document, toks, covered):
            if span.kind != "PER":
                continue
            i, j = clean_name(toks, span.i, span.j, covered, self.lexicon, self._stops)
            if j == i:
                continue
            attrs = {"domain": _DOMAINS[span.fine]} if span.fine in _DOMAINS else {}
            out.append((i, j, clitic_prefix(toks[i], self.lexicon, self._counts), attrs))
            covered[i:j] = [True] * (j - i)
        return out
