"""The hex_codec codec (see the encodings package)."""

import codecs
from encodings import _export

_info = codecs._bytes_codec("hex", codecs._hex_encode, codecs._hex_decode)
_export(globals(), _info)
