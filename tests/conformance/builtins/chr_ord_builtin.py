print([chr(i) for i in range(65, 70)], [ord(c) for c in "AZaz09"], chr(ord("a") + 25))
print(ord("\U0010FFFF"), chr(9731), "".join(chr(c) for c in [72, 105]))
try:
    chr(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
