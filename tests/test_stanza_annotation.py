"""The stanza annotator without models: real stanza Documents read from hand-annotated
CoNLL-U of article sentences (tests/fixtures/stanza/), converted and extracted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("stanza")
from stanza.utils.conll import CoNLL  # noqa: E402

from kg.eval.evaluate import role_rows, statement_rows  # noqa: E402
from kg.eval.gold import Gold  # noqa: E402
from kg.pipeline.annotate.model import Annotation, Kind, Mention  # noqa: E402
from kg.pipeline.annotate.rules import RuleAnnotator  # noqa: E402
from kg.pipeline.annotate.stanza import doc_to_annotation, merge_mentions  # noqa: E402
from kg.pipeline.extract import extract  # noqa: E402
from kg.pipeline.text.document import Document, make_document  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures" / "stanza"
NAMES = ["ar-news-001-kerry", "ar-news-002-muallem", "ar-news-002-nauert"]
ROOT = Path(__file__).resolve().parent.parent
SHARED = next(
    (p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()), None
)


def stanza_doc(name: str):  # noqa: ANN201 - stanza.Document
    return CoNLL.conll2doc(input_file=str(FIXTURES / f"{name}.conllu"), reconstruct_text=True)


def annotate(name: str, document: Document | None = None) -> Annotation:
    doc = stanza_doc(name)
    document = document or make_document(doc.text, name=f"{name}.txt")
    return doc_to_annotation(doc, document, RuleAnnotator().annotate(document).mentions)


def word_texts(annotation: Annotation) -> list[str]:
    return [annotation.document.text[w.start : w.end] for w in annotation.words]


# -- conversion -------------------------------------------------------------------------


def test_words_offsets_lemmas_and_heads() -> None:
    annotation = annotate("ar-news-001-kerry")
    words = annotation.words
    assert annotation.annotator == "stanza" and annotation.parsed
    assert [w.text for w in words[:4]] == ["و", "قال", "كيري", "إن"]
    # the multi-word token وقال: two words, one token, each with its own characters
    assert [(w.start, w.end, w.token) for w in words[:2]] == [(0, 1, 0), (1, 4, 0)]
    assert word_texts(annotation)[:3] == ["و", "قال", "كيري"]
    qal, kerry = words[1], words[2]
    assert (qal.head, qal.deprel, qal.upos, qal.lemma) == (-1, "root", "VERB", "قال")
    assert (kerry.head, kerry.deprel) == (1, "nsubj")
    # heads index the document's words: the second sentence's root is its own verb
    second_root = next(i for i, w in enumerate(words) if w.text == "أكد")
    assert words[second_root].head == -1
    assert all(words[w.head].token <= w.token + 10 for w in words if w.head and w.head >= 0)
    for word, text in zip(words, word_texts(annotation), strict=True):
        assert text == word.text


def test_offsets_into_the_whole_article() -> None:
    doc = stanza_doc("ar-news-002-nauert")
    text = "وتحدثت الأنباء عن اجتماع.\n" + doc.text + "\nمشاركة :"  # the excerpt inside
    annotation = doc_to_annotation(doc, make_document(text), [])
    assert word_texts(annotation)[4:6] == ["قالت", "المتحدثة"]
    assert annotation.words[4].start == text.index("قالت")
    person = next(m for m in annotation.mentions if m.kind is Kind.PERSON)
    assert (person.text, person.start) == ("هيذر ناورت", text.index("هيذر ناورت"))


def test_alignment_when_stanza_text_differs() -> None:
    doc = stanza_doc("ar-news-001-kerry")
    text = doc.text.replace(" ", "  ").replace(". ", ".\n")  # different spacing
    annotation = doc_to_annotation(doc, make_document(text), [])
    for word in annotation.words:
        if word.text in {"قال", "كيري", "الكل"}:
            assert text[word.start : word.end] == word.text
    assert [m.text for m in annotation.mentions if m.kind is Kind.PERSON] == ["كيري"]


def test_entities_become_typed_mentions() -> None:
    annotation = annotate("ar-news-002-muallem")
    by_text = {m.text: m for m in annotation.mentions}
    # stanza's people, whatever the lexicons know
    for name in ("وليد المعلم", "سيرغي لافروف", "المعلم"):
        assert by_text[name].kind is Kind.PERSON and by_text[name].source == "stanza"
    # the lexicon's kinds and keys win where they cover an entity
    assert by_text["سورية"].kind is Kind.COUNTRY and by_text["سورية"].source == "lexicon"
    assert by_text["جبهة النصرة"].kind is Kind.ORGANISATION
    # a place the lexicons lack is a place; the governor-title misreading inside it is gone
    assert by_text["محافظة إدلب"].kind is Kind.PLACE
    assert not any(m.kind is Kind.TITLE and m.text == "محافظة" for m in annotation.mentions)
    assert not any(m.kind is Kind.PERSON and m.text == "إدلب" for m in annotation.mentions)
    # the lexicon's posts, cues, nationalities and references stay
    kinds = {m.text: m.kind for m in annotation.mentions}
    assert kinds["وزير الخارجية"] is Kind.TITLE
    assert kinds["قال"] is Kind.CUE
    assert kinds["السوري"] is Kind.NATIONALITY
    assert kinds["نظيره"] is Kind.REFERENCE


def test_a_name_without_clitic_and_unknown_to_the_lexicons() -> None:
    conllu = "\n".join(
        [
            "# text = وأضاف ولافروف.",
            "1-2\tوأضاف\t_\t_\t_\t_\t_\t_\t_\t_",
            "1\tو\tو\tCCONJ\t_\t_\t2\tcc\t_\t_",
            "2\tأضاف\tأضاف\tVERB\t_\t_\t0\troot\t_\t_",
            "3-4\tولافروف\t_\t_\t_\t_\t_\t_\t_\tner=S-PER|SpaceAfter=No",
            "3\tو\tو\tCCONJ\t_\t_\t4\tcc\t_\t_",
            "4\tلافروف\tلافروف\tPROPN\t_\t_\t2\tconj\t_\t_",
            "5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_",
            "",
        ]
    )
    doc = CoNLL.conll2doc(input_str=conllu, reconstruct_text=True)
    annotation = doc_to_annotation(doc, make_document(doc.text), [])
    (person,) = annotation.mentions
    assert (person.kind, person.text, person.start) == (Kind.PERSON, "لافروف", 7)


def test_stanza_people_win_over_rule_people_and_lose_posts() -> None:
    text = "وقال وزير الخارجية جون كيري"
    title = Mention(Kind.TITLE, 5, 18, "وزير الخارجية", "وزير", "وزير الخارجية")
    rule_person = Mention(Kind.PERSON, 19, 22, "جون", source="rule:title")
    stanza_person = Mention(Kind.PERSON, 5, 27, text[5:], source="stanza")
    merged = merge_mentions([title, rule_person], [stanza_person])
    people = [m for m in merged if m.kind is Kind.PERSON]
    assert [(p.text, p.start, p.source) for p in people] == [("جون كيري", 19, "stanza")]
    assert title in merged


# -- extraction over the parse: the gold facts of these sentences ------------------------


@pytest.mark.parametrize("name", NAMES)
def test_extraction_matches_gold(name: str) -> None:
    gold = Gold.load(FIXTURES / f"{name}.gold.json")
    extraction = extract(annotate(name))
    roles, statements = role_rows(extraction), statement_rows(extraction)
    for row in gold.roles:
        assert any(gold.role_ok(r, row) for r in roles), (row, roles)
    for row in gold.statements:
        assert any(gold.statement_ok(s, row) for s in statements), (row, statements)
    for r in roles:
        assert any(gold.role_ok(r, row) for row in gold.roles), r
    for s in statements:
        assert any(gold.statement_ok(s, row) for row in gold.statements), s


def test_speaker_and_position_come_from_the_parse() -> None:
    extraction = extract(annotate("ar-news-001-kerry"))
    said, stressed = extraction.statements
    assert said.evidence.rule == "statement:parse"
    assert said.speaker.label == "كيري"
    text = extraction.document.text
    assert text[said.position_start : said.position_end] == said.position
    assert said.position == "الولايات المتحدة تريد التوصل إلى خطة دبلوماسية مستقبلية"
    # no subject in the parse (وأكد أن ...): the surface rules resolve the implicit speaker
    assert stressed.evidence.rule != "statement:parse"
    assert stressed.speaker.key == said.speaker.key
    assert stressed.position == "الكل يعمل تحت ضغط الوضع الملح"


def test_position_without_complementiser_and_speaker_through_post() -> None:
    extraction = extract(annotate("ar-news-002-nauert"))
    (statement,) = extraction.statements
    assert statement.evidence.rule == "statement:parse"
    assert statement.speaker.label == "هيذر ناورت"  # nsubj المتحدثة → the post's holder
    assert statement.position.startswith("هناك مؤشرات")


def test_rules_annotation_is_unparsed_and_unaffected() -> None:
    doc = stanza_doc("ar-news-002-nauert")
    annotation = RuleAnnotator().annotate(make_document(doc.text))
    assert not annotation.parsed
    assert all(s.evidence.rule != "statement:parse" for s in extract(annotation).statements)


# -- the fixtures are real article text and real gold ------------------------------------


@pytest.mark.skipif(SHARED is None, reason="the shared articles and gold are not on this machine")
@pytest.mark.parametrize("name", NAMES)
def test_fixtures_are_verbatim_articles_and_gold(name: str) -> None:
    assert SHARED is not None
    expected = json.loads((FIXTURES / f"{name}.gold.json").read_text(encoding="utf-8"))
    article = (SHARED / "articles" / expected["document"]).read_text(encoding="utf-8")
    assert stanza_doc(name).text in article
    gold = json.loads(
        (SHARED / "gold" / expected["document"].replace(".txt", ".json")).read_text("utf-8")
    )
    for key in ("roles", "statements"):
        for row in expected[key]:
            assert row in gold[key]
