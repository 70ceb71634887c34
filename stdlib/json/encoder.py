"""json.encoder (pyx): re-exports from json."""
from json import JSONEncoder, encode_basestring, encode_basestring_ascii
