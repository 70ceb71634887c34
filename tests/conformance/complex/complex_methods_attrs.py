z = complex(3, -4)
print(z.real, z.imag, z.conjugate(), abs(z), z == z.conjugate().conjugate(), type(z.real).__name__)
print((1 + 2j).__add__(3), (1 + 2j).__mul__(1j), (1 + 2j).__neg__(), (1 + 2j).__eq__(1 + 2j), (1j).__ne__(1j))
print(complex("1e-3+1e3j"), complex(" -1.5-0j "), complex("infj"), complex("-nanj").imag != complex("-nanj").imag)
print([c for c in (1j ** 2, (1 + 1j) ** 2, (2 + 0j) ** 0.5)])
try:
    (1j).real = 5
except AttributeError as e:
    print("AttributeError:", e)
