# __format__'s spec must be a str for every built-in type.
class S(str):
    pass


for value in [3, 3.0, 2j, 'x', True, object()]:
    for spec in [None, 5, b'd']:
        try:
            value.__format__(spec)
        except TypeError as e:
            print(type(value).__name__, repr(spec), 'TypeError:', e)
    if type(value) is not object:
        print(type(value).__name__, repr(value.__format__(S(''))))
