"""Changes the case of words."""
__version__ = "1.1"


def title(text):
    return " ".join(w[:1].upper() + w[1:] for w in text.split())
