for v in [3.14159, -2.5, 1e10, 1e-10, 0.0, 123456.789]:
    print("%f|%.2f|%e|%.3E|%g|%G|%10.3f|%-10.1f|%+.1f|% .1f|%010.2f" % (v, v, v, v, v, v, v, v, v, v, v))
print("%s %r" % (0.1, 0.1))
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print("%d" % 3.99, "%i" % -2.5, "%x" % 255)
try:
    print("%x" % 2.5)
except TypeError as e:
    print("TypeError:", e)
print("%5.1f%%" % 99.44)
