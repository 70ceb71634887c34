"""The utf-8-sig codec: UTF-8 with a byte order mark. Encoding writes the
BOM first; decoding drops one at the start if there is one."""

import codecs
from _codecs import utf_8_encode, utf_8_decode

_BOM = codecs.BOM_UTF8


def encode(input, errors="strict"):
    return _BOM + utf_8_encode(input, errors)[0], len(input)


def decode(input, errors="strict"):
    skip = 3 if input[:3] == _BOM else 0
    text, used = utf_8_decode(input[skip:], errors, True)
    return text, used + skip


class IncrementalEncoder(codecs.IncrementalEncoder):
    def __init__(self, errors="strict"):
        codecs.IncrementalEncoder.__init__(self, errors)
        self.first = 1

    def encode(self, input, final=False):
        if self.first:
            self.first = 0
            return _BOM + utf_8_encode(input, self.errors)[0]
        return utf_8_encode(input, self.errors)[0]

    def reset(self):
        codecs.IncrementalEncoder.reset(self)
        self.first = 1

    def getstate(self):
        return self.first

    def setstate(self, state):
        self.first = state


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def __init__(self, errors="strict"):
        codecs.BufferedIncrementalDecoder.__init__(self, errors)
        self.first = 1

    def _buffer_decode(self, input, errors, final):
        if self.first:
            if len(input) < 3 and _BOM.startswith(input) and not final:
                return "", 0    # could still be a BOM: wait for more
            self.first = 0
            if input[:3] == _BOM:
                text, used = utf_8_decode(input[3:], errors, final)
                return text, used + 3
        return utf_8_decode(input, errors, final)

    def reset(self):
        codecs.BufferedIncrementalDecoder.reset(self)
        self.first = 1

    def getstate(self):
        buffered, flag = codecs.BufferedIncrementalDecoder.getstate(self)
        return buffered, self.first

    def setstate(self, state):
        codecs.BufferedIncrementalDecoder.setstate(self, state)
        self.first = state[1]


class StreamWriter(codecs.StreamWriter):
    def reset(self):
        codecs.StreamWriter.reset(self)
        try:
            del self.encode
        except AttributeError:
            pass

    def encode(self, input, errors="strict"):
        self.encode = utf_8_encode    # the BOM only once
        return encode(input, errors)


class StreamReader(codecs.StreamReader):
    def reset(self):
        codecs.StreamReader.reset(self)
        try:
            del self.decode
        except AttributeError:
            pass

    def decode(self, input, errors="strict"):
        if len(input) < 3 and _BOM.startswith(input):
            return "", 0
        self.decode = utf_8_decode    # the BOM only at the start
        if input[:3] == _BOM:
            text, used = utf_8_decode(input[3:], errors)
            return text, used + 3
        return utf_8_decode(input, errors)


class Codec(codecs.Codec):
    def encode(self, input, errors="strict"):
        return encode(input, errors)

    def decode(self, input, errors="strict"):
        return decode(input, errors)


def getregentry():
    return codecs.CodecInfo(name="utf-8-sig", encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamreader=StreamReader, streamwriter=StreamWriter)
