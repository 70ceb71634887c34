# CPython's Lib `numbers` (or pyx's own, which wins) imported and used.
import numbers
print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1j, numbers.Complex), isinstance(1.5, numbers.Integral))
