a = "hello"
b = "hel" + "lo"
print(a == b, a is not None, hash(a) == hash(b), a.__eq__(b), a.__ne__(b), a.__eq__(5))
print(a.__len__(), a.__contains__("ell"), a.__getitem__(1), a.__add__("!"), a.__mul__(2), a.__rmul__(2))
print(a.__lt__("z"), a.__lt__(5), str.__add__("x", "y"), str.upper("abc"), str.join("-", "ab"))
print("".join(["a"] * 3), str.__mod__("%d", 5), a.__format__(">7"), a.__str__(), a.__repr__())
print(sorted(["b", "A", "a", "B", "_", "1"]), sorted(["b", "A", "a"], key=str.lower))
