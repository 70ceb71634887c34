class C:
    base = 10
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    try:
        shifted = [v + base for v in values]
    except NameError as e:
        err = str(e)
    first_iter_ok = [b for b in range(base)][:3]
print(C.doubled, C.err, C.first_iter_ok)
