"""The learned name tagger: corpus reading, features, deterministic training, the shipped
model, in-document surname linking and `kg train-ner`."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.pipeline.annotate.ner import (
    MODEL,
    NameSpan,
    NameTagger,
    document_context,
    features,
    labels_of,
    link_aliases,
    spans,
)
from kg.pipeline.annotate.ner_train import encode, train_model, train_ner
from kg.pipeline.annotate.newsfane import attach_clitics, label_of, read_raw, sentences
from kg.pipeline.text.normalize import fold

TINY = Path(__file__).parent / "fixtures" / "ner_tiny.txt"
SMALL = {"c1": 0.0, "c2": 0.01, "max_iterations": 30, "feature.possible_transitions": True}


def forms(text: str) -> list[str]:
    return fold(text).split()


def test_reader_drops_invisible_marks_and_splits_sentences():
    raw = list(read_raw(TINY))
    assert len(raw) == 6
    assert raw[0][:3] == [("و", "O"), ("قال", "O"), ("وزير", "O")]


def test_clitics_go_back_on_their_words():
    pairs = [("و", "O"), ("قال", "O"), ("ان", "O"), ("ه", "O"), ("ل", "O"), ("الاتحاد", "O")]
    assert attach_clitics(pairs) == [("وقال", "O"), ("انه", "O"), ("للاتحاد", "O")]
    # a proclitic before a name keeps the name's tag; a clitic inside an entity stays
    assert attach_clitics([("و", "O"), ("كيري", "B-Politician")]) == [("وكيري", "B-Politician")]
    dpa = [("د", "B-Media"), ("ب", "I-Media"), ("ا", "I-Media")]
    assert attach_clitics(dpa) == dpa
    # ك after a word is a pronoun (وجه ك), before ما a preposition (ك ما)
    assert attach_clitics([("وجه", "O"), ("ك", "O")]) == [("وجهك", "O")]
    assert attach_clitics([("ك", "O"), ("ما", "O")]) == [("كما", "O")]


def test_clitics_split_inside_a_name_go_back_too():
    """NewsFANE splits clitics (and letters it took for clitics) inside names as well;
    news writes them attached: a reading option (`inside`, not the shipped model's)."""
    roosevelt = [("الرييس", "O"), ("ف", "B-Politician"), ("رانكلين", "I-Politician")]
    assert attach_clitics(roosevelt, inside=True) == [("الرييس", "O"), ("فرانكلين", "B-Politician")]
    assert attach_clitics(roosevelt) == roosevelt  # the default: as the shipped model read it
    school = [("كلية", "B-Educational"), ("الاداب", "I-Educational")]
    school += [("و", "I-Educational"), ("العلوم", "I-Educational")]
    assert attach_clitics(school, inside=True)[-1] == ("والعلوم", "I-Educational")
    company = [("شركة", "B-Commercial"), ("ل", "I-Commercial"), ("الاتصالات", "I-Commercial")]
    assert attach_clitics(company, inside=True)[-1] == ("للاتصالات", "I-Commercial")
    benha = [("قطار", "O"), ("بن", "B-Population-Center"), ("ها", "I-Population-Center")]
    assert attach_clitics(benha, inside=True) == [("قطار", "O"), ("بنها", "B-Population-Center")]
    minnawi = [("من", "B-Politician"), ("ي", "I-Politician"), ("مناوي", "I-Politician")]
    assert attach_clitics(minnawi, inside=True) == [
        ("مني", "B-Politician"),
        ("مناوي", "I-Politician"),
    ]
    # a clitic ends no name it does not belong to; an entity's end stays where it is
    assert attach_clitics([("كيري", "B-Politician"), ("ه", "B-Other_PER")], inside=True)[0] == (
        "كيري",
        "B-Politician",
    )


def test_fine_classes_map_to_kinds():
    assert label_of("B-Politician") == "B-PER.Politician"
    assert label_of("I-Other_PER") == "I-PER"
    assert label_of("B-Nation") == "B-GPE"
    assert label_of("B-Population-Center") == "B-LOC"
    assert label_of("B-Sports") == "B-ORG.Sports"
    assert label_of("B-Group") == "O"  # العرب، المسلمين: nationality groups, not names
    assert label_of("B-Book") == "O"


def test_training_sentences_are_folded_and_tokenised_like_news():
    first, *_, fourth, fifth, _ = list(sentences(TINY))
    assert first.tokens[:2] == ("وقال", "وزير")
    assert first.labels[3:5] == ("B-PER.Politician", "I-PER.Politician")
    assert fourth.tokens[-2:] == ("2002", ".")  # 2002. is two tokens, as the annotator reads it
    assert "ارباحها" in fourth.tokens
    assert fifth.tokens[0] == "بحسب"
    raw = list(sentences(TINY, attached=False))
    assert raw[0].tokens[:2] == ("و", "قال")


def test_features_carry_spelling_context_and_lexicons():
    sentence = forms("وقال وزير الخارجية جون كيري إن")
    feats = features(sentence)
    assert len(feats) == len(sentence)
    john = feats[3]
    assert "w=جون" in john and "fn" in john  # a given name in the lexicon
    assert "-1:w=الخارجيه" in john and "1:w=كيري" in john
    assert "-2:lex=BTITLE" in john  # two words after a post (وزير)
    assert "r=قال" in feats[0]  # the word without its conjunction
    assert "2:BOS" not in john and "-2:BOS" in feats[0]


def test_a_word_carries_its_letter_trigrams_edges_marked_not_its_neighbours():
    feats = features(forms("التقى كوشنير بالرئيس"), trigrams=True)
    name = [f for f in feats[1] if f.startswith("g=")]
    assert name == sorted({"g=^كو", "g=كوش", "g=وشن", "g=شني", "g=نير", "g=ير$"})
    assert "g=^با" in feats[2]  # a clitic in front is part of the letters read
    article = features(forms("الخارجية"), trigrams=True)[0]
    assert "g=^خا" in article and "g=^ال" not in article  # the article is not
    assert not any(f.startswith(("-1:g=", "1:g=")) for f in feats[1])  # not told around
    real = features(forms("وقال المدرب الصربي زلاتكو داليتش إن"), trigrams=True)[4]
    assert "g=يتش" in real and "g=تش$" in real  # a Slavic surname's ending
    assert not any(f.startswith("g=") for f in features(forms("داليتش"))[0])  # not asked


def test_document_context_marks_a_surname_seen_after_a_given_name():
    doc = [forms("وقال جون كيري إن"), forms("وأكد كيري أن")]
    context = document_context(doc)
    assert "after_fn" in context["كيري"]
    assert "doc:after_fn" in features(doc[1], context=context)[1]


def test_spans_and_labels_are_inverse():
    labels = ["O", "B-PER.Politician", "I-PER.Politician", "O", "I-GPE", "B-LOC", "B-LOC"]
    found = spans(labels)
    assert found == [
        NameSpan(1, 3, "PER", "Politician"),
        NameSpan(4, 5, "GPE"),
        NameSpan(5, 6, "LOC"),
        NameSpan(6, 7, "LOC"),
    ]
    assert labels_of(found, 7) == ["O", *labels[1:4], "B-GPE", "B-LOC", "B-LOC"]


def test_label_schemes_encode_the_same_spans():
    labels = ["O", "B-PER.Politician", "I-PER.Politician", "I-PER.Politician", "I-GPE", "B-LOC"]
    assert encode(labels, "coarse") == ["O", "B-PER", "I-PER", "I-PER", "I-GPE", "B-LOC"]
    assert encode(labels, "bilou") == [
        "O",
        "B-PER.Politician",
        "I-PER.Politician",
        "L-PER.Politician",
        "U-GPE",
        "U-LOC",
    ]
    bilou = encode(labels, "bilou-coarse")
    assert bilou == ["O", "B-PER", "I-PER", "L-PER", "U-GPE", "U-LOC"]
    assert spans(bilou) == [NameSpan(1, 4, "PER"), NameSpan(4, 5, "GPE"), NameSpan(5, 6, "LOC")]
    assert [(s.i, s.j) for s in spans(encode(labels, "bilou"))] == [(1, 4), (4, 5), (5, 6)]
    with pytest.raises(ValueError, match="label scheme"):
        encode(labels, "bioes")


def test_a_span_ends_after_its_last_or_unit_label():
    assert spans(["U-PER", "U-PER", "B-PER", "L-PER", "I-PER", "L-PER", "L-GPE"]) == [
        NameSpan(0, 1, "PER"),
        NameSpan(1, 2, "PER"),
        NameSpan(2, 4, "PER"),
        NameSpan(4, 6, "PER"),  # an I- after L- starts another span
        NameSpan(6, 7, "GPE"),
    ]


def test_a_model_trained_on_bilou_labels_tags_spans(tmp_path):
    data = list(sentences(TINY))
    model = train_model(data, tmp_path / "b.crfsuite", params={**SMALL, "labels": "bilou-coarse"})
    tagger = NameTagger(model)
    assert tagger.labels(data[0].tokens) == encode(data[0].labels, "bilou-coarse")
    want = [(s.i, s.j, s.kind) for s in spans(data[0].labels)]
    assert [(s.i, s.j, s.kind) for s in tagger.tag(data[0].tokens)] == want


def test_a_later_surname_links_to_the_full_name():
    doc = [forms("وقال بوريس جونسون إن"), forms("وأضاف جونسون أن"), forms("ورد لجونسون")]
    found = [[NameSpan(1, 3, "PER", "Politician")], [], []]
    linked = link_aliases(doc, found)
    assert linked[1] == [NameSpan(1, 2, "PER", "Politician")]
    assert linked[2] == [NameSpan(1, 2, "PER", "Politician")]  # behind a preposition


def test_a_common_word_surname_alone_is_not_linked():
    doc = [forms("وقال تمام سلام إن"), forms("ودعا إلى سلام دائم")]
    linked = link_aliases(doc, [[NameSpan(1, 3, "PER")], []])
    assert linked[1] == []


def test_training_is_deterministic(tmp_path):
    data = list(sentences(TINY))
    one = train_model(data, tmp_path / "one.crfsuite", params=SMALL)
    two = train_model(data, tmp_path / "two.crfsuite", params=SMALL)
    assert one.read_bytes() == two.read_bytes()
    tagger = NameTagger(one)
    assert tagger.labels(data[0].tokens) == list(data[0].labels)


def test_the_shipped_model_tags_a_written_sentence():
    assert MODEL.is_file() and MODEL.stat().st_size < 8_000_000
    tagger = NameTagger()
    sentence = forms("وقال وزير الخارجية الفرنسي جان إيف لودريان في باريس إن فرنسا تدعم الحكومة")
    found = {(s.i, s.j, s.kind) for s in tagger.tag(sentence)}
    assert (4, 7, "PER") in found
    assert (8, 9, "LOC") in found or (8, 9, "GPE") in found


def test_train_ner_rejects_a_missing_corpus(tmp_path):
    with pytest.raises(Exception, match="NewsFANE corpus not found"):
        train_ner(tmp_path / "none.txt", tmp_path / "m.crfsuite")


def test_cli_train_ner(tmp_path):
    runner = CliRunner()
    model = tmp_path / "tiny.crfsuite"
    result = runner.invoke(app, ["train-ner", str(TINY), "--model", str(model), "--no-evaluate"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"model: {model} (")
    missing = runner.invoke(app, ["train-ner", str(tmp_path / "none.txt")])
    assert missing.exit_code == 1
    assert (
        missing.output.strip()
        == f"Error: {tmp_path / 'none.txt'}: NewsFANE corpus not found (pass its path)"
    )


def test_cli_train_ner_finds_the_corpus_file_in_its_folder(tmp_path):
    """The data comes as a folder (file, licence, README): naming the folder is enough."""
    folder = tmp_path / "ner"
    folder.mkdir()
    (folder / "NewsFANE_Gold_tiny.txt").write_bytes(TINY.read_bytes())
    (folder / "README.md").write_text("NewsFANE Gold\n", encoding="utf-8")
    model = tmp_path / "tiny.crfsuite"
    runner = CliRunner()
    result = runner.invoke(app, ["train-ner", str(folder), "--model", str(model), "--no-evaluate"])
    assert result.exit_code == 0, result.output
    assert result.output == f"model: {model} ({model.stat().st_size / 1e6:.1f} MB)\n"
    empty = tmp_path / "empty"
    empty.mkdir()
    missing = runner.invoke(app, ["train-ner", str(empty)])
    assert missing.exit_code == 1
    assert missing.output == (
        f"Error: {empty}: no NewsFANE Gold files (NewsFANE_Gold*.txt) in this folder;"
        " pass the file's path\n"
    )


class CountingTagger(NameTagger):
    """The shipped model, counting the sentences it is asked to label."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def decode(self, sentences, ids):  # noqa: ANN001, ANN201
        self.calls += len(sentences)
        return super().decode(sentences, ids)


def test_a_sentence_with_no_free_name_candidate_is_not_tagged():
    from kg.pipeline.annotate.tokens import tokenize
    from kg.pipeline.text.document import make_document

    document = make_document(
        "وقال وزير الخارجية إن الحكومة تدعم الاتفاق. وأضاف زلاتكو داليتش أن الفريق جاهز."
    )
    toks = tokenize(document)
    tagger = CountingTagger()
    found = tagger.tag_document(document, toks, [False] * len(toks))
    assert tagger.calls == 1  # only the sentence with زلاتكو داليتش (no lexicon knows them)
    assert [" ".join(t.form for t in toks[s.i : s.j]) for s in found if s.kind == "PER"] == [
        "زلاتكو داليتش"
    ]
    tagger.calls = 0
    tagger.tag_document(document, toks, [True] * len(toks))  # the rules took every word
    assert tagger.calls == 0


def test_masking_hides_which_words_a_name_is():
    from kg.pipeline.annotate.ner_train import mask_names

    sentence = forms("وقال جون كيري إن")
    labels = ["O", "B-PER", "I-PER", "O"]
    masked = mask_names(features(sentence), labels)
    john = masked[1]
    assert "fn" in john and "s2=ون" in john  # a given name, and its spelling
    assert not any(f.startswith(("w=", "b=", "r=", "bi=", "1:w=")) for f in john)
    assert "1:w=جون" not in masked[0] and "1:w=إن" not in masked[0]
    assert "-1:w=كيري" not in masked[3] and not any(f.startswith("bi=") for f in masked[3])
    assert "w=وقال" in masked[0]  # words outside names keep their identity


def test_training_with_masked_names_is_deterministic(tmp_path):
    data = list(sentences(TINY))
    params = {**SMALL, "mask_names": True}
    one = train_model(data, tmp_path / "one.crfsuite", params=params)
    two = train_model(data, tmp_path / "two.crfsuite", params=params)
    assert one.read_bytes() == two.read_bytes()


def test_word_clusters_give_each_word_the_prefixes_of_its_path():
    from kg.pipeline.annotate.ner import CLUSTERS, word_clusters

    clusters = word_clusters()
    assert CLUSTERS.is_file() and CLUSTERS.stat().st_size < 400_000
    assert len(clusters) > 10_000 and set(clusters["قال"]) <= {"0", "1"}
    bits = clusters["قال"]
    said = features(forms("قال"), clusters=True)[0]
    assert f"c4={bits[:4]}" in said and f"c={bits}" in said
    assert not any(f.startswith("c=") for f in features(forms("قال"))[0])  # not asked
    assert "c:none" in features(forms("زلاتكوفيتشيان"), clusters=True)[0]  # a rare word
    # a word with a clitic in front takes the cluster of its reading without it
    assert "فقال" in clusters or f"c={bits}" in features(forms("فقال"), clusters=True)[0]
    assert f"1:c4={bits[:4]}" in features(forms("ثم قال"), clusters=True)[0]


def test_a_model_trained_with_clusters_tags_with_them(tmp_path):
    data = list(sentences(TINY))
    plain = NameTagger(train_model(data, tmp_path / "plain.crfsuite", params=SMALL))
    model = train_model(data, tmp_path / "c.crfsuite", params={**SMALL, "clusters": True})
    tagger = NameTagger(model)
    assert (plain.clusters, tagger.clusters) == (False, True)
    assert tagger.labels(data[0].tokens) == list(data[0].labels)
    again = train_model(data, tmp_path / "again.crfsuite", params={**SMALL, "clusters": True})
    assert again.read_bytes() == model.read_bytes()


def test_a_model_trained_with_letter_trigrams_tags_with_them(tmp_path):
    data = list(sentences(TINY))
    model = train_model(data, tmp_path / "g.crfsuite", params={**SMALL, "trigrams": True})
    tagger = NameTagger(model)
    assert (tagger.trigrams, NameTagger(MODEL).trigrams) == (True, False)  # shipped: none
    import pycrfsuite

    crfsuite = pycrfsuite.Tagger()
    crfsuite.open(str(model))
    for sentence in data:  # the decoder reads the trigrams crfsuite was trained with
        feats = features(sentence.tokens, trigrams=True)
        assert tagger.labels(sentence.tokens) == list(crfsuite.tag(feats))


def test_train_ner_check_says_whether_a_model_is_what_training_gives(tmp_path):
    runner = CliRunner()
    model = tmp_path / "tiny.crfsuite"
    args = ["train-ner", str(TINY), "--model", str(model)]
    assert runner.invoke(app, [*args, "--no-evaluate"]).exit_code == 0
    same = runner.invoke(app, [*args, "--check"])
    assert (same.exit_code, same.output) == (0, "the model is what training gives\n")
    model.write_bytes(model.read_bytes() + b"\0")
    assert runner.invoke(app, [*args, "--check"]).exit_code == 1


def _crfsuite_labels(model: Path, sentence: list[str], context=None) -> list[str]:  # noqa: ANN001
    """What crfsuite itself gives for the tagger's features of a sentence."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    return list(tagger.tag(features(sentence, context=context)))


def test_the_decoder_gives_crfsuites_labels_on_the_fixture_articles():
    """The tagger decodes with its own Viterbi over the model's weights
    (`ner_decode`): on every sentence of the test articles, with their document flags,
    its labels are crfsuite's own, token by token."""
    from kg.pipeline.annotate.tokens import tokenize
    from kg.pipeline.text.document import read_article

    tagger = NameTagger()
    folder = Path(__file__).parent / "fixtures"
    compared = named = 0
    for path in sorted([*folder.glob("articles/*.txt"), *folder.glob("articles-unseen/*.txt")]):
        document = read_article(path)
        toks = tokenize(document)
        runs, k = [], 0
        for sentence in document.sentences or []:
            start = k
            while k < len(toks) and toks[k].start < sentence.end:
                k += 1
            if k > start:
                runs.append([t.form for t in toks[start:k]])
        context = document_context(runs, tagger.lexicon)
        for run in runs:
            want = _crfsuite_labels(MODEL, run, context)
            assert tagger.labels(run, context) == want, (path.name, run)
            compared += 1
            named += any(label != "O" for label in want)
    assert compared > 300 and named > 100


def test_the_decoder_gives_crfsuites_labels_with_a_tiny_model(tmp_path):
    """The same with a model trained here (other labels, few weights, BILOU)."""
    data = list(sentences(TINY))
    for labels in ("bio", "bilou-coarse"):
        params = {**SMALL, "labels": labels}
        model = train_model(data, tmp_path / f"{labels}.crfsuite", params=params)
        tagger = NameTagger(model)
        for sentence in data:
            assert tagger.labels(sentence.tokens) == _crfsuite_labels(model, sentence.tokens)


def test_the_model_weights_are_read_exactly():
    """`read_crf` reads the model file's doubles: pycrfsuite's `info()` (rounded to six
    decimals) agrees on every state and transition weight."""
    import pycrfsuite

    from kg.pipeline.annotate.ner_decode import read_crf

    crf = read_crf(MODEL)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL))
    info = tagger.info()
    assert crf.labels == tuple(tagger.labels())
    index = {label: n for n, label in enumerate(crf.labels)}
    for (name, label), weight in info.state_features.items():
        assert abs(crf.state[name][index[label]] - weight) < 5e-7
    for (a, b), weight in info.transitions.items():
        assert abs(crf.transitions[index[a], index[b]] - weight) < 5e-7
    assert sum(int((v != 0).sum()) for v in crf.state.values()) == len(info.state_features)


def test_viterbi_breaks_ties_to_the_first_label_as_crfsuite_does():
    import numpy as np

    from kg.pipeline.annotate.ner_decode import viterbi

    scores = np.zeros((2, 3, 2))
    scores[1, 0] = [0.0, 1.0]  # the second sentence: label 1 at its first token
    transitions = np.zeros((2, 2))
    paths = viterbi(scores, np.array([3, 2]), transitions)
    assert paths == [[0, 0, 0], [1, 0]]


def test_the_decoder_starts_its_entries_anew_between_documents(monkeypatch):
    """When the entries grow past the memo's size they are forgotten before the next
    document, never within one: labels stay crfsuite's."""
    from kg.pipeline.annotate import ner

    monkeypatch.setattr(ner, "_MEMO_SIZE", 5)
    tagger = NameTagger()
    text = [
        forms("وقال وزير الخارجية الفرنسي جان إيف لودريان في باريس إن فرنسا تدعم الحكومة"),
        forms("وأضاف زلاتكو داليتش أن الفريق جاهز"),
        forms("التقى الرئيس الأمريكي دونالد ترامب نظيره الروسي فلاديمير بوتين"),
    ]
    for sentence in [*text, *text]:
        assert tagger.labels(sentence) == _crfsuite_labels(MODEL, sentence)
        assert len(tagger._ids) <= len(sentence) + 5


def test_word_pairs_are_looked_up_only_after_a_word_that_starts_one():
    from kg.pipeline.annotate.ner import _pair_heads

    heads = _pair_heads(["bi=وزير|الخارجية", "bi=a|b|c", "w=وزير", "1:bi=x|y"])
    assert heads == frozenset({"وزير", "a", "a|b"})
    tagger = NameTagger()
    sentence = forms("وقال وزير الخارجية الفرنسي جان إيف لودريان في باريس")
    pair, weighed = tagger._decoder.pair, []
    for k in range(1, len(sentence)):
        if pair("bi=" + sentence[k - 1] + "|" + sentence[k]) is not None:
            weighed.append(k)
    assert [k for k, _ in tagger._pairs(sentence)] == weighed
