"""A query's answer as plain rows, and how `kg query` prints them (table, CSV, JSON).

A leaf of kg.store: the embedded store, the endpoint client and `run_query` all return `Rows`.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass

from kg.errors import QueryError


@dataclass
class Rows:
    """A query's answer: column names and rows of plain strings ('' for unbound)."""

    columns: list[str]
    rows: list[list[str]]

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.columns)
        writer.writerows(self.rows)
        return out.getvalue()

    def to_json(self) -> str:
        return json.dumps(
            [dict(zip(self.columns, row, strict=True)) for row in self.rows],
            ensure_ascii=False,
            indent=2,
        )

    def to_table(self) -> str:
        widths = [
            max([len(c), *(len(r[i]) for r in self.rows)]) for i, c in enumerate(self.columns)
        ]
        lines = [" | ".join(c.ljust(w) for c, w in zip(self.columns, widths, strict=True))]
        lines.append("-+-".join("-" * w for w in widths))
        lines += [
            " | ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) for row in self.rows
        ]
        return "\n".join(lines)

    def render(self, fmt: str) -> str:
        renderers = {"table": self.to_table, "csv": self.to_csv, "json": self.to_json}
        if fmt not in renderers:
            raise QueryError(f"unknown output format {fmt!r}; choose table, csv or json")
        return renderers[fmt]()
