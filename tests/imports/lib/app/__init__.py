from .core import VERSION
from . import sub
