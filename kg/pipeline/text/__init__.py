"""Stage 1, text: decode bytes, strip HTML, normalise Arabic, split into a `Document`."""
