"""Issue 8, inputs: every kind of messy article has a defined behaviour, exit code and message."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from rdflib import Dataset
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import InputError
from kg.eval.evaluate import role_rows, statement_rows
from kg.pipeline.pipeline import process
from kg.pipeline.text.decode import decode_bytes
from kg.pipeline.text.document import make_document, read_article
from kg.pipeline.text.html import html_to_text, looks_like_html
from kg.pipeline.text.normalize import fold

EXAMPLE = Path(__file__).parent.parent / "examples" / "ar-news-001.txt"
ARTICLE = EXAMPLE.read_text(encoding="utf-8")
runner = CliRunner()


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _build(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["build", "--quiet", *args])
    return result.exit_code, result.output


def _graph(path: Path) -> Dataset:
    return Dataset(default_union=True).parse(path, format="trig")


def _triples(path: Path) -> int:
    return sum(1 for _ in _graph(path).quads((None, None, None, None)))


# Empty, whitespace, binary --------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n  \n"])
def test_empty_article_is_an_empty_graph_and_a_warning(tmp_path: Path, content: bytes) -> None:
    article = _write(tmp_path, "empty.txt", content)
    out = tmp_path / "out.trig"
    code, output = _build(str(article), "-o", str(out))
    assert code == 0
    assert output == (
        f"Warning: {article}: empty article: nothing to extract, the graph has no facts from it\n"
    )
    assert _triples(out) == 0


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4,
        bytes(range(1, 32)) * 50,  # no NUL byte, but control characters throughout
    ],
    ids=["png", "control-bytes"],
)
def test_binary_file_is_refused_and_no_output_is_left(tmp_path: Path, data: bytes) -> None:
    article = _write(tmp_path, "photo.txt", data)
    out = tmp_path / "out.ttl"
    code, output = _build(str(article), "-o", str(out))
    assert (code, output) == (1, f"Error: {article}: not a text file (binary data)\n")
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [article]  # no temporary file either


def test_failed_build_leaves_the_previous_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "graph.ttl"
    out.write_text("previous graph\n", encoding="utf-8")
    bad = _write(tmp_path, "bad.txt", b"\x00\x01\x02binary")
    code, _ = _build(str(bad), "-o", str(out))
    assert code == 1
    assert out.read_text(encoding="utf-8") == "previous graph\n"


# Encodings ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
        ARTICLE.encode("utf-16"),  # with BOM, native order
        codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"),
        ARTICLE.encode("utf-16-le"),  # no BOM: recognised by its text
        ARTICLE.encode("utf-16-be"),
        ARTICLE.encode("cp1256", errors="replace"),  # Windows Arabic
    ],
    ids=["utf8-bom", "utf16-bom", "utf16be-bom", "utf16le", "utf16be", "cp1256"],
)
def test_encodings_are_detected(tmp_path: Path, data: bytes) -> None:
    expected = ARTICLE if b"?" not in data else ARTICLE.encode("cp1256", "replace").decode("cp1256")
    assert read_article(_write(tmp_path, "a.txt", data)).text == expected


def test_guessed_encodings_are_reported_as_warnings(tmp_path: Path) -> None:
    article = _write(tmp_path, "win.txt", "وقال الوزير إن الوضع صعب.\n".encode("cp1256"))
    code, output = _build(str(article), "-o", str(tmp_path / "out.ttl"))
    assert code == 0
    assert output == (
        f"Warning: {article}: not UTF-8; decoded as Windows-1256 "
        "(pass --encoding to choose another)\n"
    )


def test_utf8_file_with_one_bad_byte_stays_utf8_and_names_the_offset(tmp_path: Path) -> None:
    # Issue 18 item 7: one bad byte used to make the whole file cp1256 (exit 0, no facts)
    good = ARTICLE.encode("utf-8")
    cut = good.index(b"\n") + 1  # between two lines: no character is split
    article = _write(tmp_path, "a.txt", good[:cut] + b"\xff" + good[cut:])
    out = tmp_path / "out.nq"
    code, output = _build(str(article), "-o", str(out))
    assert (code, output) == (
        0,
        f"Warning: {article}: invalid UTF-8 at byte offset {cut} (0xff): replaced with U+FFFD\n",
    )
    assert read_article(article).text == ARTICLE[: len(good[:cut].decode())] + "\ufffd" + (
        good[cut:].decode()
    )
    clean = _write(tmp_path, "b.txt", good)
    rows = role_rows(process(read_article(clean)))
    assert rows and role_rows(process(read_article(article))) == rows


def test_mostly_utf8_with_a_bom_and_several_bad_sequences() -> None:
    data = codecs.BOM_UTF8 + "وزير الخارجية".encode() + b"\xc3" + " قال ".encode() + b"\xfe\xe2\x82"
    decoded = decode_bytes(data + "الوزير إن".encode(), "x.txt")
    assert decoded.text == "وزير الخارجية\ufffd قال \ufffd\ufffdالوزير إن"
    assert decoded.notes == [
        "invalid UTF-8 at byte offsets 28 (0xc3), 37 (0xfe), 38 (0xe2 0x82): replaced with U+FFFD"
    ]


def test_undecodable_text_names_the_encoding_option(tmp_path: Path) -> None:
    article = _write(tmp_path, "fr.txt", "Le ministre a déclaré à la presse.".encode("latin-1"))
    code, output = _build(str(article))
    assert code == 1
    assert output == (
        f"Error: {article}: not UTF-8 text; pass --encoding "
        "(e.g. --encoding cp1256 for Windows Arabic, --encoding utf-16)\n"
    )
    code, _ = _build(str(article), "--encoding", "latin-1")
    assert code == 0  # then it is read, and warned about as non-Arabic


def test_wrong_or_unknown_encoding_is_one_line(tmp_path: Path) -> None:
    article = _write(tmp_path, "win.txt", "وزير الخارجية".encode("cp1256"))
    code, output = _build(str(article), "--encoding", "utf-8")
    assert code == 1 and output.startswith(f"Error: {article}: cannot decode as utf-8 (byte 0:")
    assert output.count("\n") == 1 and "--encoding" in output
    code, output = _build(str(article), "--encoding", "klingon")
    assert code == 1 and output.startswith(f"Error: {article}: unknown encoding 'klingon'")


def test_decode_bytes_library_api() -> None:
    decoded = decode_bytes("نص".encode("utf-16-le"), "x.txt")
    assert (decoded.text, decoded.encoding) == ("نص", "utf-16-le")
    with pytest.raises(InputError, match=r"^x\.txt: not a text file \(binary data\)$"):
        decode_bytes(b"\x00\xff\x00\xfe\x01\x02\x03", "x.txt")


# HTML -----------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>موقع الأخبار</title><style>p { color: red }</style>
<script>var x = "<p>لا</p>";</script></head>
<body><nav><a href="/">الرئيسية</a> | <a href="/w">العالم</a></nav>
<header><h2>اقرأ أيضا</h2></header>
<article>
  <h1>كيري يلتقي لافروف</h1>
  <p>وقال وزير الخارجية الأمريكي جون كيري إن
     المحادثات كانت &quot;بناءة&quot; &amp; مفيدة.</p>
  <p>وأضاف كيري أن الجانبين اتفقا على مواصلة الحوار.<br>سطر ثان</p>
</article>
<aside><p>الأكثر قراءة</p></aside><footer>© 2016</footer>
</body></html>
"""


def test_html_page_is_reduced_to_its_article_text(tmp_path: Path) -> None:
    assert looks_like_html(PAGE)
    assert html_to_text(PAGE) == (
        "كيري يلتقي لافروف\n"
        'وقال وزير الخارجية الأمريكي جون كيري إن المحادثات كانت "بناءة" & مفيدة.\n'
        "وأضاف كيري أن الجانبين اتفقا على مواصلة الحوار.\n"
        "سطر ثان\n"
    )
    page = _write(tmp_path, "page.html", PAGE.encode("utf-8"))
    document = read_article(page)
    assert document.text == html_to_text(PAGE)
    assert document.warnings == [
        "HTML page: reading its paragraphs and headings as the article text"
    ]
    code, output = _build(str(page), "-o", str(tmp_path / "out.ttl"))
    assert code == 0 and output.startswith(f"Warning: {page}: HTML page")


def test_html_without_article_keeps_body_paragraphs_and_drops_furniture() -> None:
    page = "<html><body><nav>قائمة</nav><p>فقرة أولى</p><div>فقرة <b>ثانية</b></div></body>"
    assert html_to_text(page) == "فقرة أولى\nفقرة ثانية\n"


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    page = '<html><head><meta charset="windows-1256"></head><body><p>وزير الدفاع</p></body>'
    path = _write(tmp_path, "page.htm", page.encode("cp1256"))
    assert read_article(path).text == "وزير الدفاع\n"


def test_prose_mentioning_a_tag_is_not_html() -> None:
    assert not looks_like_html("قال إن وسم <p> يستخدم في الصفحات.")


# Language and script variants ----------------------------------------------------------------


def test_non_arabic_text_gives_no_facts_and_a_warning(tmp_path: Path) -> None:
    text = "US Secretary of State John Kerry said that talks were constructive.\n"
    document = make_document(text, "en.txt")
    assert document.warnings == [
        "not Arabic text: kg finds facts in Arabic text only, this article has none"
    ]
    extraction = process(document)
    assert (extraction.roles, extraction.statements) == ([], [])
    article = _write(tmp_path, "en.txt", text.encode())
    code, output = _build(str(article), "-o", str(tmp_path / "en.ttl"))
    assert (code, output) == (0, f"Warning: {article}: {document.warnings[0]}\n")


def _folded_rows(text: str) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    extraction = process(make_document(text))
    for fact in extraction.statements:  # offsets still point into the text as given
        assert text[fact.position_start : fact.position_end] == fact.position
    roles = sorted(tuple(fold(v) for v in row) for row in role_rows(extraction))
    statements = sorted(tuple(fold(v) for v in row) for row in statement_rows(extraction))
    return roles, statements


def test_diacritics_tatweel_and_persian_letters_do_not_change_the_facts() -> None:
    plain = _folded_rows(ARTICLE)
    marked = ARTICLE.replace("وزير", "وَزِيـــر").replace("قال", "قَالَ")
    persian = ARTICLE.replace("ي", "ی").replace("ك", "ک")
    assert _folded_rows(marked) == plain
    assert _folded_rows(persian) == plain


def test_latin_names_inside_arabic_are_handled(tmp_path: Path) -> None:
    text = "وقال وزير الخارجية الأمريكي John Kerry إن المحادثات مع Sergey Lavrov كانت بناءة.\n"
    document = make_document(text)
    assert document.warnings == []
    process(document)  # no crash; whatever is found keeps valid offsets
    article = _write(tmp_path, "mixed.txt", text.encode())
    assert _build(str(article), "-o", str(tmp_path / "m.trig"))[0] == 0
    _triples(tmp_path / "m.trig")


# Missing files and partial builds ------------------------------------------------------------


def test_missing_file_is_one_line_exit_1(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert _build(str(missing)) == (1, f"Error: {missing}: no such file\n")


def test_directory_with_one_bad_file_builds_the_others_and_exits_3(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "b.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200))
    (corpus / "c.txt").write_text(ARTICLE.replace("كيري", "كيرى"), encoding="utf-8")
    out = tmp_path / "corpus.trig"
    code, output = _build(str(corpus), "-o", str(out))
    assert code == 3
    assert output == (
        f"Error: {corpus / 'b.txt'}: not a text file (binary data)\n"
        "Partial build: 1 of 3 articles failed\n"
    )
    names = {str(q[2]) for q in _graph(out).quads((None, None, None, None))}
    assert {"a.txt", "c.txt"} <= names and "b.txt" not in names


def test_every_article_failing_exits_1_and_writes_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_bytes(b"\x00" * 10)
    (corpus / "b.txt").write_bytes(b"\x00\x00\x00\x01" * 10 + bytes(range(256)))
    out = tmp_path / "corpus.trig"
    code, output = _build(str(corpus), "-o", str(out))
    assert code == 1
    assert output.endswith("Error: none of the 2 articles could be built\n")
    assert not out.exists()
