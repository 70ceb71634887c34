import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        """wrapper doc"""
        return fn(*a, **k) * 2
    return wrapper
@deco
def double_me(x: int) -> int:
    """Return x."""
    return x
print(double_me(4), double_me.__name__, double_me.__doc__, double_me.__wrapped__(4))
print(double_me.__qualname__, double_me.__annotations__)
def other(): pass
other.custom = 5
def w(): pass
functools.update_wrapper(w, other)
print(w.__name__, w.custom, w.__wrapped__ is other)
def w2(): pass
functools.update_wrapper(w2, other, assigned=(), updated=())
print(w2.__name__, hasattr(w2, "custom"))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
