b = b"hello world"
print(b[0], b[-1], b[1:4], b[::-1], b[::2], b[-3:], type(b[0]).__name__, type(b[0:1]).__name__)
try:
    b[20]
except IndexError as e:
    print("IndexError:", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
ba = bytearray(b"hello")
ba[0] = 74
print(ba, ba[0], ba[1:3])
ba[1:3] = b"EYY"
print(ba)
ba[::2] = b"123"
print(ba)
del ba[0]
print(ba)
try:
    ba[0] = 256
except ValueError as e:
    print("ValueError:", e)
try:
    ba[0] = b"x"
except TypeError as e:
    print("TypeError:", e)
try:
    bytearray(b"ab")[5]
except IndexError as e:
    print("IndexError:", e)
print(list(b"ab"), 97 in b"abc", b"bc" in b"abc", b"" in b"x")
try:
    "a" in b"abc"
except TypeError as e:
    print("TypeError:", e)
try:
    300 in b"abc"
except ValueError as e:
    print("ValueError:", e)
