# print writes each value, separator and end on its own, as CPython's does
# (a value whose __str__ raises leaves what came before written), to
# sys.stdout as last set, to the original streams, or to any object with
# a write method.
import sys


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(s)
        return len(s)

    def flush(self):
        self.calls.append("<flush>")


class Bad:
    def __str__(self):
        raise ValueError("no str")


class S(str):
    pass


r = Recorder()
print("a", 1, 2.5, None, file=r)
print(r.calls)

r = Recorder()
print(file=r)
print(r.calls)

r = Recorder()
print("x", "y", sep=S("-"), end=S("!"), file=r, flush=True)
print(r.calls, [type(c).__name__ for c in r.calls])

r = Recorder()
try:
    print("first", Bad(), "third", file=r)
except ValueError as e:
    print("ValueError:", e)
print(r.calls)

r = Recorder()
try:
    print("a", sep=3, file=r)
except TypeError as e:
    print("TypeError:", e)
print(r.calls)

try:
    print("to a str", file="<stderr>")
except AttributeError as e:
    print("AttributeError:", e)

try:
    print("to an int", file=5)
except AttributeError as e:
    print("AttributeError:", e)


class NoFlush:
    def write(self, s):
        pass


try:
    print("x", file=NoFlush(), flush=True)
except AttributeError as e:
    print("AttributeError:", e)


class Named:
    name = "<stdout>"

    def __init__(self):
        self.got = []

    def write(self, s):
        self.got.append(s)


n = Named()
print("only in the object", file=n)
print(n.got)

saved = sys.stdout
rec = Recorder()
sys.stdout = rec
print("via sys.stdout", 7)
sys.stdout = saved
print(rec.calls)

sys.stdout = None
print("dropped")
sys.stdout = saved

print("to the original", file=sys.__stdout__)
print("explicit stdout", file=sys.stdout, flush=True)
big = "ab, " * 250000
print(len(big), big[:8], end="|\n")
print(big[-8:], file=sys.stdout)
print(sys.stdout.write("written\n"))
print(sys.stdout.write("é\n"))
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
