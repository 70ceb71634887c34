# len(x) called from the evaluation loop: built-in sized types are read
# from their payload; everything else goes through the builtin as before.
import array


class L(list):
    def __len__(self):
        return 99


class S(str):
    pass


class Big:
    def __len__(self):
        return 2 ** 70


class Neg:
    def __len__(self):
        return -1


class NotInt:
    def __len__(self):
        return "3"


values = [
    [], [1, 2, 3], (), (1,), "", "héllo wörld 😀", b"abc", bytearray(b"xy"),
    {}, {1: 2, 3: 4}, set(), {1, 2}, frozenset({1, 2, 3}), range(10), range(-5),
    range(0, 100, 7), range(10, 0, -3), array.array("i", [1, 2, 3]),
    L([1]), S("abc"), {1: 2}.keys(), {1: 2}.items(), memoryview(b"abcd"),
]
for v in values:
    print(type(v).__name__, len(v))

for bad in (5, None, 1.5, iter([]), Big(), Neg(), NotInt()):
    try:
        print(len(bad))
    except Exception as e:
        print(type(e).__name__, e)

for args in ((), ([], [])):
    try:
        len(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    len(obj=[1])
except TypeError as e:
    print("TypeError", e)

# A list that grows and shrinks between calls.
xs = []
for i in range(5):
    xs.append(i)
    print(len(xs), end=" ")
while xs:
    xs.pop()
    print(len(xs), end=" ")
print()

# len shadowed, then restored.
def f(x):
    return len(x)

len = lambda x: 42
print(f([1, 2]))
del len
print(f([1, 2]))
import builtins
print(builtins.len is not None, f("abc"))
