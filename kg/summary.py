"""What a build produced: the counts behind the one-line summary `kg build` prints."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BuildStats:
    """Counts of one build: articles read, people, posts, statements, triples, seconds."""

    articles: int
    people: int
    posts: int
    statements: int
    triples: int
    seconds: float

    def line(self) -> str:
        """One line for humans, e.g. `Built 1 article: 16 people, 12 posts, ... in 0.4 s`."""
        return (
            f"Built {_plural(self.articles, 'article')}: {_plural(self.people, 'person', 'people')}"
            f", {_plural(self.posts, 'post')}, {_plural(self.statements, 'statement')}"
            f", {_plural(self.triples, 'triple')} in {self.seconds:.1f} s"
        )


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"
