def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
tp = (1, 2)
t(lambda: tp[2])
t(lambda: tp.index(5))
t(lambda: tp + [3])
t(lambda: tp.append(3))
t(lambda: hash((1, [2])))
t(lambda: (1, "a") < (1, 2))
t(lambda: tuple(5))
def assign():
    tp[0] = 5
t(assign)
def delete():
    del tp[0]
t(delete)
t(lambda: tp * 1.5)
