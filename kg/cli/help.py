"""How `--help` (and docs/cli.md) show the value each parameter takes.

Typer prints its Python type (`<bool>`, `<str>`, `<int range>`); kg's help shows what to
type instead: nothing for a flag, the choices of an enum (`[turtle|nt|jsonld|trig|nquads]`),
an option's own metavar (`IRI`, `URL`, `VAR`), else `PATH`, `INTEGER`, `NUMBER` or `TEXT`.
`install()` puts `value_label` in place of Typer's label; `kg.cli.app` calls it once.

It also keeps `kg COMMAND --help` from loading pydantic (~0.1 s): typer coerces each value
through a pydantic TypeAdapter, built on first use, and the group's options (`-v`, `-q`,
`--install-completion`, ...) are processed before a command's `--help` is. Click has already
made their values what they are (a bool, a count, or None when not given), so flags and
counts pass as they are.

Why `install()` patches typer's parameter classes rather than using a public setting
(checked against typer 0.29.2, which carries its own copy of click as `typer._click`):

- Typer builds every parameter itself as a `TyperOption` or `TyperArgument`
  (`typer.main.get_click_param`); `typer.Option`/`typer.Argument` take no `cls`, so kg
  cannot choose a parameter class. The one public per-parameter hook, `metavar=`, would
  have to spell each label at each declaration (here it is derived from the type, once,
  and docs/cli.md reads the same function), and for an argument it only renames it: with
  `metavar="ARTICLES..."` the help row still prints typer's type (`ARTICLES...
  <list[Path]>`, from `display_type`) and the usage line braces it (`{ARTICLES...}...`).
- A command class of kg's own (`app.command(cls=...)`, `typer.Typer(cls=...)`: public)
  could override click's `collect_usage_pieces` and `format_options`, but each row's help
  text (`[default: ner]`, `[required]`, `x>=1`) is built inside the parameter's
  `get_help_record` by typer's private helpers: the class would have to copy that
  formatting or rewrite typer's strings, more code and as tied to typer's internals, and
  every command and sub-app (`kg models`) would have to name it.
- `rich_markup_mode` and `context_settings` do not reach the labels: both renderers (click's
  plain help, which kg uses, and typer's rich one) ask the parameter's
  `display_type_rich`.
- The coercion is private (`typer._coercion`): every value goes through it before any
  callback, `parser=` still builds a pydantic `TypeAdapter`, and no setting turns it off.
  Without `flags_as_given`, `kg build --help`, `kg -v show --help` and `kg models status
  --help` load pydantic (tests/test_porch.py fails on all three).

The tests hold what is patched here, so a typer upgrade that renames it fails at once:
tests/test_cli_docs.py (each command's usage line is docs/cli.md's), tests/test_porch.py (no
typer placeholder such as `<str>` in any `--help`, the choices listed, no pydantic loaded).
"""

from __future__ import annotations

import re
from typing import Any

_TYPES = {
    "bool": "",
    "str": "TEXT",
    "Path": "PATH",
    "path": "PATH",
    "file": "PATH",
    "directory": "PATH",
    "int": "INTEGER",
    "int range": "INTEGER",
    "float": "NUMBER",
    "float range": "NUMBER",
}
_LIST = re.compile(r"^list\[(.*)\]$")


def value_label(param: Any, ctx: Any) -> str:
    """What to type after this parameter ('' for a flag)."""
    if getattr(param, "is_flag", False) or getattr(param, "count", False):
        return ""
    if getattr(param, "param_type_name", "") == "option" and param.metavar:
        return str(param.metavar)
    typer_label = str(param.display_type(ctx)).removeprefix("<").removesuffix(">")
    many = _LIST.match(typer_label)
    inner = many.group(1) if many else typer_label
    if inner == "str" and getattr(param, "param_type_name", "") == "argument":
        return ""  # its name says what it is (SOURCE, QUERY)
    label = f"[{inner}]" if "|" in inner else _TYPES.get(inner, inner.upper())
    return f"{label}..." if many or param.nargs == -1 else label


def argument_name(param: Any) -> str:
    """An argument as help and docs/cli.md name it: its metavar or name in capitals, with
    `...` when it takes several (`ARTICLES...`, `QUERY`)."""
    name = (param.metavar or param.name or "").upper()
    return f"{name}..." if param.nargs == -1 else name


def usage_name(param: Any) -> str:
    """An argument in a usage line: bracketed when it may be left out (`[CORPUS]`)."""
    name = argument_name(param)
    return name if param.required else f"[{name}]"


def install() -> None:
    """Show `value_label` in Typer's help (typer calls `display_type_rich` for its plain help
    too), for options and arguments alike."""
    from typer.core import TyperArgument, TyperOption

    def display_type_rich(self: Any, ctx: Any) -> str | None:
        return value_label(self, ctx) or None

    TyperOption.display_type_rich = display_type_rich  # type: ignore[method-assign]
    TyperArgument.display_type_rich = display_type_rich  # type: ignore[method-assign]
    # typer writes a required argument `{articles}...` in the usage line: name it as
    # docs/cli.md does
    TyperArgument._usage_display_name = usage_name  # type: ignore[method-assign]
    TyperArgument._rich_display_name = argument_name  # type: ignore[method-assign]

    from typer._coercion import PassThroughRuntimeParam

    runtime_param = TyperOption.get_runtime_param

    def flags_as_given(self: Any) -> Any:
        descriptor = self.type_descriptor
        plain = descriptor.annotation is bool or getattr(self, "count", False)
        if plain and self._runtime_param is None:  # click gives a bool, a count or None
            self._runtime_param = PassThroughRuntimeParam(
                annotation=descriptor.annotation, parameter_info=descriptor.parameter_info
            )
        return runtime_param(self)

    TyperOption.get_runtime_param = flags_as_given  # type: ignore[method-assign]
