"""A statistical name recogniser: a CRF over folded tokens, lexicon membership as features.

Trained on NewsFANE Gold (`kg train-ner`, see kg/pipeline/annotate/ner_train.py) with clitics put
back on their words, so it reads the annotator's own tokens (`kg.annotate.tokens`). It
tags person, organisation, country and place names (`PER`, `ORG`, `GPE`, `LOC`), the
person's domain (`Politician`, `Athlete`) and a club (`Sports`) kept as a fine class.
Lexicons and rules still decide posts, cues and references; the tagger only proposes
name spans.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from kg.errors import AnnotatorError
from kg.pipeline.annotate.arabic import NAME_CONNECTORS, PRONOUN_SUFFIXES
from kg.pipeline.annotate.lexicon import Lexicon, clitic_readings, default_lexicon
from kg.pipeline.annotate.model import Kind
from kg.pipeline.annotate.ner_decode import Decoder, read_crf
from kg.pipeline.annotate.tokens import Token
from kg.pipeline.text.document import Document

MODEL = Path(str(resources.files("kg") / "data" / "ner" / "ner.crfsuite"))
# word clusters learned without labels (scripts/build_word_clusters.py): word -> bit path
CLUSTERS = Path(str(resources.files("kg") / "data" / "ner" / "clusters.tsv.gz"))
CLUSTER_PREFIXES = (4, 6, 8)  # and the whole path

KINDS = {"PER": Kind.PERSON, "ORG": Kind.ORGANISATION, "GPE": Kind.COUNTRY, "LOC": Kind.PLACE}
_LEX_KINDS = {
    Kind.TITLE: "TITLE",
    Kind.HONORIFIC: "HON",
    Kind.CUE: "CUE",
    Kind.COUNTRY: "GPE",
    Kind.NATIONALITY: "NAT",
    Kind.ORGANISATION: "ORG",
    Kind.PLACE: "LOC",
}


@dataclass(frozen=True)
class NameSpan:
    """Tokens [i, j) tagged as a name of `kind` (PER, ORG, GPE, LOC); `fine` the kept class."""

    i: int
    j: int
    kind: str
    fine: str = ""


@cache
def word_clusters(path: Path | None = None) -> dict[str, str]:
    """Each frequent word's cluster, a path of bits (`scripts/build_word_clusters.py`);
    empty without the file. `path`: another cluster file (default `CLUSTERS`)."""
    import gzip

    path = CLUSTERS if path is None else path
    if not path.is_file():
        return {}
    out: dict[str, str] = {}
    for line in gzip.decompress(path.read_bytes()).decode().splitlines():
        word, _, bits = line.partition("\t")
        out[word] = bits
    return out


def _cluster_features(form: str, readings: Sequence[tuple[int, str]]) -> list[str]:
    """The prefixes of the word's cluster path (or of its first clitic reading that has
    one): words used alike share them, so a name the training data never saw looks like
    the names it did."""
    clusters = word_clusters()
    bits = clusters.get(form)
    if bits is None:
        bits = next((clusters[r] for _, r in readings[1:] if r in clusters), None)
    if bits is None:
        return ["c:none"]
    return [*(f"c{n}={bits[:n]}" for n in CLUSTER_PREFIXES if len(bits) > n), "c=" + bits]


def _lexicon_tags(forms: Sequence[str], lex: Lexicon) -> list[str]:
    """B-/I- and the lexicon kind of the longest phrase over each token, or ''."""
    tags = [""] * len(forms)
    tokens = list(forms)
    i = 0
    while i < len(forms):
        found = lex.match(tokens, i) if forms[i][:1].isalnum() else None
        if found is None or found[2].kind not in _LEX_KINDS:
            i += 1
            continue
        name = _LEX_KINDS[found[2].kind]
        tags[i] = "B" + name
        for k in range(i + 1, i + found[1]):
            tags[k] = "I" + name
        i += found[1]
    return tags


def _word_features(
    form: str, lex: Lexicon, clusters: bool = False, trigrams: bool = False
) -> list[str]:
    """What one token says about itself: spelling, affixes, stems and lexicon membership;
    with `clusters`, its word cluster (`_cluster_features`); with `trigrams`, its letter
    trigrams (`_letter_trigrams`)."""
    if not form[:1].isalnum():
        return ["punct", "p=" + form]
    if form.isdigit():
        return ["digit"]
    bare = form[2:] if form.startswith("ال") and len(form) > 3 else form
    feats = [
        "w=" + form,
        "b=" + bare,
        "p2=" + form[:2],
        "p3=" + form[:3],
        "s2=" + form[-2:],
        "s3=" + form[-3:],
        "len=" + str(min(len(form), 8)),
    ]
    if form.isascii():
        feats.append("latin")
    if form.startswith("ال"):
        feats.append("al")
    readings = clitic_readings(form)
    if clusters:
        feats += _cluster_features(form, readings)
    for prefix, rest in readings[1:3]:
        feats.append("r=" + rest)
        if rest in lex.first_names:
            feats.append("r:fn")
        if rest.startswith("ال"):
            feats.append("r:al")
        feats.append("pre=" + form[:prefix])
    for suffix in PRONOUN_SUFFIXES:
        if form.endswith(suffix) and len(form) - len(suffix) >= 3:
            feats.append("e=" + form[: -len(suffix)])
            break
    if form in lex.first_names:
        feats.append("fn")
    if form in lex.common_words:
        feats.append("cw")
    if any(f in lex.stopwords for _, f in readings):
        feats.append("sw")
    if form in NAME_CONNECTORS:
        feats.append("conn")
    if (bare,) in lex.people:
        feats.append("known")
    if not any(
        f in lex.common_words or f in lex.stopwords or f in lex.first_names or f in lex.known_words
        for _, f in readings
    ):
        feats.append("oov")  # a word no lexicon knows, in any clitic reading: often a name
    if trigrams:
        feats += _letter_trigrams(bare)
    return feats


def _letter_trigrams(bare: str) -> list[str]:
    """The word's letter trigrams, its edges marked (`^لو`، `وف$`): a name seen nowhere in
    training shares its letters' patterns with names that were (transliterated foreign
    names: `-سكي`، `-فيتش`، `جي-`), which the word, its fixed-length affixes and its stems
    do not tell the model. Sorted, each once. A training option (round 11,
    kg/data/ner/README.md): +1.2 points of held-out PER F1, within noise; not shipped."""
    edged = "^" + bare + "$"
    return sorted({"g=" + edged[k : k + 3] for k in range(len(edged) - 2)})


_NEIGHBOUR_KEEP = (
    "w=",
    "r=",
    "fn",
    "cw",
    "sw",
    "conn",
    "punct",
    "p=",
    "al",
    "digit",
    "known",
    "r:fn",
    "oov",
    "doc:",
    "c",  # cluster prefixes (c4= ... c:none); also cw and conn
)


def document_context(
    sentences: Iterable[Sequence[str]],
    lex: Lexicon | None = None,
    lexicon_tags: Sequence[Sequence[str]] | None = None,
) -> dict[str, set[str]]:
    """What the rest of the document says about a word (by its clitic-free forms): it
    follows a given name somewhere (`دونالد ترامب` ... `ترامب`), or a post or honorific.
    `lexicon_tags`: each sentence's `_lexicon_tags`, when already known."""
    lex = lex or default_lexicon()
    context: dict[str, set[str]] = {}
    for n, forms in enumerate(sentences):
        tags = _lexicon_tags(forms, lex) if lexicon_tags is None else lexicon_tags[n]
        for k in range(1, len(forms)):
            form = forms[k]
            if not form[:1].isalpha() or form in lex.common_words or form in lex.stopwords:
                continue
            flags = set()
            if forms[k - 1] in lex.first_names:
                flags.add("after_fn")
            if tags[k - 1][1:] in ("TITLE", "HON") and not tags[k].startswith("I"):
                flags.add("after_title")
            if flags:
                context.setdefault(_bare(form), set()).update(flags)
    return context


def _bare(form: str) -> str:
    return form[2:] if form.startswith("ال") and len(form) > 3 else form


@lru_cache(maxsize=1 << 17)
def _bare_readings(form: str) -> tuple[str, ...]:
    """`_bare` of each clitic reading of `form`, in reading order (memoised per form: the
    document flags and the alias links read every token's)."""
    return tuple(_bare(reading) for _, reading in clitic_readings(form))


_MEMO_SIZE = 30_000  # entries remembered per lexicon and model (an article has ~500 forms)
_OFFSETS = (-2, -1, 1, 2)
_EDGES = tuple((f"{d}:BOS",) if d < 0 else (f"{d}:EOS",) for d in _OFFSETS)
# a word that may be (part of) a name: no lexicon knows it, a given name, a known person
_CANDIDATE = frozenset({"oov", "fn", "r:fn", "known"})


def _entry_features(
    form: str,
    tag: str,
    flags: tuple[str, ...],
    lex: Lexicon,
    clusters: bool = False,
    trigrams: bool = False,
) -> tuple[tuple[str, ...], list[str], bool]:
    """A token's own features (form, lexicon tag, document flags), the features it tells
    its neighbours (each read with the neighbour's offset in front, `-1:w=...`), and whether
    it may be part of a name."""
    word = _word_features_memo(form, lex, clusters, trigrams)
    extra = ["doc:" + f for f in flags]
    keep = [f for f in word if f.startswith(_NEIGHBOUR_KEEP)] + extra
    lexed = ["lex=" + tag] if tag else []
    own = ("bias", *word, *extra, *lexed)
    return own, keep + lexed, bool(flags) or not _CANDIDATE.isdisjoint(word)


_WORDS: dict[tuple[int, bool, bool], tuple[Lexicon, dict[str, list[str]]]] = {}


def _word_features_memo(
    form: str, lex: Lexicon, clusters: bool = False, trigrams: bool = False
) -> list[str]:
    """`_word_features`, memoised per lexicon (a form recurs with other tags and flags)."""
    held = _WORDS.get((id(lex), clusters, trigrams))
    if held is None or held[0] is not lex:
        held = _WORDS[(id(lex), clusters, trigrams)] = (lex, {})
    memo = held[1]
    found = memo.get(form)
    if found is None:
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        found = memo[form] = _word_features(form, lex, clusters, trigrams)
    return found


def _doc_flags(form: str, context: dict[str, set[str]] | None) -> tuple[str, ...]:
    """What the document says of a word (by its clitic readings), sorted."""
    if not context or not form[:1].isalpha():
        return ()
    flags: set[str] = set()
    for bare in _bare_readings(form):
        found = context.get(bare)
        if found:
            flags |= found
    return tuple(sorted(flags))


def features(
    forms: Sequence[str],
    lex: Lexicon | None = None,
    context: dict[str, set[str]] | None = None,
    clusters: bool = False,
    trigrams: bool = False,
) -> list[list[str]]:
    """CRF features of each token of a sentence (folded forms, `kg.normalize.fold`), the
    strings crfsuite trains on; `context` is `document_context` of the sentence's document;
    with `clusters`, word clusters too; with `trigrams`, letter trigrams. Tagging does not
    build these strings (`NameTagger` sums the model's weights per entry)."""
    lex = lex or default_lexicon()
    tags = _lexicon_tags(forms, lex)
    flags = {f: _doc_flags(f, context) for f in set(forms)} if context else {}
    own: list[tuple[str, ...]] = []
    seen: list[tuple[tuple[str, ...], ...]] = []
    for key in zip(forms, tags, [flags.get(f, ()) for f in forms], strict=True):
        mine, told, _ = _entry_features(*key, lex, clusters, trigrams)
        own.append(mine)
        seen.append(tuple(tuple([f"{d}:{f}" for f in told]) for d in _OFFSETS))
    out: list[list[str]] = []
    # at index k, what the neighbour at offset -2, -1, 1, 2 tells token k (the sentence's
    # edge beyond its ends)
    before2 = [_EDGES[0], _EDGES[0], *(s[0] for s in seen)]
    before1 = [_EDGES[1], *(s[1] for s in seen)]
    after1 = [*(s[2] for s in seen[1:]), _EDGES[2]]
    after2 = [*(s[3] for s in seen[2:]), _EDGES[3], _EDGES[3]]
    for k in range(len(forms)):
        feats = [*own[k], *before2[k], *before1[k], *after1[k], *after2[k]]
        if k > 0:
            feats.append("bi=" + forms[k - 1] + "|" + forms[k])
        out.append(feats)
    return out


def spans(labels: Sequence[str]) -> list[NameSpan]:
    """Name spans of a BIO or BILOU label sequence (`B-PER.Politician`, `I-PER`, `L-PER`,
    `U-GPE`...); an I- or L- label that continues no span of its kind starts one, a span
    ends after its L- or U- label."""
    found: list[NameSpan] = []
    start, current, closed = -1, "", False
    for k, label in enumerate([*labels, "O"]):
        bio, _, tail = label.partition("-")
        kind = tail.split(".")[0]
        inside = bio in ("I", "L") and not closed
        if current and (not inside or kind != current.split(".")[0]):
            coarse, _, fine = current.partition(".")
            found.append(NameSpan(start, k, coarse, fine))
            current = ""
        if bio in ("B", "U") or (bio in ("I", "L") and not current):
            start, current = k, tail
        closed = bio in ("L", "U")
    return found


def labels_of(found: Sequence[NameSpan], n: int) -> list[str]:
    """BIO labels of n tokens from spans (the inverse of `spans`)."""
    labels = ["O"] * n
    for span in found:
        tail = f"{span.kind}.{span.fine}" if span.fine else span.kind
        labels[span.i] = "B-" + tail
        for k in range(span.i + 1, span.j):
            labels[k] = "I-" + tail
    return labels


def _alias_forms(sentences: Sequence[Sequence[str]], found: Sequence[Sequence[NameSpan]]):
    """Name forms to find again: each person's full name and its surname (not the last
    part of a patronymic, not a word of two letters), with the fine class."""
    aliases: dict[tuple[str, ...], str] = {}
    for forms, spans_ in zip(sentences, found, strict=True):
        for span in spans_:
            if span.kind != "PER":
                continue
            parts = tuple(_bare(f) for f in forms[span.i : span.j])
            aliases.setdefault(parts, span.fine)
            patronymic = len(parts) >= 2 and parts[-2] in NAME_CONNECTORS
            if len(parts) >= 2 and len(parts[-1]) >= 3 and not patronymic:
                aliases.setdefault(parts[-1:], span.fine)
    return aliases


def link_aliases(
    sentences: Sequence[Sequence[str]],
    found: Sequence[Sequence[NameSpan]],
    lex: Lexicon | None = None,
) -> list[list[NameSpan]]:
    """Later mentions of a person named in the document (`نجاد` after `أحمدي نجاد`,
    `وبري` after `نبيه بري`) become person spans too, clitics allowed in front."""
    lex = lex or default_lexicon()
    aliases = _alias_forms(sentences, found)
    if not aliases:
        return [list(spans_) for spans_ in found]
    longest = max(len(a) for a in aliases)
    heads = {a[0] for a in aliases}
    out: list[list[NameSpan]] = []
    for forms, spans_ in zip(sentences, found, strict=True):
        taken = [False] * len(forms)
        for span in spans_:
            taken[span.i : span.j] = [True] * (span.j - span.i)
        added = list(spans_)
        k = 0
        while k < len(forms):
            hit = 0
            if not taken[k] and not heads.isdisjoint(_bare_readings(forms[k])):
                hit = _alias_at(forms, k, aliases, longest, taken, lex)
            if hit:
                parts = tuple(_bare(f) for f in forms[k + 1 : k + hit])
                head = next(
                    r for _, r in clitic_readings(forms[k]) if (_bare(r), *parts) in aliases
                )
                added.append(NameSpan(k, k + hit, "PER", aliases[(_bare(head), *parts)]))
                k += hit
                continue
            k += 1
        out.append(sorted(added, key=lambda s: s.i))
    return out


def _alias_at(forms, k, aliases, longest, taken, lex) -> int:  # noqa: ANN001
    for n in range(min(longest, len(forms) - k), 0, -1):
        if any(taken[k : k + n]):
            continue
        rest = tuple(_bare(f) for f in forms[k + 1 : k + n])
        for _, reading in clitic_readings(forms[k]):
            if n == 1 and (reading in lex.common_words or reading in lex.stopwords):
                continue  # a surname that is also a common word is no evidence alone
            if (_bare(reading), *rest) in aliases:
                return n
    return 0


def _pair_heads(attributes: Iterable[str]) -> frozenset[str]:
    """Every first word of a word pair (`bi=first|second`) among `attributes`; a pair's
    words may hold `|` themselves, so each split of the pair is taken: a word not in the set
    starts no pair the model weighs."""
    heads: set[str] = set()
    for name in attributes:
        if name.startswith("bi="):
            pair = name[3:]
            at = pair.find("|")
            while at >= 0:
                heads.add(pair[:at])
                at = pair.find("|", at + 1)
    return frozenset(heads)


class NameTagger:
    """The CRF model, opened once; `tag` labels a sentence of folded tokens. Decoding is
    `ner_decode`'s (crfsuite's labels from the model's weights): each distinct (form, lexicon
    tag, document flags) is scored once per process, not per occurrence."""

    def __init__(self, path: str | Path = MODEL, lexicon: Lexicon | None = None) -> None:
        if not Path(path).is_file():
            raise AnnotatorError(f"{path}: no name model; run `kg train-ner`")
        self.lexicon = lexicon or default_lexicon()
        self._decoder = Decoder(read_crf(path))
        # a model trained with word clusters weighs some word's whole cluster path
        self.clusters = any(a.startswith("c=") for a in self._decoder.crf.state)
        # and one trained with letter trigrams, some trigram
        self.trigrams = any(a.startswith("g=") for a in self._decoder.crf.state)
        self._pair_heads = _pair_heads(self._decoder.crf.state)
        self._ids: dict[tuple[str, str, tuple[str, ...]], int] = {}
        self._candidate = [False] * len(self._decoder)  # by entry id: may be in a name

    def _forget(self) -> None:
        """Start the entries anew when they are many (between documents, never within)."""
        if len(self._ids) >= _MEMO_SIZE:
            self._ids.clear()
            self._decoder.reset()
            self._candidate = [False] * len(self._decoder)

    def _entry_ids(
        self, forms: Sequence[str], tags: Sequence[str], flags: dict[str, tuple[str, ...]]
    ) -> list[int]:
        """Each token's decoder entry (`flags` holds every form), made when first seen."""
        keys = list(zip(forms, tags, map(flags.__getitem__, forms), strict=True))
        out = list(map(self._ids.get, keys))
        for k in [k for k, found in enumerate(out) if found is None] if None in out else ():
            found = self._ids.get(keys[k])  # the same new key earlier in the sentence
            if found is None:
                own, told, candidate = _entry_features(
                    *keys[k], self.lexicon, self.clusters, self.trigrams
                )
                found = self._ids[keys[k]] = self._decoder.entry(own, told)
                self._candidate.append(candidate)
            out[k] = found
        return out  # type: ignore[return-value]

    def _pairs(self, forms: Sequence[str]) -> list[tuple[int, object]]:
        """The tokens whose word pair with the word before (`bi=`) the model weighs."""
        pair, heads = self._decoder.pair, self._pair_heads
        found = [
            (k, pair("bi=" + forms[k - 1] + "|" + forms[k]))
            for k in range(1, len(forms))
            if forms[k - 1] in heads  # most words start no pair the model weighs
        ]
        return [(k, weights) for k, weights in found if weights is not None]

    def decode(
        self, sentences: Sequence[Sequence[str]], ids: Sequence[Sequence[int]]
    ) -> list[list[str]]:
        """Labels of sentences of folded forms with their entry ids."""
        return self._decoder.decode(ids, [self._pairs(forms) for forms in sentences])

    def labels(self, forms: Sequence[str], context: dict[str, set[str]] | None = None) -> list[str]:
        """Labels of the sentence's tokens."""
        self._forget()
        tags = _lexicon_tags(forms, self.lexicon)
        flags = {f: _doc_flags(f, context) for f in set(forms)}
        return self.decode([forms], [self._entry_ids(forms, tags, flags)])[0]

    def tag(
        self, forms: Sequence[str], context: dict[str, set[str]] | None = None
    ) -> list[NameSpan]:
        return spans(self.labels(forms, context))

    def tag_document(
        self, document: Document, toks: Sequence[Token], covered: Sequence[bool] | None = None
    ) -> list[NameSpan]:
        """Name spans over a document's tokens (indices into `toks`), sentence by sentence.
        With `covered` (tokens the rules took), a sentence is tagged only when a word no
        rule took may be part of a name (no lexicon knows it, a given name, a known person,
        a word the document shows after a given name or post): most sentences hold none,
        and tagging them is the tagger's main cost. Later mentions of the names found are
        linked in every sentence."""
        runs: list[tuple[int, list[str]]] = []
        k = 0
        for sentence in document.sentences or []:
            start = k
            while k < len(toks) and toks[k].start < sentence.end:
                k += 1
            if k > start and not sentence.noise:
                runs.append((start, [t.form for t in toks[start:k]]))
        sentences = [forms for _, forms in runs]
        lex = self.lexicon
        tags = [_lexicon_tags(forms, lex) for forms in sentences]
        context = document_context(sentences, lex, tags)
        flags = {f: _doc_flags(f, context) for f in {f for s in sentences for f in s}}
        self._forget()
        chosen: list[int] = []
        ids: list[list[int]] = []
        candidate = self._candidate
        for n, ((start, forms), tags_) in enumerate(zip(runs, tags, strict=True)):
            found = self._entry_ids(forms, tags_, flags)
            if covered is not None and not any(
                candidate[e] and not covered[start + m] for m, e in enumerate(found)
            ):
                continue
            chosen.append(n)
            ids.append(found)
        tagged: list[list[NameSpan]] = [[] for _ in runs]
        labelled = self.decode([sentences[n] for n in chosen], ids) if chosen else []
        for n, labels in zip(chosen, labelled, strict=True):
            tagged[n] = spans(labels)
        tagged = link_aliases(sentences, tagged, lex)
        out: list[NameSpan] = []
        for (start, _), spans_ in zip(runs, tagged, strict=True):
            for span in spans_:
                out.append(NameSpan(span.i + start, span.j + start, span.kind, span.fine))
        return out


@cache
def default_tagger() -> NameTagger:
    """The shipped model (opened once per process)."""
    return NameTagger()
