tests = ["abc", "ABC", "Abc", "123", "12.3", "", " ", "\t\n", "abc123", "a b", "Hello World", "Hello world", "²", "½", "٣", "_x", "x1", "1x", "class", "ÿ", "\x00"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isspace(),
          t.isupper(), t.islower(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii())
