"""Keep a readable part of a large graph for the page: an ego network, the best-connected.

A page with hundreds of nodes is a hairball whatever the layout, so `kg viz` shows at most
`limit` entities: those with the most links (ties: the order of `graph_data`), after
narrowing to the entities named `focus` and their neighbours when asked. What was left out
is counted in `GraphData.omitted`, which the page and the command both report.
"""

from __future__ import annotations

from dataclasses import replace

from kg.errors import InputError
from kg.pipeline.text.normalize import fold
from kg.view.graphdata import Edge, GraphData, Omitted, Post

DEFAULT_LIMIT = 200


def focus_nodes(data: GraphData, name: str) -> set[int]:
    """The nodes whose label or key is `name` (spelling-folded), else those that contain it."""
    wanted = fold(name).strip()
    if not wanted:
        raise InputError("--focus needs a name")
    exact = {n.id for n in data.nodes if wanted in (fold(n.label).strip(), fold(n.key).strip())}
    if exact:
        return exact
    found = {n.id for n in data.nodes if wanted in fold(n.label) or wanted in fold(n.key)}
    if not found:
        raise InputError(f"--focus {name!r}: no entity of the graph is named so")
    return found


def cap(data: GraphData, limit: int | None = DEFAULT_LIMIT, focus: str | None = None) -> GraphData:
    """`data` narrowed to `focus`'s ego network (if given) and its `limit` best-connected
    nodes (None: no limit); nodes renumbered, facts kept when their subject is kept."""
    keep = set(range(len(data.nodes)))
    if focus is not None:
        centre = focus_nodes(data, focus)
        keep = set(centre)
        for e in data.edges:
            if e.source in centre or e.target in centre:
                keep |= {e.source, e.target}
    else:
        centre = set()
    by_limit = 0
    if limit is not None and len(keep) > limit:
        ranked = sorted(keep, key=lambda i: (i not in centre, -data.nodes[i].degree, i))
        by_limit = len(keep) - limit
        keep = set(ranked[:limit])
    if focus is None and len(keep) == len(data.nodes):
        return data
    new = {old: i for i, old in enumerate(sorted(keep))}
    out = GraphData(articles=data.articles)
    out.nodes = [replace(data.nodes[old], id=i) for old, i in new.items()]
    posts: dict[int, int] = {}
    for p in data.posts:
        if p.holder in new:
            posts[p.id] = len(out.posts)
            out.posts.append(_post(p, len(out.posts), new))
    statements: dict[int, int] = {}
    for s in data.statements:
        if s.speaker in new:
            statements[s.id] = len(out.statements)
            about = [new[a] for a in s.about if a in new]
            out.statements.append(
                replace(s, id=len(out.statements), speaker=new[s.speaker], about=about)
            )
    for e in data.edges:
        if e.source in new and e.target in new:
            out.edges.append(_edge(e, new, posts, statements))
    out.omitted = Omitted(
        nodes=len(data.nodes) - len(out.nodes),
        edges=len(data.edges) - len(out.edges),
        statements=len(data.statements) - len(out.statements),
        posts=len(data.posts) - len(out.posts),
        total_nodes=len(data.nodes),
        limit=limit,
        focus=focus,
        by_limit=by_limit,
    )
    return out


def _post(p: Post, index: int, new: dict[int, int]) -> Post:
    organisation = new.get(p.organisation) if p.organisation is not None else None
    return replace(p, id=index, holder=new[p.holder], organisation=organisation)


def _edge(e: Edge, new: dict[int, int], posts: dict[int, int], said: dict[int, int]) -> Edge:
    return replace(
        e,
        source=new[e.source],
        target=new[e.target],
        posts=[posts[i] for i in e.posts if i in posts],
        statements=[said[i] for i in e.statements if i in said],
    )
