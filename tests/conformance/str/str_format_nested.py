data = {"name": "Widget", "price": 9.5, "tags": ["a", "b"]}
print("{name:>10} costs {price:>8.2f} ({tags[0]}/{tags[1]})".format(**data))
print("{0:{fill}{align}{width}}".format("x", fill="-", align=">", width=6))
print("{:{}{}{}.{}}".format(3.14159, "0", ">", 10, 3))
print("{:^{}}".format("mid", 11) + "|")
vals = [1, 22, 333]
for v in vals:
    print("{:>{w}}|{:<{w}}|".format(v, v, w=5))
print(format(12.5, "{}".format(".1f")), "{!r:>10}".format("q"), "{0!r:^{1}}".format(5, 5))
print("{0}{1}{0}".format(*"ab"), "{x}{y}".format_map({"x": 1, "y": 2}))
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("{a} {b}".format_map(Default(a="A")))
