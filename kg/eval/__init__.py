"""Scoring extraction against gold annotations: gold format, scorer, report (`kg eval`)."""
