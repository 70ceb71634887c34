cases = ["a,b,c", ",a,,b,", "", ",", "no-sep", "a,,", ",,,"]
for c in cases:
    parts = c.split(",")
    print(repr(c), parts, ",".join(parts) == c)
words = "  the   quick  brown   fox  ".split()
print(words, " ".join(words), "_".join(reversed(words)))
print("\n".join(["l1", "l2"]).splitlines(), "x".join("") == "")
