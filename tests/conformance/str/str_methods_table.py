s = "Hello, World"
methods = ["upper", "lower", "title", "capitalize", "swapcase", "casefold", "isalpha", "isupper", "istitle", "strip", "isascii", "isprintable"]
for m in methods:
    print(f"{m:>12}: {getattr(s, m)()!r}")
print(s.center(20, "~"), s.ljust(15, ".") + "|", s.rjust(15) + "|", s.zfill(15))
print(s.split(", "), s.partition(" "), s.rpartition("o"), s.count("l"), s.find("o"), s.rfind("o"))
