s = "the quick brown fox jumps over the lazy dog the end"
print(s.find("the"), s.find("the", 1), s.find("the", 1, 20), s.find("cat"), s.rfind("the"), s.rfind("the", 0, 40))
print(s.index("fox"), s.rindex("o"), s.count("the"), s.count("o"), s.count(""), "aaaa".count("aa"), "".count(""))
print(s.find(""), s.find("", 100), s.rfind(""), "abc".find("c", -1), "abc".find("a", -100, -2))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("cat")
except ValueError as e:
    print("ValueError:", e)
print(s.startswith("the"), s.startswith("quick", 4), s.endswith("end"), s.endswith(("x", "end")), s.startswith(("a", "b")))
print("abc".startswith(""), "abc".endswith("bc", 0, 2), "abc".endswith("ab", 0, 2))
try:
    s.startswith(["the"])
except TypeError as e:
    print("TypeError:", e)
print("x" in s, "fox" in s, "" in s, "Fox" not in s)
