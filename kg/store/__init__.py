"""Where graphs live: embedded Oxigraph stores, SPARQL endpoints, files; load, query, validate."""
