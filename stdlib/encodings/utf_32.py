"""The utf_32 codec (see the encodings package)."""

import codecs
from encodings import _export

_info = codecs._bom_codec("utf-32", 4)
_export(globals(), _info)
