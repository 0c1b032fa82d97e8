"""Stage 4, rdf: ontology terms, the graph builder and the serialisers."""
