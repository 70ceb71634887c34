def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out
base = {"db": {"host": "x", "port": 1}, "debug": False, "tags": ["a"]}
over = {"db": {"port": 2, "user": "u"}, "debug": True}
print(deep_merge(base, over))
print(base)
shallow = {**base, **over}
print(shallow)
