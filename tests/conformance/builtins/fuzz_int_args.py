# Found by the differential fuzzer (fuzz/diff.py): keepends is a C int, and
# int.__round__ given None is a TypeError (round() drops a None itself).
class I:
    def __index__(self): return 1
for a in ['None','2.5','"x"','2**31','2**31-1','-2**31-1','True','I()','2**64', '-1', '0']:
  for r in ['"a\\nb"','b"a\\nb"','bytearray(b"a\\nb")']:
    try: print(r,a, eval(r+'.splitlines('+a+')'))
    except Exception as e: print(r,a,type(e).__name__, e)
for a in ['None','2.5','2**70','-1', '-2', '"x"', 'I()']:
    try: print(a, (15).__round__(eval(a)), round(15, eval(a)))
    except Exception as e: print(a,type(e).__name__, e)
print((15).__round__(), round(15), round(15, None))
