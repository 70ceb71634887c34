# del of extended slices: every step sign and size, bounds past the ends,
# empty selections, and the list left behind.
base = list(range(20))
for start in (None, 0, 3, -4, 25, -30):
    for stop in (None, 0, 7, -2, 40, -40):
        for step in (None, 1, 2, 3, -1, -2, -5, 19, 2**62, -2**62):
            l = base[:]
            del l[start:stop:step]
            print(start, stop, step, l)
l = []
del l[::3]
print(l)
l = ['a']
del l[::-1]
print(l)
try:
    del base[::0]
except ValueError as e:
    print('ValueError', e)
x = [1, 2, 3]
del x[True]
print(x)
try:
    del x[5]
except IndexError as e:
    print('IndexError', e)
try:
    del x['a']
except TypeError as e:
    print('TypeError', e)
