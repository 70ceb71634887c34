import json
print(json.dumps({"a": [1, 2.5, None, True, False], "b": "str"}))
print(json.dumps([1, "é", "\u2603", "\U0001f600", "tab\tnl\n\x01\x1f\"\\/"]))
print(json.dumps(["é\u2603\U0001f600\x07"], ensure_ascii=False))
print(json.dumps({"z": 1, "a": {"c": 2, "b": [3, {}]}}, sort_keys=True, indent=2))
print(json.dumps([1, [2, []], {}], indent=4))
print(json.dumps({"a": [1, 2]}, indent="\t"))
print(json.dumps({"a": 1, "b": 2}, separators=(",", ":")), json.dumps([1, 2], indent=0))
print(json.dumps({1: "int", 2.5: "float", True: "t", None: "n"}))
print(json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0), json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(10**30))
print(json.dumps((1, 2)), json.dumps("plain"), json.dumps(None))
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
print(json.dumps({1, 2} and sorted({1, 2}), default=list), json.dumps({"s": {3}}, default=sorted))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps([1j + 2], cls=E), E(indent=1).encode({"x": [1]}))
for bad, kw in [({(1, 2): 3}, {}), (object(), {}), (float("nan"), {"allow_nan": False})]:
    try:
        json.dumps(bad, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError", e)
import io
buf = io.StringIO(); json.dump({"k": [1, 2]}, buf, indent=1); print(buf.getvalue())
class IntSub(int): pass
print(json.dumps([IntSub(5), True, 3.0]))
