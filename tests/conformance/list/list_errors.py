def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
a = [1, 2, 3]
t(lambda: a[3])
t(lambda: a[-4])
t(lambda: [].pop())
t(lambda: a.pop(10))
t(lambda: a.remove(42))
t(lambda: a.index(42))
t(lambda: a.index(1, 1))
t(lambda: a + (4,))
t(lambda: a * "2")
t(lambda: a["0"])
t(lambda: a.foo)
t(lambda: [1, "a"].sort())
t(lambda: sorted([None, 1]))
t(lambda: list(5))
t(lambda: a < (1,))
t(lambda: a.sort(lambda x: x))
t(lambda: a.insert(1))
t(lambda: hash(a))
def set_item():
    a[5] = 0
t(set_item)
def del_item():
    del a[7]
t(del_item)
