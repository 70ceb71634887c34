"""The unicode_escape codec (see the encodings package)."""

import codecs
from encodings import _export

_info = codecs._stateless("unicode-escape", codecs._codecs.unicode_escape_encode, codecs._codecs.unicode_escape_decode, False)
_export(globals(), _info)
