s = "tab\t nl\n cr\r bell\a nul\0 del\x7f nbsp\xa0 zwsp\u200b bom\ufeff lsep\u2028 emoji😀 surr"
print(repr(s))
print(ascii(s))
print(repr("\U0001F600"), repr("\u0378"), repr("\ue000"), repr("\U000E0001"), repr("\x9f"), repr("\xad"))
print("\N{GREEK SMALL LETTER ALPHA}\N{SNOWMAN}", "\u03b1" == "\N{GREEK SMALL LETTER ALPHA}")
print(len("\N{EM DASH}"), ord("\N{EM DASH}"))
