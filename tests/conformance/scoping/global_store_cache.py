# LoadGlobal keeps reading the right value while other globals are stored
# (the globals dict's version changes at every store; eval.rs reads a
# name at the position it had).
COUNT = 0
OTHER = "other"


def bump():
    global COUNT
    COUNT += 1
    return OTHER, COUNT, len("ab")


print([bump() for _ in range(3)])

# The name deleted: NameError, then back.
del OTHER
try:
    bump()
except NameError as e:
    print("NameError:", e)
OTHER = "again"
print(bump())

# A global shadowing a built-in, then removed.
def use_len():
    return len("abc")

print(use_len())
len = lambda s: "mine"
print(use_len())
del len
print(use_len())

# Many globals added (the dict grows and moves its entries).
def read():
    return COUNT, OTHER

print(read())
for i in range(200):
    globals()["g%d" % i] = i
print(read(), g199)
for i in range(200):
    del globals()["g%d" % i]
COUNT = -1
print(read())

# The key replaced by an equal string that is not the same object.
key = "".join(["CO", "UNT"])
globals().pop("COUNT")
globals()[key] = "rebuilt"
print(read())
g = globals()
g["OTHER"] = 1
print(read())
