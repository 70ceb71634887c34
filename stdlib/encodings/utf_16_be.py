"""The utf_16_be codec (see the encodings package)."""

import codecs

_info = codecs._stateless("utf-16-be", codecs._codecs.utf_16_be_encode, codecs._codecs.utf_16_be_decode, True)
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
