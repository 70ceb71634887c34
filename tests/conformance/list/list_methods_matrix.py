base = [5, 1, 4, 1, 5, 9, 2, 6]
ops = [
    ("append", lambda l: l.append(3)),
    ("extend", lambda l: l.extend([7, 7])),
    ("insert0", lambda l: l.insert(0, 0)),
    ("insert-1", lambda l: l.insert(-1, 8)),
    ("remove", lambda l: l.remove(1)),
    ("pop", lambda l: l.pop()),
    ("pop2", lambda l: l.pop(2)),
    ("reverse", lambda l: l.reverse()),
    ("sort", lambda l: l.sort()),
    ("sortkey", lambda l: l.sort(key=lambda x: -x)),
    ("clear", lambda l: l.clear()),
]
for name, op in ops:
    l = base.copy()
    r = op(l)
    print(f"{name:>9}: ret={r!r} list={l}")
print(base.count(5), base.index(5), base.index(5, 1), base.index(1, 2, 4))
