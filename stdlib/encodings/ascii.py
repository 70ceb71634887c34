"""The ascii codec (see the encodings package)."""

import codecs
from encodings import _export

_info = codecs._stateless("ascii", codecs._codecs.ascii_encode, codecs._codecs.ascii_decode, False)
_export(globals(), _info)
