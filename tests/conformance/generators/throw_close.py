def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught in gen:", e)
        yield "recovered"
    finally:
        print("gen finally")
it = g()
print(next(it))
print(it.throw(ValueError("injected")))
try:
    next(it)
except StopIteration:
    print("stopped")
it2 = g()
print(next(it2))
it2.close()
print("closed")
try:
    next(it2)
except StopIteration:
    print("closed gen raises StopIteration")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
it3 = g()
try:
    it3.throw(KeyError("before start"))
except KeyError as e:
    print("unstarted throw propagates:", repr(e))
fresh = g()
fresh.close()
print("close unstarted ok")
