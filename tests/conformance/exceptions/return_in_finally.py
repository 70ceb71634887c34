def f():
    try:
        return "try"
    finally:
        return "finally"
print(f())
def g():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("finally", i)
    return i
print(h())
def k():
    for i in range(3):
        try:
            continue
        finally:
            print("cont finally", i)
    return "done"
print(k())
def order():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
print(order())
def value_snapshot():
    v = 1
    try:
        return v
    finally:
        v = 2
print(value_snapshot())
