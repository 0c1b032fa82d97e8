"""Stage 1: reading, folding with offsets, sentences, scrape noise."""

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.pipeline.text.document import is_noise_line, make_document, read_article
from kg.pipeline.text.normalize import fold, fold_with_map, normalize_for_match, unmarked

EXAMPLE = Path(__file__).parent.parent / "examples" / "ar-news-001.txt"


def test_fold_unifies_letter_variants_and_drops_marks():
    assert fold("أإآٱ ى ة ی ک ؤ ئ") == "اااا ي ه ي ك و ي"
    assert fold("مُحَمَّـــد") == "محمد"


def test_unmarked_drops_marks_and_tatweel_but_keeps_letters_as_written():
    assert unmarked("عَلَى رَئِيسَـــةٍ مُحَمَّدٌ") == "على رئيسة محمد"  # ى, ة, ئ stay
    assert unmarked("حصولُهُ") == "حصوله"


def test_normalize_for_match_removes_punctuation():
    assert normalize_for_match("«قال»، إنّ: الوزير!") == "قال ان الوزير"


def test_fold_with_map_points_back_to_the_original():
    original = "وقالَ الوزيـــرُ إنّ"
    mapped = fold_with_map(original)
    assert mapped.text == "وقال الوزير ان"
    start = mapped.text.index("الوزير")
    begin, end = mapped.to_original(start, start + len("الوزير"))
    assert original[begin:end] == "الوزيـــرُ"  # the trailing damma belongs to the word


def test_sentences_split_on_arabic_punctuation_and_keep_offsets():
    text = "قال الوزير إن الوضع صعب. هل هذا صحيح؟ نعم؛ هو كذلك\nسطر جديد هنا وقال إن"
    doc = make_document(text)
    assert [s.text for s in doc.sentences] == [
        "قال الوزير إن الوضع صعب.",
        "هل هذا صحيح؟",
        "نعم؛",
        "هو كذلك",
        "سطر جديد هنا وقال إن",
    ]
    for sentence in doc.sentences:
        assert text[sentence.start : sentence.end] == sentence.text


def test_decimal_point_does_not_split():
    doc = make_document("بينهم 1.8 مليون نازح في المنطقة.")
    assert len(doc.sentences) == 1


@pytest.mark.parametrize(
    "line",
    ["مشاركة :", "أردوغان يتعهد بتحقيق السلام في سوريا والعراق", "------------------------------"],
)
def test_scrape_lines_are_noise(line):
    assert is_noise_line(line)


def test_prose_is_not_noise():
    assert not is_noise_line("وقال المعلم إن الحكومة السورية تعتزم محاربة جبهة النصرة.")


def test_read_article_keeps_the_text_as_read():
    doc = read_article(EXAMPLE)
    assert doc.text == EXAMPLE.read_text(encoding="utf-8")
    assert doc.sentences[-1].noise and doc.sentences[-1].text.startswith("مشاركة")
    assert len(doc.sha256) == 64


def test_missing_article_is_a_user_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nope.txt")


def test_a_post_at_the_very_end_of_an_article_does_not_crash():
    from kg.pipeline.pipeline import process

    extraction = process(make_document("وأعلن وزير الخارجية"))
    assert extraction.roles == [] and extraction.statements == []


def test_the_same_article_gives_the_same_graph_whatever_the_hash_seed(tmp_path):
    """Labels chosen among several spellings must not depend on set order."""
    import os
    import subprocess
    import sys

    article = Path(__file__).parent / "fixtures" / "spellings.txt"
    outputs = []
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-m", "kg", "-q", "build", str(article), "-f", "nt"],
            capture_output=True,
            text=True,
            env=env,
            check=True,
            cwd=Path(__file__).parent.parent,
        ).stdout
        outputs.append(sorted(line for line in out.splitlines() if "Time>" not in line))
    assert all(output == outputs[0] for output in outputs)
