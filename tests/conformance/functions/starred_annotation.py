# PEP 646: `*args: *Ts` annotates *args with the one item of [*Ts]
# (pyx once refused it with "can't use starred expression here", which
# kept CPython's test_typing from loading).
class Ts:
    def __iter__(self):
        yield "Unpack[Ts]"


def f(*args: *Ts()):
    return args


print(f.__annotations__, f(1, 2))


def g(x: int, *rest: *(str,), k: float = 1.0) -> None:
    pass


print(g.__annotations__)

for bad in [(), (1, 2)]:
    try:
        def h(*a: *bad):
            pass
    except ValueError as e:
        print("ValueError", e)

try:
    def h2(*a: *5):
        pass
except TypeError as e:
    print("TypeError", e)
