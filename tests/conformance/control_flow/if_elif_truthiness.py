values = [0, 1, -1, 0.0, "", "0", [], [0], {}, {0: 0}, set(), None, (), ((),), range(0), b"", 0j]
for v in values:
    if v:
        print(repr(v), "truthy")
    elif v is None:
        print(repr(v), "none")
    else:
        print(repr(v), "falsy")
