print("{} {} {}".format(1, "a", [2]))
print("{0} {1} {0}".format("x", "y"), "{a}-{b}".format(a=1, b=2), "{0[1]} {1[k]}".format([5, 6], {"k": "v"}))
class P:
    x = 3
    y = [7, 8]
print("{0.x} {0.y[1]} {p.x}".format(P, p=P))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "m"))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{{}} {{{}}}".format(9), "{:{w}.{p}f}".format(3.14159, w=10, p=3), "{:{}}".format("z", 4) + "|")
print("{0:{1}{2}{3}}".format(42, "*", "^", 8))
def t(fmt, *a, **k):
    try:
        print(repr(fmt.format(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t("{}")
t("{1}", 0)
t("{x}", y=1)
t("{0} {}", 1, 2)
t("{} {0}", 1, 2)
t("{")
t("}")
t("{0!x}", 1)
t("{0:d}", "s")
t("{0.attr}", 5)
t("{0[5]}", [1])
t("{:=}", "s")
t("{0[a]}", {"a": 1})
print("{}".format(None), "{:10}".format(None) if False else "", "{:5}".format(True), "{}".format(True))
print(format("abc"), format("abc", "5"), format(1.5, "") , format([1], ""))
print("{:,}".format(1234567.891), "{:_}".format(10 ** 8), "{:.3%}".format(0.12345))
print("{:10.3}|{:.0}|{:s}".format("abcdef", "abc", "x"))
