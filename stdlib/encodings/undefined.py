"""The "undefined" codec: every use raises UnicodeError (for making an
application fail loudly when it forgets to choose an encoding)."""

import codecs


def _refuse(*args, **kwargs):
    raise UnicodeError("undefined encoding")


class Codec(codecs.Codec):
    encode = decode = _refuse


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        _refuse()


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        _refuse()


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(name="undefined", encode=_refuse, decode=_refuse,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
