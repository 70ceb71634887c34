import re
def clean(s): return re.sub(r"id=.\d+.", "id=ID", str(s))
from unittest import mock
from unittest.mock import create_autospec, patch, call
def t(f):
    try: r = f()
    except Exception as e: print(type(e).__name__ + ":", clean(e), "| cause:", repr(e.__cause__))
    else: print("ok", clean(r))
def f(a, b=2, *, c=3): return a
af = create_autospec(f, return_value=7)
print(af(1), af(1, 5, c=2), af.call_args, af.call_count)
t(lambda: af())
t(lambda: af(1, 2, 3))
t(lambda: af(1, d=4))
t(lambda: af(1, a=2))
af.assert_called_with(1, 5, c=2)
t(lambda: af.assert_called_with(a=1, b=5, c=2))
t(lambda: af.assert_called_with(1, 6, c=2))
t(lambda: af.assert_called_with(1, 2, 3))
af.assert_any_call(a=1)
class C:
    x = 5
    def meth(self, v, w=0): return v
    @classmethod
    def cm(cls, q): return q
    @staticmethod
    def sm(z): return z
    def __init__(self, init_arg): pass
MC = create_autospec(C)
t(lambda: MC())
inst = MC(1)
print(clean(inst.meth(1)), type(inst.meth).__name__)
t(lambda: inst.meth())
t(lambda: inst.meth(1, 2, 3))
t(lambda: inst.nope)
t(lambda: MC.cm())
print(MC.cm(1) is not None, MC.sm(2) is not None)
inst.meth.assert_called_with(v=1)
print(MC.mock_calls)
m = mock.Mock(spec=f)
m(1)
m.assert_called_with(a=1)
t(lambda: m(z=1))
with patch("json.dumps", autospec=True) as d:
    import json
    json.dumps({"a": 1})
    t(lambda: json.dumps())
    d.assert_called_once_with({"a": 1})
    print(d.call_args)
t(lambda: patch("json.dumps", autospec=True, new=3).start())
t(lambda: create_autospec(mock.Mock()))
print(create_autospec(f).__name__)
