"""`WeakSet` (CPython keeps it in `_weakrefset`; pyx in `weakref`)."""
from weakref import WeakSet

__all__ = ["WeakSet"]
