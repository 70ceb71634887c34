class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s.pop(), isinstance(s, list), type(s[:]).__name__)
class CIDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
d = CIDict()
d["Key"] = 1
print(d["KEY"], d, d.get("key"), "key" in d)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("abc")
print(u, len(u), u + "d", type(u + "d").__name__, u.lower(), isinstance(u, str))
class Celsius(float):
    def __repr__(self):
        return f"{float(self):.1f}°C"
print(repr(Celsius(21.456)), Celsius(1) + 1, [Celsius(3)])
