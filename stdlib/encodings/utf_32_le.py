"""The utf_32_le codec (see the encodings package)."""

import codecs
from encodings import _export

_info = codecs._stateless("utf-32-le", codecs._codecs.utf_32_le_encode, codecs._codecs.utf_32_le_decode, True)
_export(globals(), _info)
