"""`د.` (الدكتور) before a name, round 10 (issue 15): its dot ends no sentence, and the
honorific takes it in, so the name after it is the speaker or the holder. A sentence
written for the test and a real one (the unscored corpus)."""

from statement_rows import checked_rows

from kg.pipeline.text.document import split_sentences

rows = checked_rows


def test_the_dot_of_a_lone_dal_ends_no_sentence():
    text = "وأوضح د. سامي العلي أن الوضع جيد. ثم غادر."
    assert [s.text for s in split_sentences(text)] == [
        "وأوضح د. سامي العلي أن الوضع جيد.",
        "ثم غادر.",
    ]
    assert [s.text for s in split_sentences("د . زيد الحربي حضر. وعاد.")] == [
        "د . زيد الحربي حضر.",
        "وعاد.",
    ]
    assert len(split_sentences("رجع إلى البلد. دخل البيت.")) == 2  # a word ending in د


def test_abbreviation_dot_real_sentence():
    # snn-aawsat-2015-07-24-807 (corpus)
    text = "وأوضح د. هاني الرحيلي أن العيب الانكساري سببه شكل العين."
    assert rows(text) == [("هاني الرحيلي", "أوضح", "العيب الانكساري سببه شكل العين")]
