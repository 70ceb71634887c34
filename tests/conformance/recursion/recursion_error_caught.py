def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
def after():
    return "still works"
print(after())
try:
    infinite(0)
except RecursionError:
    print("caught again")
