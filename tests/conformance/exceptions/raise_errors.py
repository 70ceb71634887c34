def t(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
def r1(): raise 5
def r2(): raise "string"
def r3(): raise int
def r4(): raise ValueError
def r5(): raise ValueError()
def r6(): raise StopIteration("s")
def r7(): raise SystemExit(3)
def r8(): raise KeyboardInterrupt("k")
def r9(): raise GeneratorExit
for f in [r1, r2, r3, r4, r5, r6, r7, r8, r9]:
    t(f)
class NotExc:
    pass
t(lambda: (_ for _ in ()).throw(NotExc))
