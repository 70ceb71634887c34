for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (5.5, 2), (-5.5, 2), (10 ** 20, 7), (True, 2)]:
    print(a, b, divmod(a, b))
class D:
    def __divmod__(self, o):
        return ("div", o)
    def __rdivmod__(self, o):
        return ("rdiv", o)
print(divmod(D(), 3), divmod(3, D()))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1)
except TypeError as e:
    print("TypeError:", e)
