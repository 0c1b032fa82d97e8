"""Fixtures shared by the test modules.

`server`: a real Oxigraph server (`oxigraph serve`) on a free loopback port, one per module
that asks for it (tests marked `server`: test_server, test_cli_endpoint); skipped when the
binary is not installed.

`annotator`: the rule-based annotator the extraction-rule modules (test_roles_*,
test_post_genitives, test_title_states) run their sentences through. Module-scoped, as each
module had it: one annotator per module, its per-article state reset by every `annotate`.
A module that needs another annotator (test_roles_movements, test_shared_articles,
test_stanza_models) defines its own `annotator`, which overrides this one.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kg.pipeline.annotate.rules import RuleAnnotator
from kg.store.server import local_server, oxigraph_binary


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Start `oxigraph serve` on a free loopback port; yield its base URL; stop it."""
    if oxigraph_binary() is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    with local_server(tmp_path_factory.mktemp("oxigraph") / "db", wait=20) as running:
        yield running.url


@pytest.fixture(scope="module")
def annotator() -> RuleAnnotator:
    """A fresh `RuleAnnotator` for the module."""
    return RuleAnnotator()
