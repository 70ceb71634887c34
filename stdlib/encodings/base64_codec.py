"""The base64_codec codec (see the encodings package)."""

import codecs
from encodings import _export

_info = codecs._bytes_codec("base64", codecs._base64_encode, codecs._base64_decode)
_export(globals(), _info)
