def dispatch(op, a, b):
    table = {
        "add": lambda: a + b,
        "sub": lambda: a - b,
        "div": lambda: a / b if b else float("inf"),
    }
    handler = table.get(op)
    if handler is None:
        return f"unknown op {op!r}"
    return handler()
for op in ["add", "sub", "div", "mod"]:
    print(op, dispatch(op, 7, 2), dispatch(op, 1, 0))
