def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare:", repr(e), e.args)
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print(e.args)
assert True, "not raised"
try:
    assert 1 == 2, 42
except AssertionError as e:
    print(repr(e))
