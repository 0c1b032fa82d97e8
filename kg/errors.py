"""The library's own exceptions: the CLI turns each into one line `Error: ...` and exit 1."""


class KgError(Exception):
    """Base class of every error a user can cause and fix."""


class InputError(KgError):
    """An article, gold file or graph file cannot be read."""


class AnnotatorError(KgError):
    """An annotator is unknown or cannot run (e.g. its models are missing)."""


class QueryError(KgError):
    """A SPARQL query is malformed or cannot run against its source."""


class StoreError(KgError):
    """A triple store or endpoint refused or failed an operation."""
