items = [1, 2, 3, None, 5]
pos = [0]
def nxt():
    v = items[pos[0]]
    pos[0] += 1
    return v
print(list(iter(nxt, None)))
count = [0]
def counter():
    count[0] += 1
    return count[0]
print(list(iter(counter, 5)))
it = iter(counter, 9)
print(next(it), next(it), list(it), next(it, "exhausted"))
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
s = iter("ab")
print(iter(s) is s, next(s), list(s))
