def make_accumulators():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    def reset():
        nonlocal total
        old, total = total, 0
        return old
    def get():
        return total
    return add, reset, get
add, reset, get = make_accumulators()
add(5); add(7)
print(get(), reset(), get(), add(1))
print([c.cell_contents for c in add.__closure__], add.__code__.co_freevars)
