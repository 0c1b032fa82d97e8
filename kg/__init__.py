"""kg: knowledge graphs from Arabic news (who holds which post where, who said what)."""

__version__ = "0.1.0"
