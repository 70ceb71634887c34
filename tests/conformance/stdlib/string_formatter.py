from string import Formatter
f = Formatter()
print(f.format("{} + {} = {}", 1, 2, 3), f.format("{0}{1}{0}", "ab", "-"), f.format("{x:>5}|{y!r}", x=1, y="s"))
print(f.format("{0[1]} {p.real} {d[key]}", [9, 8], p=3 + 4j, d={"key": "v"}))
print(f.format("{:{w}.{p}f}", 3.14159, w=10, p=2), f.format("{{lit}} {}", 5))
print(list(f.parse("a{b!r:>3}c{}{{d}}")))
class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)
print(Upper().format("{a} {missing} {0}", "zz", a="hi"))
for bad in ["{0}{}", "{}{0}", "{!x}", "}", "{"]:
    try:
        f.format(bad, 1, 2)
    except ValueError as e:
        print("ValueError", e)
