"""Views of a built graph: `kg show` tables, `kg viz` HTML page and the data behind them."""
