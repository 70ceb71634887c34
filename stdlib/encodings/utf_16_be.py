"""The utf_16_be codec (see the encodings package)."""

import codecs
from encodings import _export

_info = codecs._stateless("utf-16-be", codecs._codecs.utf_16_be_encode, codecs._codecs.utf_16_be_decode, True)
_export(globals(), _info)
