def g():
    while True:
        try:
            yield
        except ValueError:
            print("value error handled")
        except TypeError as e:
            print("type error:", e)
            return "finished"
it = g()
next(it)
it.throw(ValueError)
it.throw(ValueError("with msg"))
try:
    it.throw(TypeError("stop now"))
except StopIteration as e:
    print("StopIteration value:", e.value)
it2 = g()
next(it2)
try:
    it2.throw(KeyError, KeyError("legacy form"))
except KeyError as e:
    print("KeyError:", e)
