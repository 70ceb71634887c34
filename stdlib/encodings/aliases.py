"""Encoding aliases: normalised alias -> module name in `encodings`
(only for the codecs pyx ships)."""

aliases = {}
for _module, _names in (
        ("ascii", "646 ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 cp367 csascii ibm367 "
                  "iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii"),
        ("base64_codec", "base64 base_64"),
        ("hex_codec", "hex"),
        ("latin_1", "8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 "
                    "iso_8859_1_1987 iso_ir_100 l1 latin latin1"),
        ("rot_13", "rot13"),
        ("utf_16", "u16 utf16"),
        ("utf_16_be", "unicodebigunmarked utf_16be"),
        ("utf_16_le", "unicodelittleunmarked utf_16le"),
        ("utf_32", "u32 utf32"),
        ("utf_32_be", "utf_32be"),
        ("utf_32_le", "utf_32le"),
        ("zlib_codec", "zip zlib"),
        ("utf_7", "u7 unicode_1_1_utf_7 utf7"),
        ("utf_8", "u8 utf utf8 utf8_ucs2 utf8_ucs4 cp65001")):
    for _name in _names.split():
        aliases[_name] = _module
del _module, _names, _name

# The single-byte table codecs' aliases (generated).
from encodings._charmap_aliases import ALIASES as _charmap_aliases
aliases.update(_charmap_aliases)
del _charmap_aliases
