import fnmatch

names = ["a.py", "b.txt", "abc.py", "A.PY", ".hidden", "data1.csv", "data22.csv", "x[1].py", "a-b", "\n.py"]
for pat in ["*.py", "?.py", "a*", "*", "data?.csv", "data[0-9]*.csv", "[!a]*", "[ab]*", "*[!.]*",
            "x[[]1].py", "[a-]-b", "*.PY", "[]]", "[!]]", "a*b*c*", "[z-a]*", "[", "*[", "\\*"]:
    print(repr(pat), fnmatch.filter(names, pat), repr(fnmatch.translate(pat)))
print(fnmatch.fnmatch("abc.PY", "*.py"), fnmatch.fnmatchcase("abc.PY", "*.py"))
print(fnmatch.fnmatchcase("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "*a*a*a*a*a*a*a*a*a*a*c"))
print(fnmatch.fnmatch(b"file.bin", b"*.bin"), fnmatch.filter([b"x.c", b"y.h"], b"*.c"))
print(fnmatch.translate("a*b*c"))
print(fnmatch.translate("[a-c-e]"), fnmatch.translate("[^x]"), fnmatch.translate("[!]"), fnmatch.translate("[&&]"))
