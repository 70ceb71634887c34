# Slice steps and bounds near +-2**63 select what CPython selects; nothing
# overflows while walking them.
big = 2**63 - 1
for seq in ["ab", "h\u00e9llo", b"ab", bytearray(b"xyz"), [1, 2, 3], (1, 2, 3), range(2), range(10**20)]:
    print(type(seq).__name__,
          seq[1::big], seq[::big], seq[::-big], seq[::-2**63],
          seq[-2**63::big], seq[big::-big], seq[-big:big:big],
          seq[2**64::-1], seq[:-2**64:-1], seq[::2**100], seq[::-2**100])
print(slice(None, None, big).indices(5), slice(-2**63, 2**63, -big).indices(7))
x = list(range(5))
x[1::big] = ["a"]
x[::-big] = ["b"]
print(x)
del x[::big]
print(x)
del x[::-big]
print(x)
y = bytearray(b"abcd")
y[1::big] = b"Z"
del y[::-big]
print(y)
try:
    x[::big] = [1, 2]
except ValueError as e:
    print(e)
