def f(data):
    filtered = [y for x in data if (y := x * 3) > 5]
    return filtered, y
print(f([1, 2, 3]))
def g():
    if any((hit := v) > 10 for v in [3, 15, 40]):
        return hit
    return None
print(g())
def h():
    [found := i for i in range(5) if i == 99]
    try:
        return found
    except NameError as e:
        return "NameError: " + str(e)
print(h())
