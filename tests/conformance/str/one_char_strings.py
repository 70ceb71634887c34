# Empty and one-character strings made by every route are the same values
# (and hash the same) whichever way they were made.
made = [
    "abc"[1], str(5), repr(7), "%s" % 8, "%d" % 9, chr(97), "".join(["z"]),
    "a" + "", "" + "b", "xyz"[-1], "ab"[0:1], f"{3}", format(4), str(True)[0],
    "\x00", "\x7f", "é", "€", "\U0001f600", "", "x"[0:0], chr(0), chr(127),
    chr(128), chr(255), "A".lower(), "b".upper(), "%c" % 99, "{}".format("q"),
]
for s in made:
    print(repr(s), len(s), hash(s) == hash(s[:]), s == "".join(list(s)))
print(sorted(set(made)) == sorted(set(made), key=ord if False else None))
all_ascii = [chr(i) for i in range(130)]
print("".join(all_ascii) == "".join(str(c) for c in all_ascii))
counts = {}
for i in range(1000):
    c = str(i % 10)
    counts[c] = counts.get(c, 0) + 1
print(counts)
print({c: c * 2 for c in "hello"})
print([c for c in "a\x00b\x7fc"], list(map(ord, "a\x00b\x7fc")))
