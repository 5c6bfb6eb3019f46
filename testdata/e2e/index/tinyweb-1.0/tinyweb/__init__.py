"""Renders a minimal HTML page."""
__version__ = "1.0"


def page(title, body):
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"
