from collections import OrderedDict
od = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
print(od, list(od), list(od.keys()), list(od.values()))
od.move_to_end("a"); print(list(od))
od.move_to_end("a", last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
od["z"] = 26; od["b"] = 20; print(od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict.fromkeys("xyz", 0), OrderedDict(), repr(OrderedDict()))
o2 = od.copy(); o2["new"] = 1; print(o2, len(od))
print(list(reversed(OrderedDict.fromkeys("abc"))))
print(od | {"q": 1}, od.setdefault("b", 5), od.setdefault("w", 6), od)
print(od.pop("w"), od.pop("nope", "default"))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    od.move_to_end("missing")
except KeyError as e:
    print("KeyError", e)
