"""The utf_16 codec (see the encodings package)."""

import codecs
from encodings import _export

_info = codecs._bom_codec("utf-16", 2)
_export(globals(), _info)
