"""The utf_8 codec (see the encodings package)."""

import codecs
from encodings import _export

_info = codecs._stateless("utf-8", codecs._codecs.utf_8_encode, codecs._codecs.utf_8_decode, True)
_export(globals(), _info)
