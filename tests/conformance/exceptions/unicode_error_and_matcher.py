# str() of the Unicode errors follows their attributes as they change;
# an except tuple is checked item by item before matching; the printed
# SyntaxError marks at most to the end of its text.
import sys

u = UnicodeEncodeError('baz', 'xxxxx', 1, 5, 'foo')
print(u)
u.end = 2
print(u)
u.end = 5
u.reason = 0x345345345345345345
print(u)
u.encoding = 4000
print(u)
u.start = 1000
print(u)

u = UnicodeDecodeError('baz', bytearray(b'xxxxx'), 1, 5, 'foo')
print(type(u.object).__name__, u)
u.end = 2
print(u)

u = UnicodeTranslateError('xxxx', 1, 5, 'foo')
print(u, u.encoding)
u.end = 2
print(u)
print(UnicodeEncodeError('ascii', '\u20ac', 0, 1, 'x'))
print(UnicodeEncodeError('ascii', '\U0001f40d', 0, 1, 'x'))

for handler in [42, (ValueError, 42)]:
    try:
        try:
            raise ValueError
        except handler:
            pass
    except TypeError as e:
        print(e)

sys.stderr = sys.stdout
for args in [("bad.py", 1, 2, "abcdefg", 1, 100), ("bad.py", 1, 2, "abcdefg", 1, 7)]:
    sys.__excepthook__(SyntaxError, SyntaxError("bad bad", args), None)
