print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-2, 3), pow(7, 2, 5), pow(-7, 2, 5), pow(7, -1, 5), pow(0, 0), pow(2, 0.5))
print(pow(base=3, exp=2), pow(3, 2, mod=4), pow(1j, 2), pow(10, 20), pow(-1, 10 ** 20))
class P:
    def __pow__(self, o, mod=None):
        return ("pow", o, mod)
    def __rpow__(self, o):
        return ("rpow", o)
print(pow(P(), 2), pow(P(), 2, 3), pow(2, P()), P() ** 5, 5 ** P())
for a in [(2, 3, 0), (2, -1, 4), (2.5, 2, 3), ("a", 2)]:
    try:
        print(pow(*a))
    except Exception as e:
        print(type(e).__name__ + ":", e)
