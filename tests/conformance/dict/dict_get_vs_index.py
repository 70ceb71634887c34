d = {"a": None, "b": 0}
print(d.get("a"), d.get("a", "dflt"), d.get("zz", "dflt"), "a" in d, d.get("b") or "falsy")
print(d.setdefault("a", 5), d.setdefault("c", 5), d)
print(d.pop("c"), d.pop("c", None))
for key in ["a", "missing"]:
    try:
        print(d[key])
    except KeyError as e:
        print("KeyError:", e)
