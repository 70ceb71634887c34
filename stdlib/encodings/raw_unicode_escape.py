"""The raw_unicode_escape codec (see the encodings package)."""

import codecs

_info = codecs._stateless("raw-unicode-escape", codecs._codecs.raw_unicode_escape_encode, codecs._codecs.raw_unicode_escape_decode, False)
encode = _info.encode
decode = _info.decode
IncrementalEncoder = _info.incrementalencoder
IncrementalDecoder = _info.incrementaldecoder
StreamWriter = _info.streamwriter
StreamReader = _info.streamreader


class Codec(codecs.Codec):
    def encode(self, input, errors="strict"):
        return _info.encode(input, errors)

    def decode(self, input, errors="strict"):
        return _info.decode(input, errors)


def getregentry():
    return _info
