"""The latin_1 codec (see the encodings package)."""

import codecs
from encodings import _export

_info = codecs._stateless("iso8859-1", codecs._codecs.latin_1_encode, codecs._codecs.latin_1_decode, False)
_export(globals(), _info)
