# float.fromhex rounds correctly at every precision, including the largest
# normal (pyx once overflowed on it: CPython's test_float did not load),
# subnormals, long mantissas and huge exponents.
cases = ['0x.fffffffffffff8p+1024', '0x1.fffffffffffffp+1023', '0x1p-1022', '0x1p-1074',
         '0x0.0000000000001p-1022', '0x1p-1075', '0x1.8p-1074', '0x3p-1076', '0x1.0000000000000801p0',
         '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.fffffffffffff8p0', '1', '-0x1.8p1',
         'ABC.DEFp-3', '  0X1P+0  ', '-0x0p0', '0x.8', '0x8.', '0x123456789abcdef123456789p-70',
         '0x1p-99999999999999999999', '0x0p99999999999999999999', 'inf', '-Infinity', 'nan']
for c in cases:
    try:
        print(repr(c), float.fromhex(c).hex(), float.fromhex(c))
    except (OverflowError, ValueError) as e:
        print(repr(c), type(e).__name__, e)
for c in ['0x1p+1024', '0x1.fffffffffffffcp1023', '0x1p99999999999999999999', 'x', '0x', '0x1p', '0x1.g', '0x1_0p0', '0x1p+-1', '.p1']:
    try:
        print(repr(c), float.fromhex(c))
    except (OverflowError, ValueError) as e:
        print(repr(c), type(e).__name__, e)
for x in [0.1, 1e308, 5e-324, 2.2250738585072014e-308, 123.456]:
    print(float.fromhex(x.hex()) == x)
