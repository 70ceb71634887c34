print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(3 + 4j), abs(True), abs(-10 ** 30), abs(float("-inf")))
class A:
    def __abs__(self):
        return "absolute"
print(abs(A()))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    abs()
except TypeError as e:
    print("TypeError:", e)
