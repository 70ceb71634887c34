"""The standard codec package (written for pyx).

Importing it registers `search_function` with the codec registry (the
`_codecs` module does that on its first lookup, as CPython does at start
up). A lookup normalises the name (`normalize_encoding`), maps aliases
through `encodings.aliases`, imports `encodings.<name>` and calls its
`getregentry()`, which returns a `codecs.CodecInfo`. Only modules of this
package are imported: an encoding name can never reach another module.

The codecs here are those pyx implements: utf_7, utf_8, utf_8_sig, utf_16,
utf_16_le, utf_16_be, utf_32, utf_32_le, utf_32_be, ascii, latin_1,
unicode_escape, raw_unicode_escape, hex_codec, base64_codec, zlib_codec,
rot_13 and undefined.
"""

import codecs
from . import aliases as _aliases_module

_cache = {}
_unknown = "--unknown--"
_import_tail = ["*"]
_aliases = _aliases_module.aliases


class CodecRegistryError(LookupError, SystemError):
    pass


def _export(namespace, info):
    """Give a codec module (its `globals()`) the names a codec module has:
    encode, decode, the incremental and stream classes, a Codec class and
    getregentry, all from the codecs.CodecInfo `info`."""

    class Codec(codecs.Codec):
        def encode(self, input, errors="strict"):
            return info.encode(input, errors)

        def decode(self, input, errors="strict"):
            return info.decode(input, errors)

    def getregentry():
        return info

    Codec.__module__ = getregentry.__module__ = namespace["__name__"]
    Codec.__qualname__ = "Codec"
    namespace.update(
        encode=info.encode, decode=info.decode,
        IncrementalEncoder=info.incrementalencoder,
        IncrementalDecoder=info.incrementaldecoder,
        StreamWriter=info.streamwriter, StreamReader=info.streamreader,
        Codec=Codec, getregentry=getregentry)


def normalize_encoding(encoding):
    """`encoding` with each run of characters other than ASCII letters,
    digits and '.' turned into one '_' (none at the ends); non-ASCII
    letters and digits are dropped. Bytes are decoded as ASCII first."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    return codecs._codecs._collapse(encoding)


def search_function(encoding):
    entry = _cache.get(encoding, _unknown)
    if entry is not _unknown:
        return entry
    norm = normalize_encoding(encoding)
    alias = _aliases.get(norm) or _aliases.get(norm.replace(".", "_"))
    candidates = [alias, norm] if alias is not None else [norm]
    mod = None
    for modname in candidates:
        if not modname or "." in modname:
            continue
        try:
            mod = __import__("encodings." + modname, fromlist=_import_tail, level=0)
        except ImportError:
            continue
        break
    getregentry = getattr(mod, "getregentry", None) if mod is not None else None
    if getregentry is None:
        _cache[encoding] = None
        return None
    entry = getregentry()
    if not isinstance(entry, codecs.CodecInfo):
        if not 4 <= len(entry) <= 7:
            raise CodecRegistryError("module \"%s\" (%s) failed to register"
                                     % (mod.__name__, getattr(mod, "__file__", "?")))
        if not callable(entry[0]) or not callable(entry[1]) or \
                (entry[2] is not None and not callable(entry[2])) or \
                (entry[3] is not None and not callable(entry[3])) or \
                (len(entry) > 4 and entry[4] is not None and not callable(entry[4])) or \
                (len(entry) > 5 and entry[5] is not None and not callable(entry[5])):
            raise CodecRegistryError("incompatible codecs in module \"%s\" (%s)"
                                     % (mod.__name__, getattr(mod, "__file__", "?")))
        if len(entry) < 7 or entry[6] is None:
            entry += (None,) * (6 - len(entry)) + (mod.__name__.split(".", 1)[1],)
        entry = codecs.CodecInfo(*entry)
    _cache[encoding] = entry
    getaliases = getattr(mod, "getaliases", None)
    if getaliases is not None:
        for name in getaliases():
            if name not in _aliases:
                _aliases[name] = mod.__name__.split(".", 1)[1]
    return entry


codecs.register(search_function)
