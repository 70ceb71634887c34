import sys
for x in [0.5, 1.5, 2.5, -2.5, 1e300, 1.5e300, 123.456, 2.675, 1e-300, -0.0, 5e-324, 1.7976931348623157e308, 0.125, 0.375, 1234567.891]:
    for n in [None, 0, 1, 2, -1, -2, -299, -308, -309, 323, 400]:
        try:
            print(x, n, repr(round(x, n)))
        except (OverflowError, ValueError) as e:
            print(x, n, type(e).__name__, e)
