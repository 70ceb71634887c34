# print() writes to sys.stdout as Python code last set it.
import sys, io

buf = io.StringIO()
sys.stdout = buf
print("captured", 1)
print("no newline", end="")
print(1, 2, 3, sep=", ")
sys.stdout = sys.__stdout__
print("got:", repr(buf.getvalue()))


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


w = Writer()
sys.stdout = w
print("a", "b", sep="-")
print()
sys.stdout = sys.__stdout__
print("".join(w.parts).split("\n"))

w2 = Writer()
print("to file", file=w2)
sys.stderr = w2
print("to stderr", file=sys.stderr)
sys.stderr = sys.__stderr__
print("".join(w2.parts).split("\n"))

sys.stdout = None
print("dropped")
sys.stdout = sys.__stdout__
print("restored", sys.stdout is sys.__stdout__)


class NoWrite:
    pass


sys.stdout = NoWrite()
try:
    print("x")
except AttributeError:
    sys.stdout = sys.__stdout__
    print("AttributeError without write")
