# sys.set_int_max_str_digits / get_int_max_str_digits: the per-interpreter
# limit on decimal digits in int<->str conversions, its messages and checks.
import sys
print(sys.get_int_max_str_digits(), sys.int_info.str_digits_check_threshold, sys.flags.int_max_str_digits)
try: str(10**5000)
except ValueError as e: print(e)
try: int('1'*5000)
except ValueError as e: print(e)
for v in (-1, 1, 639, 640, 0, 2**70, 'x', 1.0, True):
  try: sys.set_int_max_str_digits(v); print(v, sys.get_int_max_str_digits())
  except Exception as e: print(type(e).__name__, e)
for call in (lambda: sys.set_int_max_str_digits(), lambda: sys.set_int_max_str_digits(1, 2), lambda: sys.set_int_max_str_digits(foo=1), lambda: sys.set_int_max_str_digits(700, maxdigits=800)):
  try: call()
  except Exception as e: print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=1000); print(sys.get_int_max_str_digits())
try: print(len(str(10**1000)))
except ValueError as e: print(e)
print(len(str(10**999)))
try: int('7'*1001)
except ValueError as e: print(e)
try: '%d' % 10**1000
except ValueError as e: print(e)
try: format(10**1000, ',')
except ValueError as e: print(e)
try: f'{10**1000:d}'
except ValueError as e: print(e)
print(len(hex(10**3000)))
sys.set_int_max_str_digits(0)
s = str(7**20000); print(len(s), int(s) == 7**20000)
class I(int): pass
print(len(str(I(10**6000))))
sys.set_int_max_str_digits(4300)
try: I('1'*4301)
except ValueError as e: print(e)
for c in (lambda: sys.set_int_max_str_digits(700, foo=1), lambda: sys.set_int_max_str_digits(maxdigits=700, foo=1),lambda: sys.set_int_max_str_digits(1,2,3)):
  try: c()
  except Exception as e: print(type(e).__name__, e)
