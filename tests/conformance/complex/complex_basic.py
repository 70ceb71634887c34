z = 3 + 4j
print(z, repr(z), z.real, z.imag, abs(z), z.conjugate())
print(1j, -1j, 0j, complex(), complex(2), complex(2, -3), complex(0, 0.5))
print(1j * 1j, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), (1 + 2j) - 5)
print(type(z).__name__, type(1j + 1).__name__, z == 3 + 4j, z != 3, (5 + 0j) == 5, (5 + 0j) == 5.0)
print(-z, +z, z * 2, 2 * z, z / 2, z ** 2, z ** 0, (1 + 1j) ** 3)
print(complex(-0.0, -0.0), complex(1.5, -0.0), -(0j))
print(complex(float("inf"), float("nan")), complex(1e300, 1e300) * 10)
