# ExceptionGroup construction rules, read-only fields, split/subgroup
# through derive() with notes copied.

eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
for field, value in [("message", "new"), ("exceptions", ())]:
    try:
        setattr(eg, field, value)
    except AttributeError as e:
        print(e)
print(ExceptionGroup[int], BaseExceptionGroup[str])

try:
    ExceptionGroup("eg", [ValueError()], 1)
except TypeError as e:
    print(e)
try:
    ExceptionGroup("eg")
except TypeError as e:
    print(e)


class MyEG(ExceptionGroup):
    pass

try:
    MyEG("eg", [ValueError(), KeyboardInterrupt()])
except TypeError as e:
    print(e)


class MyBEG(BaseExceptionGroup, ValueError):
    pass

try:
    MyBEG("eg", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
print(type(MyBEG("eg", [ValueError()])).__name__)

# split and subgroup use derive(); a subclass without its own derive
# gets plain groups back.
match, rest = MyEG("eg", [ValueError(1), TypeError(2)]).split(ValueError)
print(type(match).__name__, type(rest).__name__)


class DerivingEG(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def derive(self, excs):
        return DerivingEG(self.message, excs, self.code)

match, rest = DerivingEG("eg", [ValueError(1), TypeError(2)], 42).split(ValueError)
print(type(match).__name__, match.code, type(rest).__name__, rest.code)


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 5

try:
    BadDerive("eg", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print(e)

eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
eg.add_note("note 1")
match, rest = eg.split(ValueError)
print(match.__notes__, rest.__notes__, match.__notes__ is eg.__notes__)
match.add_note("only on the match")
print(eg.__notes__, rest.__notes__)
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
match, rest = eg.split(ValueError)
print(hasattr(match, "__notes__"))
