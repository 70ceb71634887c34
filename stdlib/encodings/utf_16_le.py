"""The utf_16_le codec (see the encodings package)."""

import codecs
from encodings import _export

_info = codecs._stateless("utf-16-le", codecs._codecs.utf_16_le_encode, codecs._codecs.utf_16_le_decode, True)
_export(globals(), _info)
