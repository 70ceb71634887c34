a = list(range(6))
def t(f):
    try:
        f()
        print(a)
    except Exception as e:
        print(type(e).__name__ + ":", e)
def s1():
    a[::2] = [1, 2]
def s2():
    a[::-1] = []
def s3():
    a[1::2] = "abc"
def s4():
    a[::0] = []
def s5():
    a[1:3] = 5
def s6():
    a[::2] = range(3)
def s7():
    a[5::-2] = [7, 8, 9, 10]
for f in [s1, s2, s3, s4, s5, s6, s7]:
    t(f)
ba = bytearray(b"abcdef")
try:
    ba[::2] = b"xy"
except ValueError as e:
    print("ValueError:", e)
ba[::2] = b"XYZ"
print(ba)
