# A repeat whose length no memory could hold raises MemoryError (or
# OverflowError) as in CPython, which a program may catch; pyx once ended
# the whole run with "memory limit exceeded" (CPython's test_list).
import sys

lst = [4, 5, 6, 7]
n = (sys.maxsize * 2 + 2) // len(lst)
for what, f in [("list *", lambda: lst * n), ("tuple *", lambda: tuple(lst) * n),
                ("str *", lambda: "abcd" * n), ("bytes *", lambda: b"abcd" * n)]:
    try:
        f()
        print(what, "no error")
    except (MemoryError, OverflowError) as e:
        print(what, "raised")


def imul(a, b):
    a *= b


try:
    imul(list(lst), n)
except (MemoryError, OverflowError):
    print("list *= raised")

one = [0]
size = (2 ** 64 - 1) // 2
try:
    one * size
except (MemoryError, OverflowError):
    print("[0] * huge raised")
print(lst * 2, (1, 2) * 3, [] * n, () * n)
