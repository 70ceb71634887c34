print(True & False, True | False, True ^ True, ~True, True << 2, False >> 1)
print({1, 2} & {2, 3}, {1} | {2}, {1, 2} ^ {2}, {1, 2} - {1})
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, ~0b1100 & 0xF)
flags = 0
for bit in [0, 3, 5]:
    flags |= 1 << bit
print(bin(flags), [b for b in range(8) if flags >> b & 1], flags & -flags)
x = 0xFF
x &= ~0x0F
print(hex(x))
