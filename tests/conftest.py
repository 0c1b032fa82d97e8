"""Fixtures shared by the test modules.

`annotator`: the rule-based annotator the extraction-rule modules (test_roles_*,
test_post_genitives, test_title_states) run their sentences through. Module-scoped, as each
module had it: one annotator per module, its per-article state reset by every `annotate`.
A module that needs another annotator (test_roles_movements, test_shared_articles,
test_stanza_models) defines its own `annotator`, which overrides this one.
"""

from __future__ import annotations

import pytest

from kg.pipeline.annotate.rules import RuleAnnotator


@pytest.fixture(scope="module")
def annotator() -> RuleAnnotator:
    """A fresh `RuleAnnotator` for the module."""
    return RuleAnnotator()
