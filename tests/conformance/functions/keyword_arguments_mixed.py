def report(name, *scores, sep=", ", prefix="", **meta):
    body = sep.join(str(s) for s in scores)
    extra = " ".join(f"{k}={v}" for k, v in meta.items())
    return f"{prefix}{name}: {body} {extra}".rstrip()
print(report("ann", 90, 85))
print(report("bob", 70, sep="/", prefix="> ", team="red", year=2024))
print(report(name="cy"))
try:
    report()
except TypeError as e:
    print("TypeError:", e)
try:
    report("x", name="y")
except TypeError as e:
    print("TypeError:", e)
