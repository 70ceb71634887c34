class MyKeyError(KeyError):
    pass
class MyValueError(ValueError):
    def __init__(self, value):
        super().__init__(f"bad value: {value!r}")
        self.value = value
try:
    {}["x"]
except KeyError as e:
    pass
try:
    raise MyKeyError("custom")
except LookupError as e:
    print(type(e).__name__, repr(e), str(e))
try:
    raise MyValueError([1])
except ValueError as e:
    print(e, e.value, e.args)
class Ordered(Exception):
    def __repr__(self):
        return "Ordered!"
print(repr(Ordered()), str(Ordered("s")))
