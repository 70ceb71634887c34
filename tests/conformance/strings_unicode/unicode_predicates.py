for c in ["a", "Z", "é", "É", "ß", "ǅ", "1", "١", "½", "²", " ", "\u00a0", "\u2003", "\t", "日", "_", "!", "😀", "\u200b", "\x85"]:
    print(repr(c), c.isalpha(), c.isupper(), c.islower(), c.istitle(), c.isdigit(), c.isnumeric(), c.isspace(), c.isprintable(), c.isalnum())
