def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup:" + type(e).__name__
    except ArithmeticError:
        return "arith"
    except Exception as e:
        return "other:" + type(e).__name__
for exc in [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), TypeError]:
    print(classify(exc))
try:
    raise KeyError("x")
except LookupError as e:
    print("by base:", repr(e))
name_check = "unset"
try:
    raise ValueError("v")
except ValueError as name_check:
    pass
try:
    print(name_check)
except NameError as e:
    print("NameError:", e)
errs = (ValueError, TypeError)
try:
    int("x")
except errs as e:
    print("tuple var:", type(e).__name__)
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e)
