"""The pure-Python ABCMeta. pyx's `abc` is already written in Python, so
this module hands out the same class (CPython keeps two: a C one in `abc`
and this one)."""
from abc import ABCMeta, get_cache_token

__all__ = ["ABCMeta", "get_cache_token"]
