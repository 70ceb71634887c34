"""The rot_13 codec (see the encodings package)."""

import codecs
from encodings import _export

_info = codecs._bytes_codec("rot-13", codecs._rot13, codecs._rot13)
_export(globals(), _info)
