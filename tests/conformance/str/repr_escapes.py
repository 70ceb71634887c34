for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "cr\r", "nul\x00", "bell\x07", "\x7f",
          "back\\slash", "é", "\u200b", "日本", "\U0001F600", "\ud800", "\x80\x9f\xa0", "\u00ad", "\\n"]:
    print(repr(s), ascii(s), len(s))
print(str("x"), str(5), str(None), str([1, "a"]), str(("a",)), repr("a" * 3))
