"""Benchmarks of kg at corpus scale: build, write, load and query, measured side by side.

Run ``python -m benchmarks --quick`` (under a minute) or ``python -m benchmarks`` (the full
table of docs/benchmarks.md).
"""
