"""Stage 2: annotators, chosen by name from a tiny registry and imported lazily.

An annotator turns a `Document` into an `Annotation` (words and typed mentions). The
built-in `rules` annotator needs nothing but the lexicons shipped in kg/data; others
(stanza) are optional back-ends loaded only when asked for.
"""

from __future__ import annotations

from importlib import import_module
from typing import Protocol, runtime_checkable

from kg.errors import AnnotatorError
from kg.pipeline.annotate.model import Annotation
from kg.pipeline.text.document import Document


@runtime_checkable
class Annotator(Protocol):
    """Anything with a `name` and `annotate(document) -> Annotation`."""

    name: str

    def annotate(self, document: Document) -> Annotation: ...


# name -> "module:Class"; the module is imported only when the annotator is requested.
REGISTRY: dict[str, str] = {
    "rules": "kg.pipeline.annotate.rules:RuleAnnotator",
    "ner": "kg.pipeline.annotate.learned:LearnedAnnotator",
    "stanza": "kg.pipeline.annotate.stanza:StanzaAnnotator",
}
# The default: the rules plus the learned name tagger. It finds people no lexicon holds and
# never scored lower than `rules` on any fold of the dev articles (docs/accuracy.md, "Names").
DEFAULT = "ner"


def available() -> list[str]:
    """Names of the registered annotators."""
    return sorted(REGISTRY)


def get_annotator(name: str = DEFAULT) -> Annotator:
    """Instantiate the annotator registered as `name`."""
    try:
        target = REGISTRY[name]
    except KeyError:
        raise AnnotatorError(
            f"unknown annotator {name!r}; choose one of: {', '.join(available())}"
        ) from None
    module_name, _, class_name = target.partition(":")
    try:
        module = import_module(module_name)
    except ImportError as exc:
        from kg.pipeline.annotate.models import extra_requirements

        command = "pip install " + " ".join(f"'{r}'" for r in extra_requirements(name))
        raise AnnotatorError(
            f"annotator {name!r} is not installed ({exc.name or exc}); "
            f"perhaps you need to run: {command}"
        ) from exc
    return getattr(module, class_name)()
