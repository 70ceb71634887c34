for args in [(), ("x",), (2, "nf"), (2, "nf", "a.txt"), (13, "denied", "f", None, "g"), (17, "exists"), (99999, "odd"), (None, None), (1, 2, 3, 4, 5, 6), ("2", "s")]:
    e = OSError(*args)
    print(type(e).__name__, repr(str(e)), e.args, e.errno, e.strerror, e.filename, e.filename2)
class MyOS(OSError): pass
m = MyOS(2, "x")
print(type(m).__name__, str(m), m.errno, isinstance(FileNotFoundError(2, "y"), OSError), FileNotFoundError(2, "y").errno)
try:
    raise OSError(2, "No such file or directory", "missing.txt")
except FileNotFoundError as e:
    print("caught", e, e.filename)
u = UnicodeEncodeError("ascii", "a\xe9b", 1, 2, "ordinal not in range(128)")
print(str(u), u.start, u.end, u.object)
u = UnicodeEncodeError("ascii", "a\xe9\u20acb", 1, 3, "nope")
print(str(u))
d = UnicodeDecodeError("utf-8", b"ab\xff\xfe", 2, 4, "bad")
print(str(d), d.reason, d.object)
