"""Formats numbers with thousands separators."""
__version__ = "0.3"


def grouped(n):
    return f"{n:,}"
