"""Interpret bytes as packed binary data: see `_struct`."""

from _struct import *
from _struct import _clearcache
from _struct import __doc__
