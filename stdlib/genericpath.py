"""Path operations common to all platforms, as pure string functions (pyx).
File-system queries are unavailable without a capability."""

from posixpath import commonprefix

__all__ = ['commonprefix']
