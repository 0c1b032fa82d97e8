"""The query index (kg.store.index): one label per entity, statement -> country links,
people's counts and the rows of roles and former-posts, in a named graph that every store
write rewrites from the facts (docs/store.md)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import QueryError
from kg.resources import QUERIES, query_names
from kg.store.embedded import EmbeddedStore, memory_store
from kg.store.index import INDEX_GRAPH, KGI, country_links
from kg.store.load import load
from kg.store.query import run_query

KGO = "https://w3id.org/kg-arabic-news/ontology#"
ID = "https://w3id.org/kg-arabic-news/id/"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
PREF = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"


def _brute(names: list[tuple[str, str]], positions: list[tuple[str, str]]) -> set:
    return {(s, c) for s, text in positions for c, n in names if n in text}


@pytest.mark.parametrize(
    "names, positions",
    [
        ([("SY", "سوريا"), ("SY", "سوري"), ("IQ", "العراق")],
         [("s1", "في سوريا والعراق"), ("s2", "لا شيء هنا"), ("s3", "الشعب السوري"), ("s4", "")]),
        ([("SY", "سوريا")], [("s1", "سوريا ثم سوريا"), ("s2", "xسوريا"), ("s3", "سوري")]),
        ([("A", "ab"), ("B", "b"), ("C", "abc")], [("s1", "abc"), ("s2", "b"), ("s3", "cab")]),
        ([("X", ""), ("A", "a")], [("s1", "a"), ("s2", "z")]),
        ([], [("s1", "a")]),
    ],
)  # fmt: skip
def test_country_links_are_the_substring_test(names: list, positions: list) -> None:
    links = country_links(names, positions)
    assert len(links) == len(set(links))
    assert set(links) == _brute(names, positions)


def _article(file: str, statement: str, position: str, country_name: str, speaker: str) -> str:
    """N-Quads of a tiny article graph: a statement by person P about a position text, and
    country SY named `country_name` in it."""
    g, art = f"<{ID}graph/{file}>", f"<{ID}article/{file}/0>"
    st, p, sy = f"<{ID}article/{file}/0#{statement}>", f"<{ID}person/P>", f"<{ID}country/SY>"
    span = f"<{ID}article/{file}/0#span-{statement}>"
    lines = [
        f"{art} <{KGO}fileName> {ox.Literal(file)} {g} .",
        f"{st} {RDF_TYPE} <{KGO}Statement> {g} .",
        f"{st} <{KGO}speaker> {p} {g} .",
        f"{st} <{KGO}position> {ox.Literal(position, language='ar')} {g} .",
        f"{st} <{KGO}sourceArticle> {art} {g} .",
        f"{st} <{KGO}positionSpan> {span} {g} .",
        f"{span} <{NIF}beginIndex> {ox.Literal(0)} {g} .",
        f"{span} <{NIF}endIndex> {ox.Literal(len(position))} {g} .",
        f"{p} {RDF_TYPE} <{KGO}Person> {g} .",
        f"{p} {PREF} {ox.Literal(speaker, language='ar')} {g} .",
        f"{sy} {RDF_TYPE} <{KGO}Country> {g} .",
        f'{sy} <{KGO}key> "SY" {g} .',
        f"{sy} {PREF} {ox.Literal('سوريا', language='ar')} {g} .",
        f"{sy} {LABEL} {ox.Literal(country_name, language='ar')} {g} .",
    ]
    return "\n".join(lines) + "\n"


def _index(store: Path) -> set[tuple[str, str, str]]:
    """The labels and country links of the store's index."""
    with EmbeddedStore.open(store, create=False, read_only=True) as opened:
        return {
            (q.subject.value, q.predicate.value, q.object.value)
            for q in opened.store.quads_for_pattern(None, None, None, INDEX_GRAPH)
            if q.predicate.value in (f"{KGI}label", f"{KGI}country")
        }


def _rows(store: Path, prefix: str) -> set[tuple[tuple[str, str], ...]]:
    """The index's rows of a canned query (nodes whose predicates start with `prefix`,
    named ``kgr:index/QUERY/MD5``): each row as its sorted (predicate name, value) pairs."""
    with EmbeddedStore.open(store, create=False, read_only=True) as opened:
        rows: dict[str, set[tuple[str, str]]] = {}
        for q in opened.store.quads_for_pattern(None, None, None, INDEX_GRAPH):
            name = q.predicate.value.removeprefix(KGI)
            if name.startswith(prefix):
                assert q.subject.value.startswith(f"{INDEX_GRAPH.value}/")
                rows.setdefault(q.subject.value, set()).add((name, q.object.value))
        return {tuple(sorted(row)) for row in rows.values()}


def _posts(file: str, person: str, label: str, role: str, former: bool) -> str:
    """N-Quads of a tiny article graph: `person` (labelled `label`) holds post `role` of
    organisation O, as a post held before the article was published when `former`."""
    g, art = f"<{ID}graph/{file}>", f"<{ID}article/{file}/0>"
    m, p, o = f"<{ID}article/{file}/0#m>", f"<{ID}person/{person}>", f"<{ID}organisation/O>"
    interval, when = f"<{ID}article/{file}/0#during>", f"<{ID}article/{file}/0#published>"
    org, time = "http://www.w3.org/ns/org#", "http://www.w3.org/2006/time#"
    lines = [
        f"{art} <{KGO}fileName> {ox.Literal(file)} {g} .",
        f"{art} <{time}hasTime> {when} {g} .",
        f"{m} {RDF_TYPE} <{KGO}Membership> {g} .",
        f"{m} <{org}member> {p} {g} .",
        f"{m} <{org}organization> {o} {g} .",
        f"{m} <{KGO}roleLabel> {ox.Literal(role, language='ar')} {g} .",
        f"{m} <{KGO}sourceArticle> {art} {g} .",
        f"{m} <{org}memberDuring> {interval} {g} .",
        f"{interval} <{time}{'before' if former else 'inside'}> {when} {g} .",
        f"{p} {RDF_TYPE} <{KGO}Person> {g} .",
        f"{p} {PREF} {ox.Literal(label, language='ar')} {g} .",
        f"{o} {PREF} {ox.Literal('الأمم المتحدة', language='ar')} {g} .",
    ]
    return "\n".join(lines) + "\n"


def test_rebuilt_article_rewrites_the_index_and_keeps_what_others_give(tmp_path: Path) -> None:
    """A name of Syria seen only in article b links a statement of article a; re-building b
    without that name drops the link; re-building a without its statement drops its links;
    the person's label is the least of its labels across articles, and follows them."""
    a = _article("a.txt", "s", "قال إن الشام بلد", "سوريا", "زيد")
    b = _article("b.txt", "t", "عن سوريا", "الشام", "أحمد")
    files = {name: tmp_path / f"{name}.nq" for name in ("a", "b", "b2", "a2")}
    files["a"].write_text(a, encoding="utf-8")
    files["b"].write_text(b, encoding="utf-8")
    files["b2"].write_text(b.replace("الشام", "سوريا"), encoding="utf-8")
    files["a2"].write_text(
        "\n".join(line for line in a.splitlines() if "#s>" not in line) + "\n", encoding="utf-8"
    )
    store = tmp_path / "store"
    st_a, st_b = f"{ID}article/a.txt/0#s", f"{ID}article/b.txt/0#t"
    sy, person = f"{ID}country/SY", f"{ID}person/P"
    load(files["a"], store, quiet=True)
    load(files["b"], store, quiet=True)
    assert _index(store) == {
        (st_a, f"{KGI}country", sy),  # الشام: a name only article b gives
        (st_b, f"{KGI}country", sy),
        (person, f"{KGI}label", "أحمد"),  # the least of زيد and أحمد
        (sy, f"{KGI}label", "سوريا"),
    }
    load(files["b2"], store, quiet=True)  # b no longer calls Syria الشام
    assert _index(store) == {
        (st_b, f"{KGI}country", sy),
        (person, f"{KGI}label", "أحمد"),
        (sy, f"{KGI}label", "سوريا"),
    }
    load(files["a"], store, quiet=True)
    load(files["b"], store, quiet=True)
    load(files["a2"], store, quiet=True)  # a's statement leaves: so do its links
    assert (st_a, f"{KGI}country", sy) not in _index(store)
    assert (st_b, f"{KGI}country", sy) in _index(store)
    with EmbeddedStore.open(store, create=False, read_only=True) as opened:
        assert opened.graph_names() == [f"{ID}graph/a.txt", f"{ID}graph/b.txt"]
        assert opened.quad_count() == a.count("\n") - 5 + b.count("\n")  # no index quad


def test_a_graph_file_read_for_a_query_gets_the_index(tmp_path: Path) -> None:
    path = tmp_path / "a.nq"
    path.write_text(_article("a.txt", "s", "عن سوريا", "سوريا", "زيد"), encoding="utf-8")
    store = memory_store(path)
    assert (
        len(list(store.quads_for_pattern(None, None, None, INDEX_GRAPH))) == 8
    )  # the marker and its version, two labels, one link, the person's counts and rank


def test_a_store_without_the_index_gets_the_canned_queries_that_need_none(
    tmp_path: Path,
) -> None:
    """Canned queries run their index form where the index is, their plain form where it
    is not (a store of an older kg): the same rows. A query file that reads the index is
    refused on a store without one, rather than answering nothing."""
    path = tmp_path / "a.nq"
    path.write_text(_article("a.txt", "s", "عن سوريا", "سوريا", "زيد"), encoding="utf-8")
    store = tmp_path / "store"
    load(path, store, quiet=True)
    with_index = {name: run_query(store, name).rows for name in query_names()}
    assert with_index["statements-about-country"] == [
        ["سوريا", "زيد", "عن سوريا", "0", "8", "a.txt"]
    ]
    with EmbeddedStore.open(store) as opened:  # as an older kg left it
        opened.apply(f"DROP GRAPH {INDEX_GRAPH}")
        assert not opened.has_index()
    assert {name: run_query(store, name).rows for name in query_names()} == with_index
    indexed = QUERIES / "indexed" / "statements.rq"
    with pytest.raises(QueryError, match="has no query index"):
        run_query(store, str(indexed))


def test_rebuilt_article_rewrites_the_rows_of_roles_and_former_posts(tmp_path: Path) -> None:
    """The index's rows of roles and former-posts, and people's counts, follow the facts: a
    re-built article's old post leaves them, the post another article gives stays, and the
    canned queries read the same rows from the index as their plain forms from the facts."""
    files = {
        "a": _posts("a.txt", "P", "زيد", "وزير الخارجية", former=False),
        "b": _posts("b.txt", "Q", "عمرو", "الأمين العام", former=True),
        "a2": _posts("a.txt", "P", "زيد", "وزير الدفاع", former=True),
    }
    for name, text in files.items():
        (tmp_path / f"{name}.nq").write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    load(tmp_path / "a.nq", store, quiet=True)
    load(tmp_path / "b.nq", store, quiet=True)
    un = "الأمم المتحدة"
    assert _rows(store, "role") == {
        (("roleName", "وزير الخارجية"), ("roleOrganisation", un), ("rolePerson", "زيد")),
        (("roleName", "الأمين العام"), ("roleOrganisation", un), ("rolePerson", "عمرو")),
    }
    assert _rows(store, "former") == {
        (("formerFile", "b.txt"), ("formerOrganisation", un), ("formerPerson", "عمرو"),
         ("formerRole", "الأمين العام")),
    }  # fmt: skip
    load(tmp_path / "a2.nq", store, quiet=True)  # a's post is now a former one, and another
    assert _rows(store, "role") == {
        (("roleName", "وزير الدفاع"), ("roleOrganisation", un), ("rolePerson", "زيد")),
        (("roleName", "الأمين العام"), ("roleOrganisation", un), ("rolePerson", "عمرو")),
    }
    assert {r[0] for r in _rows(store, "former")} == {
        ("formerFile", "a.txt"),
        ("formerFile", "b.txt"),
    }
    assert run_query(store, "former-posts").rows == [
        ["زيد", "وزير الدفاع", un, "a.txt"],
        ["عمرو", "الأمين العام", un, "b.txt"],
    ]
    assert run_query(store, "people").rows == [
        [f"{ID}person/P", "زيد", "1", "0"],
        [f"{ID}person/Q", "عمرو", "1", "0"],
    ]
    indexed = {name: run_query(store, name).rows for name in ("roles", "former-posts", "people")}
    with EmbeddedStore.open(store) as opened:  # an index of an older version
        opened.apply(f"DELETE DATA {{ GRAPH {INDEX_GRAPH} {{ {INDEX_GRAPH} <{KGI}version> 3 }} }}")
        assert not opened.has_index()
    assert {name: run_query(store, name).rows for name in indexed} == indexed  # plain forms
