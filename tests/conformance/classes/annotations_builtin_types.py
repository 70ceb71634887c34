# A class without annotations gets an empty __annotations__ dict on first
# access; a built-in type has none (AttributeError), and asking must not
# store one: functions would then all read that empty dict instead of their
# own annotations.
import types


class Plain:
    pass


print(Plain.__annotations__, '__annotations__' in Plain.__dict__)

for t in [types.FunctionType, int, object, type, dict]:
    try:
        t.__annotations__
    except AttributeError as e:
        print('AttributeError:', e)
    print(getattr(t, '__annotations__', 'none'))


def f(x: int) -> str:
    pass


print(f.__annotations__)
print(hasattr(types.FunctionType, '__annotations__'))
print(f.__annotations__)
