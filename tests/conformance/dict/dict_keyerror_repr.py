for key in ["plain", "", 0, (1, 2), None, "quote'"]:
    try:
        {}[key]
    except KeyError as e:
        print(repr(e), str(e), e.args)
try:
    {}.pop(("x",))
except KeyError as e:
    print(str(e))
e = KeyError()
print(repr(e), repr(str(e)))
e = KeyError("a", "b")
print(str(e))
