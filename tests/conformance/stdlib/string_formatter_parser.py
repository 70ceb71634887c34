# _string.formatter_parser / formatter_field_name_split (what string.Formatter is built on):
# pieces, escapes, nested specs, conversions and every error message.
import _string
cases = ["", "abc", "a{}b", "{0}", "{0!r:>10}", "{{x}}", "a{b.c[d]}e", "{:{w}}", "{!s}", "x}}y", "{a[}", "{0!}", "{0!rx}", "}", "{", "a{", "{:{}", "{a[0]:x}", "{0:}", "{!r:}", "{a}{b}c"]
for c in cases:
    try:
        print(repr(c), list(_string.formatter_parser(c)))
    except Exception as e:
        print(repr(c), type(e).__name__, e)
for c in ["", "a", "0", "a.b", "a[0]", "a[x].y[1]", "0.real", "a.", "a[", "a[]", "a[0]x", "a..b", "12x", "a[0][1]", "[0]", ".x"]:
    try:
        f, r = _string.formatter_field_name_split(c)
        print(repr(c), repr(f), list(r))
    except Exception as e:
        print(repr(c), type(e).__name__, e)
for bad in [1, None]:
    try:
        _string.formatter_parser(bad)
    except Exception as e:
        print(type(e).__name__, e)
for c in ['{0!}','{0!r','{0!', '{a[}]}', '{a[x}', '{0:{}', '{0:{}}', '{0:{{}}}','{0:}}', '{0:{', '{!}', '{!}}', '{0!r:{}}', '{a[{]}', '{{', '}}', 'a{{b}}c', '{0:a{b}c}', '{a', '{a{b}', '{0!rr}', '{:}x{!a}']:
  try: print(repr(c), list(_string.formatter_parser(c)))
  except Exception as e: print(repr(c), type(e).__name__, e)
try: _string.formatter_field_name_split(3)
except Exception as e: print(type(e).__name__, e)
