"""Codec registry and base classes (CodecInfo, incremental and stream
coders, BOM constants, iterencode/iterdecode), written for pyx from the
documented behaviour; the codecs themselves live in `_codecs`."""

import sys
from _codecs import (register, unregister, lookup, encode, decode, register_error,
                     lookup_error, escape_encode, escape_decode, strict_errors, ignore_errors,
                     replace_errors, backslashreplace_errors, xmlcharrefreplace_errors,
                     namereplace_errors)
import _codecs

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE",
           "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE",
           "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec",
           "IncrementalEncoder", "IncrementalDecoder", "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode", "strict_errors", "ignore_errors",
           "replace_errors", "xmlcharrefreplace_errors", "backslashreplace_errors",
           "namereplace_errors", "register_error", "lookup_error"]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_LE = BOM_UTF16_LE = b"\xff\xfe"
BOM_BE = BOM_UTF16_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
if sys.byteorder == "little":
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """A codec's functions: a 4-tuple (encode, decode, streamreader,
    streamwriter) with the incremental coders as attributes."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    def __init__(self, errors="strict"):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    def __init__(self, errors="strict"):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    charbuffertype = str

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer = self.charbuffertype()
        self.linebuffer = None

    def decode(self, input, errors="strict"):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        while chars < 0 or len(self.charbuffer) < chars:
            newdata = self.stream.read() if size < 0 else self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            newchars, decodedbytes = self.decode(data, self.errors)
            self.bytebuffer = data[decodedbytes:]
            self.charbuffer += newchars
            if not newdata:
                break
            if size < 0 and chars < 0:
                continue
        if chars < 0:
            result = self.charbuffer
            self.charbuffer = self._empty_charbuffer
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        text = self.read()
        lines = text.splitlines(keepends=True)
        if not lines:
            return ""
        self.charbuffer = "".join(lines[1:])
        return lines[0] if keepends else lines[0].splitlines()[0]

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    encoding = "unknown"

    def __init__(self, stream, Reader, Writer, errors="strict"):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamRecoder:
    def __init__(self, stream, encode, decode, Reader, Writer, errors="strict"):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def write(self, data):
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def __getattr__(self, name):
        return getattr(self.stream, name)


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    """Open a file (through the built-in `open`, so only where the host
    granted access) with a codec's reader and writer around it."""
    import builtins
    if encoding is not None and "b" not in mode:
        mode = mode + "b"
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors="strict"):
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode,
                       file_info.streamreader, file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors="strict", **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def make_identity_dict(rng):
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    m = {}
    for k, v in decoding_map.items():
        if v not in m:
            m[v] = k
        else:
            m[v] = None
    return m


# --- the built-in codecs, as CodecInfo -------------------------------------

def _stateless(name, enc, dec, decoder_is_incremental):
    """CodecInfo for a codec given its encode(str, errors) and
    decode(bytes, errors[, final]) functions."""

    class _Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return enc(input, self.errors)[0]

    if decoder_is_incremental:
        class _Decoder(BufferedIncrementalDecoder):
            def _buffer_decode(self, input, errors, final):
                return dec(input, errors, final)
    else:
        class _Decoder(IncrementalDecoder):
            def decode(self, input, final=False):
                return dec(input, self.errors)[0]

    class _Writer(StreamWriter):
        def encode(self, input, errors="strict"):
            return enc(input, errors)

    class _Reader(StreamReader):
        def decode(self, input, errors="strict"):
            if decoder_is_incremental:
                return dec(input, errors, False)
            return dec(input, errors)

    def decode(input, errors="strict"):
        if decoder_is_incremental:
            return dec(input, errors, True)
        return dec(input, errors)

    for cls, what in ((_Encoder, "IncrementalEncoder"), (_Decoder, "IncrementalDecoder"),
                      (_Writer, "StreamWriter"), (_Reader, "StreamReader")):
        cls.__name__ = cls.__qualname__ = what
    return CodecInfo(name=name, encode=enc, decode=decode, incrementalencoder=_Encoder,
                     incrementaldecoder=_Decoder, streamwriter=_Writer, streamreader=_Reader)


def _bom_codec(name, width):
    """UTF-16/32: the encoder writes a BOM once; the decoder reads one."""
    enc_fn = _codecs.utf_16_encode if width == 2 else _codecs.utf_32_encode
    dec_fn = _codecs.utf_16_decode if width == 2 else _codecs.utf_32_decode
    le = _codecs.utf_16_le_encode if width == 2 else _codecs.utf_32_le_encode

    class _Encoder(IncrementalEncoder):
        def __init__(self, errors="strict"):
            IncrementalEncoder.__init__(self, errors)
            self.started = False

        def encode(self, input, final=False):
            if self.started:
                return le(input, self.errors)[0]
            self.started = True
            return enc_fn(input, self.errors)[0]

        def reset(self):
            self.started = False

        def getstate(self):
            return 0 if self.started else 2

        def setstate(self, state):
            self.started = not state

    class _Decoder(BufferedIncrementalDecoder):
        def __init__(self, errors="strict"):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.order = None

        def _buffer_decode(self, input, errors, final):
            if self.order is None:
                text, used = dec_fn(input, errors, final)
                if used >= width:
                    self.order = "be" if input[:width] == (b"\xfe\xff" if width == 2 else b"\x00\x00\xfe\xff") else "le"
                return text, used
            fn = getattr(_codecs, "utf_%d_%s_decode" % (width * 8, self.order))
            return fn(input, errors, final)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.order = None

    class _Writer(StreamWriter):
        def __init__(self, stream, errors="strict"):
            StreamWriter.__init__(self, stream, errors)
            self.started = False

        def encode(self, input, errors="strict"):
            if self.started:
                return le(input, errors)
            self.started = True
            return enc_fn(input, errors)

    class _Reader(StreamReader):
        def decode(self, input, errors="strict"):
            return dec_fn(input, errors, False)

    def decode(input, errors="strict"):
        return dec_fn(input, errors, True)

    for cls, what in ((_Encoder, "IncrementalEncoder"), (_Decoder, "IncrementalDecoder"),
                      (_Writer, "StreamWriter"), (_Reader, "StreamReader")):
        cls.__name__ = cls.__qualname__ = what
    return CodecInfo(name=name, encode=enc_fn, decode=decode, incrementalencoder=_Encoder,
                     incrementaldecoder=_Decoder, streamwriter=_Writer, streamreader=_Reader)


def _bytes_codec(name, enc, dec):
    info = _stateless(name, enc, dec, False)
    info._is_text_encoding = False
    return info


def _hex_encode(data, errors="strict"):
    import binascii
    return binascii.b2a_hex(_codecs._check_bytes(data)), len(data)


def _hex_decode(data, errors="strict"):
    import binascii
    return binascii.a2b_hex(data if isinstance(data, str) else _codecs._check_bytes(data)), len(data)


def _base64_encode(data, errors="strict"):
    import base64
    return base64.encodebytes(_codecs._check_bytes(data)), len(data)


def _base64_decode(data, errors="strict"):
    import base64
    if isinstance(data, str):
        data = data.encode("ascii")
    return base64.decodebytes(_codecs._check_bytes(data)), len(data)


_ROT13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                       "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")


def _rot13(data, errors="strict"):
    return str.translate(data, _ROT13), len(data)


_ALIASES = {}
for _canon, _names in (
        ("utf_8", "utf8 u8 utf utf8_ucs2 utf8_ucs4 cp65001"),
        ("latin_1", "latin1 latin l1 iso8859_1 iso_8859_1 8859 cp819 iso_ir_100 csisolatin1 "
                    "iso_8859_1:1987 l1"),
        ("ascii", "646 us_ascii us ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 cp367 csascii "
                  "ibm367 iso646_us iso_646.irv:1991 iso_ir_6"),
        ("utf_16", "u16 utf16"), ("utf_16_le", "utf_16le unicodelittleunmarked"),
        ("utf_16_be", "utf_16be unicodebigunmarked"),
        ("utf_32", "u32 utf32"), ("utf_32_le", "utf_32le"), ("utf_32_be", "utf_32be"),
        ("unicode_escape", ""), ("raw_unicode_escape", ""),
        ("hex_codec", "hex"), ("base64_codec", "base64 base_64"), ("rot_13", "rot13")):
    _ALIASES[_canon] = _canon
    for _n in _names.split():
        _ALIASES[_n] = _canon
del _canon, _names


def _builtin_codec(name):
    """CodecInfo for a built-in codec name, or None."""
    key = name.replace("-", "_")
    canon = _ALIASES.get(key)
    if canon is None:
        return None
    c = _codecs
    if canon == "utf_8":
        return _stateless("utf-8", c.utf_8_encode, c.utf_8_decode, True)
    if canon == "latin_1":
        return _stateless("iso8859-1", c.latin_1_encode, c.latin_1_decode, False)
    if canon == "ascii":
        return _stateless("ascii", c.ascii_encode, c.ascii_decode, False)
    if canon == "utf_16":
        return _bom_codec("utf-16", 2)
    if canon == "utf_32":
        return _bom_codec("utf-32", 4)
    if canon in ("utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be"):
        return _stateless(canon.replace("_", "-"), getattr(c, canon + "_encode"),
                          getattr(c, canon + "_decode"), True)
    if canon == "unicode_escape":
        return _stateless("unicode-escape", c.unicode_escape_encode,
                          lambda d, e="strict": c.unicode_escape_decode(d, e), False)
    if canon == "raw_unicode_escape":
        return _stateless("raw-unicode-escape", c.raw_unicode_escape_encode,
                          lambda d, e="strict": c.raw_unicode_escape_decode(d, e), False)
    if canon == "hex_codec":
        return _bytes_codec("hex", _hex_encode, _hex_decode)
    if canon == "base64_codec":
        return _bytes_codec("base64", _base64_encode, _base64_decode)
    if canon == "rot_13":
        info = _stateless("rot-13", _rot13, _rot13, False)
        info._is_text_encoding = False
        return info
    return None


# str.encode, bytes.decode and str(b, encoding) run the codecs pyx knows
# natively (UTF-8/16/32, ASCII, Latin-1, cp1252); any other encoding name
# reaches these two, which use the codec registry as CPython does: only a
# text encoding is accepted, and it must give back str (bytes).
def _text_decode(data, encoding, errors):
    info = lookup(encoding)
    if not getattr(info, "_is_text_encoding", True):
        raise LookupError("'%s' is not a text encoding; use codecs.decode() to handle "
                          "arbitrary codecs" % encoding)
    result = info.decode(data, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object, integer)")
    if not isinstance(result[0], str):
        raise TypeError("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to "
                        "decode to arbitrary types" % (encoding, type(result[0]).__name__))
    return result[0]


def _text_encode(text, encoding, errors):
    info = lookup(encoding)
    if not getattr(info, "_is_text_encoding", True):
        raise LookupError("'%s' is not a text encoding; use codecs.encode() to handle "
                          "arbitrary codecs" % encoding)
    result = info.encode(text, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    if not isinstance(result[0], (bytes, bytearray)):
        raise TypeError("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to "
                        "encode to arbitrary types" % (encoding, type(result[0]).__name__))
    return bytes(result[0])
