a = [1, 2, 3, 2, 1]
print(a.index(2), a.index(2, 2), a.index(1, -1), a.count(1), a.count("x"))
a.extend(range(3))
a.extend("ab")
a.extend({"k": 1})
print(a)
a.insert(2.0 if False else 2, "i")
print(a)
print([].copy(), [[1]].copy()[0] is not None)
lst = [5, 3, 8]
print(lst.sort(), lst, lst.reverse(), lst, lst.append(1), lst.clear(), lst)
print(list.__len__([1, 2]), list.__getitem__([1, 2], 1), list.__contains__([1], 1))
r = [1, 2]
r.__setitem__(0, 9); r.__delitem__(1)
print(r, r.__add__([3]), r.__mul__(2), r.__iadd__([4]), r)
print(r.__eq__([9, 4]), r.__lt__((1,)), r.__add__([1]))
