zs = [3 + 4j, 1 - 1j, -2 + 0j, 0 + 5j, 1 + 1j]
print(sorted(zs, key=abs), sorted(zs, key=lambda z: (z.real, z.imag)), max(zs, key=abs))
try:
    sorted(zs)
except TypeError as e:
    print("TypeError:", e)
print(sum(zs), sum(z.real for z in zs), [z for z in zs if z.imag > 0])
