for n in [0, 1, 42, -42, 255, 1 << 40, -(1 << 65)]:
    print(n, int(bin(n), 2), int(oct(n), 8), int(hex(n), 16), int(bin(n), 0) == n, format(n, "#b") == bin(n))
print(hex(255).upper(), f"{255:#X}", oct(8)[2:], bin(5)[2:].zfill(8))
