# T.__new__(S, ...) checks S (CPython's tp_new_wrapper); T(...) calls
# T.__new__(T, ...), whose check native.rs decides at once.

print(range(3), int("7"), float(2), set([1]), tuple("ab"), str(5))
print(int.__new__(int, 5), range.__new__(range, 4), tuple.__new__(tuple, [1, 2]))

class MyInt(int):
    pass

print(int.__new__(MyInt, 6), type(int.__new__(MyInt, 6)).__name__)

attempts = [
    lambda: int.__new__(str, 1),
    lambda: int.__new__(5),
    lambda: int.__new__(),
    lambda: object.__new__(int),
    lambda: object.__new__(MyInt),
    lambda: tuple.__new__(list),
    lambda: range.__new__(range),
    lambda: dict.__new__(dict, 1, 2, 3) and "dict ok",
]
for f in attempts:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)

class Plain:
    pass

print(type(object.__new__(Plain)).__name__)
for _ in range(3):
    print(len(range(10)), int(2.5), bool(0))

# int(x), float(x), range(...) of plain numbers take a short path.
print(int(2.7), int(-2.7), int(-0.0), int(True), int(False), int(7), int(1e300) == 10**300 // 10**300 * int(1e300))
print(int(9.2e18), int(-9.3e18), int(2.0**63), int(-2.0**63))
for bad in (float("nan"), float("inf"), -float("inf")):
    try:
        int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(float(3), float(-5), float(True), float(2**53 + 1), float(2**63 - 1), float(-2**63), float(1.5))
print(float(10**400 // 10**390), type(float(3)).__name__, type(int(3.5)).__name__)
print(list(range(3)), list(range(1, 4)), list(range(10, 0, -3)), range(True), range(2**62, 2**63 + 5, 2**61))
print(range(-2**63, 2**63 - 1), range(5)[-1], len(range(-2**61, 2**61)))
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
