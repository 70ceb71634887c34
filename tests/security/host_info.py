# config: grant=granted
# expect: ok
# No host path or environment in any attribute or message.
import sys
def f():
    pass
seen = [__name__, str(f.__code__.co_filename), repr(cap), str(sys.argv), str(getattr(sys, "platform", ""))]
try:
    1 / 0
except ZeroDivisionError as e:
    seen.append(repr(e.__traceback__))
try:
    open("missing.txt")
except FileNotFoundError as e:
    seen.append(str(e))
try:
    cap.subdir("..")
except Exception as e:
    seen.append(str(e))
seen.append(str(dir(cap)))
for s in seen:
    for bad in ("/tmp", "/work", "/home", "/root", "/usr", "PATH=", "HOME="):
        if bad in s:
            print("LEAK", s)
print("done")
