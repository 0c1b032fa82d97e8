"""The gold format of `kg eval` (rules: ../shared/gold/FORMAT.md): gold files, the rows they
hold, and when an extracted row matches a gold one.

Rows are compared after the scoring normalisation of
`kg.pipeline.text.normalize.normalize_for_match`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.pipeline.text.normalize import normalize_for_match

RoleRow = tuple[str, str, str]  # person, role, organisation
StatementRow = tuple[str, str, str]  # speaker, cue, position


def _tokens(text: str) -> list[str]:
    return normalize_for_match(text).split()


def _bare(token: str) -> str:
    return token[2:] if token.startswith("ال") and len(token) > 2 else token


def name_matches(predicted: str, names: Iterable[str]) -> bool:
    """A predicted name names an entity when it contains all tokens of one of its names
    (a leading ال ignored) and is at most 2 tokens longer."""
    got = [_bare(t) for t in _tokens(predicted)]
    if not got:
        return False
    for name in names:
        want = [_bare(t) for t in _tokens(name)]
        if want and set(want) <= set(got) and len(got) <= len(want) + 2:
            return True
    return False


def role_matches(predicted: str, accepted: Iterable[str]) -> bool:
    """The role contains all tokens of an accepted form (at most 3 more) and begins with
    the same head word."""
    got = _tokens(predicted)
    if not got:
        return False
    for form in accepted:
        want = _tokens(form)
        if want and got[0] == want[0] and set(want) <= set(got) and len(got) <= len(want) + 3:
            return True
    return False


def position_matches(predicted: str, gold: str) -> bool:
    """Token sets overlap by at least 60% of each."""
    got, want = set(_tokens(predicted)), set(_tokens(gold))
    if not got or not want:
        return False
    common = len(got & want)
    return common >= 0.6 * len(got) and common >= 0.6 * len(want)


@dataclass
class Gold:
    """One gold file."""

    path: Path
    document: str
    entities: dict[str, list[str]]
    roles: list[dict]
    statements: list[dict]
    optional_statements: list[dict]
    types: dict[str, str] = field(default_factory=dict)  # entity id -> Person, Country...

    @classmethod
    def load(cls, path: Path) -> Gold:
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
            if not isinstance(data, dict):
                raise TypeError(f"a JSON object expected, not {type(data).__name__}")
            _check_fields(data)
            entities = {e["id"]: list(e["names"]) for e in data.get("entities", [])}
            return cls(
                path,
                data["document"],
                entities,
                list(data.get("roles", [])),
                list(data.get("statements", [])),
                list(data.get("optional_statements", [])),
                {e["id"]: str(e.get("type", "")) for e in data.get("entities", [])},
            )
        except KeyError as exc:
            raise InputError(f"{path}: not a valid gold file (no {exc} field)") from exc
        except (OSError, ValueError, TypeError, AttributeError) as exc:
            raise InputError(f"{path}: not a valid gold file ({exc})") from exc

    def names(self, entity_id: str) -> list[str]:
        return self.entities.get(entity_id, [entity_id])

    def role_ok(self, row: RoleRow, gold: dict) -> bool:
        person, role, organisation = row
        if not name_matches(person, self.names(gold["person"])):
            return False
        if not role_matches(role, gold["role"]):
            return False
        if gold.get("org_unstated"):
            return True
        return any(name_matches(organisation, self.names(o)) for o in gold.get("org", []))

    def statement_ok(self, row: StatementRow, gold: dict) -> bool:
        speaker, _cue, position = row
        return name_matches(speaker, self.names(gold["speaker"])) and position_matches(
            position, gold["position"]
        )


# The fields each row of a gold file must have (FORMAT.md): what scoring reads unguarded.
_ROW_FIELDS = {
    "entities": ("id", "names"),
    "roles": ("person", "role"),
    "statements": ("speaker", "cue", "position"),
    "optional_statements": ("speaker", "cue", "position"),
}


def _check_fields(data: dict) -> None:
    """Refuse a gold file scoring would trip over later (with a traceback): `document` not
    a file name, a section not a list, a row not an object or without a field it needs."""
    if not isinstance(data.get("document"), str):
        raise TypeError('"document" must be the article\'s file name')
    for section, fields in _ROW_FIELDS.items():
        rows = data.get(section, [])
        if not isinstance(rows, list):
            raise TypeError(f'"{section}" must be a list')
        for number, row in enumerate(rows):
            missing = [f for f in fields if not isinstance(row, dict) or f not in row]
            if missing:
                raise TypeError(f'{section}[{number}] has no "{missing[0]}" field')


def gold_files(paths: Iterable[Path]) -> list[Path]:
    """Gold .json files named directly or found in the given directories."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(path.glob("*.json")))
        elif path.exists():
            found.append(path)
        else:
            raise InputError(f"{path}: no such gold file or directory")
    if not found:
        raise InputError("no gold .json files found")
    return found
