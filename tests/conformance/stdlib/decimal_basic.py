# decimal: construction, text, context rounding, arithmetic, comparisons
# with other numbers, hashes, quantize, sqrt/exp/ln/log10, signals.
from decimal import (Decimal as D, getcontext, localcontext, Context, InvalidOperation,
                     DivisionByZero, Inexact, Rounded, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING,
                     ROUND_FLOOR, ROUND_05UP, ROUND_HALF_DOWN, ROUND_UP, DecimalTuple)
from fractions import Fraction

for s in ['0', '-0', '1.10', '1e10', '1E-7', '.5', '5.', '-1_000.25', 'Inf', '-infinity', 'nan', 'sNaN12',
          '123456789012345678901234567890', '0.000001', '0.0000001', '1.23e+5', '  7  ']:
    d = D(s)
    print(repr(s), repr(d), str(d), d.to_eng_string(), d.as_tuple())
print(D(0.1), D(-2.5), D(10 ** 30), D((1, (3, 1, 4), -2)), D(D('7.0')))
for bad in ['abc', '1e', '1__0', '', '1.2.3']:
    try:
        D(bad)
    except InvalidOperation as e:
        print('InvalidOperation', bad, e.args[0][0].__name__)
try:
    D([1, 2])
except ValueError as e:
    print('ValueError', e)
try:
    D(object())
except TypeError as e:
    print('TypeError', e)

a, b = D('1.10'), D('3')
print(a + b, a - b, a * b, a / b, b / a, a // b, a % b, divmod(D(7), D(-2)), -a, +a, abs(D('-2.50')))
print(D(1) / D(8), D(2) ** 10, D(2) ** -3, D('1.1') ** 3, D(10) ** 30, D(-2) ** 3, pow(D(3), 4, 5))
print(D(7) // D('0.3'), D(-7) // 2, D(-7) % 2, D('12.5') % D('0.3'))
print(a + 1, 1 + a, 2 * a, 10 / D(4), 7 - D(2), 2 ** D(3))
for x, y in [(D(1), D(0)), (D(0), D(0))]:
    try:
        x / y
    except (DivisionByZero, InvalidOperation) as e:
        print(type(e).__name__)

print(D('1.5') == 1.5, D('0.1') == 0.1, D(2) == 2, D('2.0') == 2, D(1) < 2, D('1.5') > Fraction(3, 2), D('1.5') == Fraction(3, 2))
print(hash(D('2.0')) == hash(2), hash(D('0.5')) == hash(0.5), hash(D('1.25')) == hash(Fraction(5, 4)), hash(D('-1')) == hash(-1))
print(sorted([D(3), D('1.5'), D(-2), D('0.1')]), max(D(1), D(2)), min(D('1.0'), D(1)))
print(D('nan') == D('nan'), D('nan') != 1)
try:
    D('nan') < 1
except InvalidOperation:
    print('InvalidOperation on NaN order')

print(int(D('-7.9')), float(D('2.5')), round(D('2.5')), round(D('3.5')), round(D('2.675'), 2), round(D('-0.5')))
print(D('7.25').as_integer_ratio(), D('-0.125').as_integer_ratio(), D(0).as_integer_ratio())
import math
print(math.floor(D('-2.5')), math.ceil(D('-2.5')), math.trunc(D('-2.5')))
print(D('1.23456').quantize(D('0.01')), D('1.235').quantize(D('0.01')), D('1.245').quantize(D('0.01')),
      D('2.5').quantize(D('1'), rounding=ROUND_HALF_UP), D('123').quantize(D('1e1')))
print(D('1.20000').normalize(), D('100').normalize(), D('0.00').normalize(), D('2.7').to_integral_value(), D('-2.5').to_integral_value())
print(D(2).sqrt(), D(16).sqrt(), D('0.25').sqrt(), D(1).exp(), D(2).ln(), D(1000).log10(), D(2).log10(), D(10).ln())
print(D(2) ** D('0.5'), D('1.5').exp(), D('0.001').ln())
print(D('1.2').adjusted(), D('123e5').adjusted(), D('-3').copy_abs(), D(3).copy_negate(), D(3).copy_sign(D(-1)))
print(D(0).is_zero(), D('inf').is_infinite(), D('nan').is_nan(), D('-1').is_signed(), D(1).is_finite(), D('snan').is_snan())
print(D('1.0').compare(D(1)), D(2).compare(D(3)), D(1).compare_total(D('1.0')), D(1).max(D(2)), D(1).min(D(-1)))
print(D('-1').number_class(), D(0).number_class(), D('inf').number_class(), D('nan').number_class())
print(D('1.0') + D('2.00'), D('1e3') + D(1), D('1.3e2') * D('2e-3'), D(0) * D('-1'), D('-0') + D('0'))

for r in [ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP, ROUND_HALF_DOWN, ROUND_UP]:
    with localcontext() as ctx:
        ctx.prec = 3
        ctx.rounding = r
        print(r, D(2) / D(3), D(-2) / D(3), D('1.255') + 0, D('-1.255') + 0, D('1.25') * 1, D('1.35') * 1)
with localcontext(prec=5) as ctx:
    print(D(1) / D(7), ctx.prec, ctx.flags[Inexact], ctx.flags[Rounded])
print(getcontext().prec, getcontext().rounding)
c = Context(prec=4, traps=[])
print(c.divide(D(1), D(0)), c.divide(D(0), D(0)), c.sqrt(D(-1)), c.add(D('1.2345'), D(1)), c.power(D(2), D(20)))
print(repr(Context(prec=6)))
try:
    getcontext().prec = 0
except ValueError as e:
    print('ValueError', e)

for spec in ['', '.2f', '10.3f', '<10', '>10', '^12.1f', '+.1f', ',.2f', 'e', '.3e', 'E', '.3g', 'g', '%', '.1%', '08.2f']:
    print(repr(spec), repr(format(D('1234.5678'), spec)), repr(format(D('-0.00012'), spec)))
print(isinstance(D(1), __import__('numbers').Number), D('3.14').real, D(2).imag)
import copy, pickle
print(copy.copy(D('1.5')), copy.deepcopy(D('2.5')), pickle.loads(pickle.dumps(D('-3.75'))))
print(DecimalTuple(0, (1,), 0))
