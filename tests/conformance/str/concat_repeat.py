print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, repr("" * 100))
s = "x"
s += "y"
s *= 2
print(s)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + None
except TypeError as e:
    print("TypeError:", e)
try:
    None + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" - "b"
except TypeError as e:
    print("TypeError:", e)
print("a" "b" 'c', """x""" + '''y''')
print("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a", "abc" == "abc", "a" != "A", max("apple", "banana"), min("b", "ab"))
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
