def walk(tree, path=(), out=None):
    if out is None:
        out = []
    for k, v in tree.items():
        if isinstance(v, dict):
            walk(v, path + (k,), out)
        else:
            out.append(("/".join(path + (k,)), v))
    return out
tree = {"a": {"b": 1, "c": {"d": 2}}, "e": 3}
print(walk(tree))
print(walk({}))
print(walk(tree))
