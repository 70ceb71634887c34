# config: grant=granted
# expect: ok
# open() confined to the granted directory: every route out is refused.
print(open("ok.txt").read().strip())
routes = ["../secret.txt", "/etc/passwd", "link", "sub/../../secret.txt", "./../secret.txt",
          "/proc/self/environ", "..", "link/..", "dirlink/secret.txt"]
for r in routes:
    try:
        data = open(r).read()
        print("ESCAPED", r, data[:20])
    except (PermissionError, FileNotFoundError, IsADirectoryError, NotADirectoryError, OSError, ValueError) as e:
        msg = str(e)
        if "/tmp" in msg or "/work" in msg or "/home" in msg:
            print("LEAK", msg)
for r in ["../secret.txt", "link", "/etc/passwd"]:
    try:
        cap.read_text(r)
        print("ESCAPED cap", r)
    except Exception:
        pass
try:
    open("new.txt", "w")
    print("ESCAPED write through read-only grant")
except PermissionError:
    pass
print(repr(cap))
print("done")
