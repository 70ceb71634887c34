print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep="--", end="!\n")
print(1, 2, 3, sep=None, end=None)
print("no newline", end="")
print(" continued")
print(*[1, 2, 3], sep=", ")
print(*"abc")
print("x", end="")
print()
print(None, True, 1.0, [None], sep="|")
print("")
print("", "")
try:
    print("a", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("a", end=[])
except TypeError as e:
    print("TypeError:", e)
try:
    print("a", foo=1)
except TypeError as e:
    print("TypeError:", e)
print("flush ok", flush=True)
