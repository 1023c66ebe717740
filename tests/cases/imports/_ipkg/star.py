__all__ = ["public", "_listed_private"]
public = 1
_listed_private = 2
not_listed = 3
