from collections import UserDict, UserList, UserString
class D(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
d = D({"A": 1}); d["B"] = 2; print(d, d.data, "a" in d, len(d), d.copy())
l = UserList([3, 1, 2]); l.sort(); l.append(9); print(l, l[1:], type(l[1:]).__name__, l + [0], 2 in l, len(l))
s = UserString("hello"); print(s.upper(), len(s), s[1:3], s + "!", "ell" in s)
