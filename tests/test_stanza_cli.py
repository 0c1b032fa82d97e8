"""`kg models status|download` and `--annotator stanza` without models: fast, one-line
errors naming the fix, no network. Fast is checked by what is not done (no connection, no
model loaded or downloaded), not by a clock."""

from __future__ import annotations

import importlib.util
import json
import shutil
import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import AnnotatorError
from kg.pipeline.annotate import models

FIXTURES = Path(__file__).parent / "fixtures" / "stanza"
DEFAULT = {
    "tokenize": "padt",
    "mwt": "padt",
    "pos": "padt_charlm",
    "lemma": "padt_nocharlm",
    "depparse": "padt_charlm",
    "ner": "aqmar_charlm",
}
runner = CliRunner()


def fake_models(directory: Path, skip: tuple[str, ...] = ()) -> None:
    """What stanza.download('ar') leaves on disk: resources.json and the .pt files."""
    charlm = [
        {"model": "pretrain", "package": "conll17"},
        {"model": "forward_charlm", "package": "ccwiki"},
    ]
    resources = {
        "ar": {
            "lang_name": "Arabic",
            "packages": {"default": DEFAULT},
            "pos": {"padt_charlm": {"dependencies": charlm}},
        }
    }
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "resources.json").write_text(json.dumps(resources), encoding="utf-8")
    files = [(p, pkg) for p, pkg in DEFAULT.items()] + [
        ("pretrain", "conll17"),
        ("forward_charlm", "ccwiki"),
    ]
    for processor, package in files:
        if processor in skip:
            continue
        (directory / "ar" / processor).mkdir(parents=True, exist_ok=True)
        (directory / "ar" / processor / f"{package}.pt").write_bytes(b"")


@pytest.fixture
def empty_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "stanza_resources"
    directory.mkdir()
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(directory))
    return directory


@pytest.fixture
def nothing_loaded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What would make a missing model slow: a network connection, stanza loading or
    downloading its models. Each is refused and recorded; a test that fails fast finds the
    record empty."""
    used: list[str] = []

    def refuse(name: str):
        def call(*args: object, **kwargs: object) -> None:
            used.append(name)
            raise OSError(f"{name} refused by the test")

        return call

    monkeypatch.setattr(socket.socket, "connect", refuse("network"))
    if importlib.util.find_spec("stanza") is not None:
        import stanza

        monkeypatch.setattr(stanza, "Pipeline", refuse("stanza.Pipeline"))
        monkeypatch.setattr(stanza, "download", refuse("stanza.download"))
    return used


# -- library ------------------------------------------------------------------------------


def test_default_directory_follows_stanza(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STANZA_RESOURCES_DIR", raising=False)
    monkeypatch.delenv("STANZA_RESOURCES_VERSION", raising=False)
    directory = models.default_directory()
    if models.stanza_version() is not None:
        common = pytest.importorskip("stanza.resources.common")
        assert directory == Path(common.DEFAULT_MODEL_DIR)
    assert directory.name == "resources"


def test_status_reads_the_disk(empty_dir: Path) -> None:
    found = models.status()
    assert (found.installed, found.directory, found.missing) == (
        False,
        empty_dir,
        models.PROCESSORS,
    )
    fake_models(empty_dir, skip=("forward_charlm",))  # a dependency of pos is missing
    assert models.status().missing == ("pos",)
    fake_models(empty_dir)
    found = models.status()
    assert found.missing == () and found.installed == (models.stanza_version() is not None)


def test_annotator_without_models_fails_fast_and_offline(
    empty_dir: Path, nothing_loaded: list[str]
) -> None:
    from kg.pipeline.pipeline import process_file

    with pytest.raises(AnnotatorError) as error:
        process_file(FIXTURES.parent.parent.parent / "examples" / "ar-news-001.txt", "stanza")
    assert nothing_loaded == []
    message = str(error.value)
    if models.stanza_version() is None:
        assert f"run: {models.install_command()}" in message
    else:
        assert message == (
            f"stanza's Arabic models are not installed in {empty_dir}; run: kg models download"
        )


def test_annotator_glue_with_a_stand_in_pipeline(empty_dir: Path) -> None:
    stanza_conll = pytest.importorskip("stanza.utils.conll")
    from kg.pipeline.annotate.stanza import StanzaAnnotator
    from kg.pipeline.text.document import make_document

    fake_models(empty_dir)
    doc = stanza_conll.CoNLL.conll2doc(
        input_file=str(FIXTURES / "ar-news-001-kerry.conllu"), reconstruct_text=True
    )
    annotator = StanzaAnnotator()
    annotator._pipeline = lambda text: doc  # the real one needs the models
    annotation = annotator.annotate(make_document(doc.text))
    assert annotation.annotator == "stanza" and annotation.parsed
    assert "كيري" in [m.text for m in annotation.mentions]


# -- CLI ----------------------------------------------------------------------------------


def test_models_status_without_models(empty_dir: Path) -> None:
    result = runner.invoke(app, ["models", "status"])
    assert result.exit_code == 0
    version = models.stanza_version()
    stanza_line = (
        f"stanza: {version}"
        if version
        else f"stanza: not installed; run: {models.install_command()}"
    )
    assert result.stdout.splitlines() == [
        f"directory: {empty_dir} (from $STANZA_RESOURCES_DIR)",
        stanza_line,
        "arabic models: not installed (missing: tokenize, mwt, pos, lemma, depparse, ner)",
        "run: kg models download",
    ]


def test_models_status_with_models(tmp_path: Path) -> None:
    pytest.importorskip("stanza")
    fake_models(tmp_path)
    result = runner.invoke(app, ["models", "status", "--dir", str(tmp_path)])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == f"directory: {tmp_path}"
    assert result.stdout.splitlines()[-1] == (
        "arabic models: installed (tokenize, mwt, pos, lemma, depparse, ner)"
    )


def test_models_download_uses_stanza_downloader(
    tmp_path: Path, empty_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stanza = pytest.importorskip("stanza")
    calls = []

    def download(lang: str, model_dir: str, **kwargs: object) -> None:
        calls.append((lang, model_dir))
        fake_models(Path(model_dir))

    monkeypatch.setattr(stanza, "download", download)
    target = tmp_path / "elsewhere"
    result = runner.invoke(app, ["models", "download", "--dir", str(target)])
    assert result.exit_code == 0, result.output
    assert calls == [("ar", str(target))]
    assert result.stdout.splitlines() == [
        f"stanza's Arabic models are installed in {target}",
        f"to use them, set: export STANZA_RESOURCES_DIR={target}",
    ]
    result = runner.invoke(app, ["models", "download"])
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [f"stanza's Arabic models are installed in {empty_dir}"]


def test_models_download_offline_is_one_line_error(
    empty_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stanza = pytest.importorskip("stanza")

    def download(lang: str, model_dir: str, **kwargs: object) -> None:
        raise ConnectionError("Failed to resolve 'huggingface.co'\nmore detail")

    monkeypatch.setattr(stanza, "download", download)
    result = runner.invoke(app, ["models", "download"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"Error: could not download stanza's Arabic models into {empty_dir}: "
        "ConnectionError: Failed to resolve 'huggingface.co'"
    ]


def _no_models_error(result, empty_dir: Path) -> None:  # noqa: ANN001 - click Result
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ")
    assert "kg models download" in lines[0] or models.install_command() in lines[0]
    assert "Traceback" not in result.output


def test_eval_with_stanza_without_models(
    empty_dir: Path, tmp_path: Path, nothing_loaded: list[str]
) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(FIXTURES.parent.parent.parent / "examples" / "ar-news-001.txt", articles)
    gold = FIXTURES / "ar-news-001-kerry.gold.json"
    result = runner.invoke(
        app, ["eval", str(gold), "--articles", str(articles), "--annotator", "stanza"]
    )
    assert nothing_loaded == []
    _no_models_error(result, empty_dir)


def test_build_with_stanza_without_models(
    empty_dir: Path, tmp_path: Path, nothing_loaded: list[str]
) -> None:
    pytest.importorskip(
        "kg.pipeline.rdf.builder", reason="kg build needs kg.pipeline.rdf.builder (the rdf stage)"
    )
    result = runner.invoke(
        app,
        [
            "build",
            str(FIXTURES.parent.parent.parent / "examples" / "ar-news-001.txt"),
            "--annotator",
            "stanza",
            "-o",
            str(tmp_path / "graph.ttl"),
        ],
    )
    assert nothing_loaded == []
    _no_models_error(result, empty_dir)
    assert not (tmp_path / "graph.ttl").exists()
