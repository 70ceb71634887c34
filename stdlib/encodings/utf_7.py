"""The utf_7 codec (see the encodings package)."""

import codecs
from encodings import _export

_info = codecs._stateless("utf-7", codecs._codecs.utf_7_encode, codecs._codecs.utf_7_decode, True)
_export(globals(), _info)
