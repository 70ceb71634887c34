__all__ = ["circle", "SQUARE"]
SQUARE = "square"
_private = 1
