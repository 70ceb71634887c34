class O:
    def __init__(self):
        self.v = 1
        self.lst = [1, 2]
o = O()
o.v += 10
o.lst += [3]
o.lst[0] *= 5
print(o.v, o.lst)
d = {"k": 1, "n": [1]}
d["k"] -= 5
d["n"] += [2]
d.setdefault("new", 0)
d["new"] |= 6
print(d)
log = []
class Tracked(dict):
    def __getitem__(self, k):
        log.append(("get", k))
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        log.append(("set", k, v))
        super().__setitem__(k, v)
t = Tracked(a=1)
t["a"] += 1
print(log)
def key():
    log.append("key evaluated")
    return "a"
log.clear()
t[key()] += 1
print(log)
s = "ab"
s *= 3
s += "!"
print(s)
