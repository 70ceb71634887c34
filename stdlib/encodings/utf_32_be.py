"""The utf_32_be codec (see the encodings package)."""

import codecs
from encodings import _export

_info = codecs._stateless("utf-32-be", codecs._codecs.utf_32_be_encode, codecs._codecs.utf_32_be_decode, True)
_export(globals(), _info)
