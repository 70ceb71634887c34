def f(*a, **k): return a, k
for c in ['f(*5)', 'f(1, *5)', 'f(*5, 1)', 'f(**5)', 'f(*[1], *5)', 'print(*5)', '[].append(*5)', 'len(*5)', 'f(*"ab")', 'f(*{1: 2})', 'f(*(x for x in range(3)))', 'f(*[1, 2], k=1)', 'f(**{"a": 1})', 'dict.fromkeys(*5)']:
    try:
        print(c, eval(c))
    except TypeError as e:
        print(c, e)
class G:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
print(f(*G()))
