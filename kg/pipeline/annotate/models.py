"""Stanza's Arabic models: where they live, whether they are installed, how to get them.

Everything here except `download` works without importing stanza (or torch): the status
is read from the files on disk, so a missing model is reported in milliseconds and without
any network access.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from kg.errors import AnnotatorError

LANG = "ar"
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
ENV_DIR = "STANZA_RESOURCES_DIR"
ENV_VERSION = "STANZA_RESOURCES_VERSION"
_RESOURCES_VERSION = re.compile(r"__resources_version__\s*=\s*['\"]([^'\"]+)['\"]")


@dataclass(frozen=True)
class ModelStatus:
    """What `kg models status` reports."""

    installed: bool  # stanza importable and every Arabic processor's model files present
    directory: Path  # where stanza looks for its resources
    version: str | None  # stanza's version; None when stanza is not installed
    missing: tuple[str, ...] = ()  # processors whose model files are absent
    files: tuple[Path, ...] = field(default=(), compare=False)  # model files found

    @property
    def stanza_installed(self) -> bool:
        return self.version is not None


def stanza_version() -> str | None:
    """The installed stanza's version, or None (without importing stanza)."""
    if importlib.util.find_spec("stanza") is None:
        return None
    try:
        return metadata.version("stanza")
    except metadata.PackageNotFoundError:
        return None


def resources_version() -> str | None:
    """The model version stanza asks for: $STANZA_RESOURCES_VERSION, else the installed
    stanza's `__resources_version__` (read from stanza/_version.py without importing stanza)."""
    if os.environ.get(ENV_VERSION):
        return os.environ[ENV_VERSION]
    source = _stanza_file("_version.py")
    found = _RESOURCES_VERSION.search(source) if source else None
    return found.group(1) if found else stanza_version()


def default_directory() -> Path:
    """Where stanza keeps its models: $STANZA_RESOURCES_DIR, else stanza's own default, as
    its stanza/resources/common.py computes it: `user_cache_dir('stanza', 'StanfordNLP',
    version)/resources` (~/.cache/stanza/<version>/resources on Linux) in recent stanza,
    ~/stanza_resources in older releases."""
    if os.environ.get(ENV_DIR):
        return Path(os.environ[ENV_DIR]).expanduser()
    source = _stanza_file("resources", "common.py")
    if source is not None and "user_cache_dir" not in source:
        return Path.home() / "stanza_resources"
    version = resources_version()
    if version is None:  # stanza not installed: models downloaded before, if any
        return _newest_download() or _cache_root() / "<stanza's version>" / "resources"
    return _cache_root() / version / "resources"


def _cache_root() -> Path:
    """stanza's cache folder (its version folders below): ~/.cache/stanza on Linux."""
    try:
        from platformdirs import user_cache_dir
    except ImportError:  # stanza depends on platformdirs; without stanza, mimic it
        base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
        return Path(base) / "stanza"
    return Path(user_cache_dir("stanza", "StanfordNLP"))


def _newest_download() -> Path | None:
    """The most recently written `<version>/resources` folder of stanza's cache."""
    try:
        found = [p for p in _cache_root().glob("*/resources") if p.is_dir()]
    except OSError:
        return None
    return max(found, key=lambda p: p.stat().st_mtime, default=None)


def install_command() -> str:
    """The pip command that installs the `stanza` extra's requirements: it works from a
    checkout and from an installed kg alike (`kg[stanza]` is on no package index)."""
    return "pip install " + " ".join(f"'{r}'" for r in extra_requirements("stanza"))


def extra_requirements(extra: str) -> list[str]:
    """The requirements of one of kg's extras: from pyproject.toml in a checkout, else
    from the installed package's metadata."""
    pyproject = Path(__file__).resolve().parents[3] / "pyproject.toml"
    if pyproject.is_file():
        import tomllib

        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
        if project.get("name") == "kg":
            return list(project.get("optional-dependencies", {}).get(extra, []))
    marker = re.compile(rf"""^(.*?)\s*;\s*extra\s*==\s*["']{re.escape(extra)}["']\s*$""")
    try:
        requires = metadata.requires("kg") or []
    except metadata.PackageNotFoundError:
        requires = []
    return [m.group(1) for r in requires if (m := marker.match(r))] or [extra]


def _stanza_file(*parts: str) -> str | None:
    """The text of a file of the installed stanza package, without importing it."""
    spec = importlib.util.find_spec("stanza")
    if spec is None or not spec.submodule_search_locations:
        return None
    try:
        path = Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


def expected_files(directory: Path) -> dict[str, list[Path]]:
    """For each Arabic processor, the model files (with their dependencies: pretrained
    embeddings, character LMs) that stanza's default package loads, per resources.json.
    Empty lists when resources.json is missing or does not describe Arabic."""
    try:
        resources = json.loads((directory / "resources.json").read_text(encoding="utf-8"))
        lang = resources[LANG]
        lang = resources[lang["alias"]] if "alias" in lang else lang
        default = lang.get("packages", {}).get("default") or lang["default_processors"]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {processor: [] for processor in PROCESSORS}
    out: dict[str, list[Path]] = {}
    for processor in PROCESSORS:
        package = default.get(processor)
        if not isinstance(package, str):
            out[processor] = []
            continue
        files = [directory / LANG / processor / f"{package}.pt"]
        described = lang.get(processor, {}).get(package, {})
        for dependency in described.get("dependencies", []) if isinstance(described, dict) else []:
            model, dep_package = dependency.get("model"), dependency.get("package")
            if model and dep_package:
                files.append(directory / LANG / model / f"{dep_package}.pt")
        out[processor] = files
    return out


def status(directory: str | Path | None = None) -> ModelStatus:
    """Whether stanza and its Arabic models are installed in `directory` (default: where
    stanza looks). Reads only the disk."""
    path = Path(directory).expanduser() if directory else default_directory()
    version = stanza_version()
    expected = expected_files(path)
    missing = tuple(p for p, files in expected.items() if not files or not _all_exist(files))
    found = tuple(f for files in expected.values() for f in files if f.is_file())
    return ModelStatus(version is not None and not missing, path, version, missing, found)


def _all_exist(files: list[Path]) -> bool:
    return all(f.is_file() for f in files)


def require(directory: str | Path | None = None) -> ModelStatus:
    """The status when stanza and its Arabic models are usable; AnnotatorError otherwise."""
    found = status(directory)
    if not found.stanza_installed:
        raise AnnotatorError(
            f"the stanza annotator needs stanza; run: {install_command()} "
            "(then: kg models download)"
        )
    if not found.installed:
        raise AnnotatorError(
            f"stanza's Arabic models are not installed in {found.directory}; "
            "run: kg models download"
        )
    return found


def download(directory: str | Path | None = None) -> ModelStatus:
    """Fetch stanza's default Arabic models with stanza's own downloader (needs network
    access to stanza's model hub once) and return the new status."""
    path = Path(directory).expanduser() if directory else default_directory()
    if stanza_version() is None:
        raise AnnotatorError(f"stanza is not installed; run: {install_command()}")
    import stanza

    try:
        stanza.download(LANG, model_dir=str(path), logging_level="WARN")
    except Exception as exc:  # requests/HF errors, disk errors: all are the user's to fix
        raise AnnotatorError(
            f"could not download stanza's Arabic models into {path}: "
            f"{type(exc).__name__}: {exc}".splitlines()[0]
        ) from exc
    found = status(path)
    if not found.installed:
        raise AnnotatorError(
            f"stanza's download finished but {', '.join(found.missing)} is still missing in {path}"
        )
    return found
