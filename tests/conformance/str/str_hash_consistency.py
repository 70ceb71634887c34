a = "key" + str(1)
b = "key1"
d = {a: 1}
print(d[b], b in d, hash(a) == hash(b), {a, b} == {"key1"}, len({a, b}))
print(hash("") == hash(""), hash(("a", 1)) == hash(("a", 1)))
