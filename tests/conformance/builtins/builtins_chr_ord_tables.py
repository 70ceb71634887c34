row = [f"{c}={ord(c)}" for c in "AZaz09 ~"]
print(" ".join(row))
print("".join(chr(i) for i in range(32, 127)))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world xyz")
print(caesar)
