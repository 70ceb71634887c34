print(max(3, 1, 2), min(3, 1, 2), max([1, 5, 2]), min("hello"), max("a", "b"), max([[1], [2]]), min((2, 1), (1, 2)))
print(max([], default="empty"), min([], default=None), max([3], default=0), max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len))
print(max([1, -3, 2], key=abs), min([1, -3, 2], key=lambda x: -x), max((1, "a"), (1, "b")), max([2, 2.0]), max([2.0, 2]))
print(max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get), max(range(10), key=lambda x: x % 4), min(iter([5, 2, 8])))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: max([]))
t(lambda: min([]))
t(lambda: max())
t(lambda: max(5))
t(lambda: max(1, "a"))
t(lambda: max(1, 2, default=0))
t(lambda: min([], key=len))
t(lambda: max([1, 2], key=5))
