e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    msg = str(e)
print(msg)
print("e" in dir())
def f():
    try:
        raise KeyError
    except KeyError as err:
        pass
    return err
try:
    f()
except UnboundLocalError as ex:
    print("UnboundLocalError:", ex)
