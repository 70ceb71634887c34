"""json.decoder (pyx): re-exports from json."""
from json import JSONDecoder, JSONDecodeError
from json import _scanstring as scanstring

__all__ = ['JSONDecoder', 'JSONDecodeError']
