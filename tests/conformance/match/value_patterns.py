class Color:
    RED = "red"
    GREEN = "green"
    class Nested:
        BLUE = "blue"
LIMIT = 10
def m(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN | Color.Nested.BLUE:
            return "green or blue"
        case _:
            return "unknown"
print(m("red"), m("green"), m("blue"), m("LIMIT"))
def capture_not_value(x):
    match x:
        case LIMIT:
            return f"captured {LIMIT}"
print(capture_not_value(3), LIMIT)
class Eq:
    def __eq__(self, other):
        print("__eq__ called with", other)
        return True
class Holder:
    ANY = Eq()
match 42:
    case Holder.ANY:
        print("matched via __eq__")
