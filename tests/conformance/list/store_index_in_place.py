# l[i] = v on an exact list by an int index is stored in place; every
# other case keeps its own behaviour.
l = [0, 1, 2]
l[0] = 'a'; l[-1] = 'c'; l[1] += 5
print(l)
for bad in (3, -4, 2**63 - 1, -2**63):
    try:
        l[bad] = 0
    except IndexError as e:
        print(bad, 'IndexError:', e)
l[True] = 'b'
print(l)
class L(list):
    def __setitem__(self, i, v):
        print('L.__setitem__', i, v)
        super().__setitem__(i, v * 2)
m = L([1, 2])
m[0] = 10; m[-1] = 20
print(m)
t = (1, 2)
try:
    t[0] = 5
except TypeError as e:
    print('TypeError:', e)
v = [0.0] * 3
for i in range(3):
    v[i] -= 0.5 * i
print(v)
shared = [[0] * 2] * 2
shared[0][1] = 9
print(shared)
try:
    [][0] = 1
except IndexError as e:
    print('IndexError:', e)
l2 = [3, 1, 2]
def key(x):
    l2[0] = 99
    return x
try:
    l2.sort(key=key)
except (ValueError, IndexError) as e:
    print(type(e).__name__, e)
print(l2)
