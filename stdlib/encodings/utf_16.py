"""The utf_16 codec (see the encodings package)."""

import codecs

_info = codecs._bom_codec("utf-16", 2)
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
