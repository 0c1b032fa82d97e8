"""The built-in annotator, lexicons plus rules: `RuleAnnotator` (annotator.py) wires the passes.

One module per concern: organisations.py and posts.py (pass 1, beside the lexicon phrases),
names.py (pass 2, people's names), spans.py (what they share).
"""

from kg.pipeline.annotate.rules.annotator import RuleAnnotator

__all__ = ["RuleAnnotator"]
