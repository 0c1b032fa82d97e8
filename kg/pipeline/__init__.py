"""From article text to RDF: text -> annotate -> extract -> rdf; `pipeline.py` wires the stages."""
