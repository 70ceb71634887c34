def chain():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError:
            raise TypeError("third")
try:
    chain()
except TypeError as e:
    c = e
    while c is not None:
        print(type(c).__name__, c.args)
        c = c.__context__
try:
    try:
        raise ValueError("a")
    finally:
        print("in finally, no context yet")
except ValueError as e:
    print(e.__context__)
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise e
except ValueError as e:
    print("reraise same object context:", e.__context__)
