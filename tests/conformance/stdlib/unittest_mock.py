import re
from unittest import mock
from unittest.mock import Mock, MagicMock, call, ANY, sentinel, patch, DEFAULT, PropertyMock, mock_open


def clean(s):
    return re.sub(r"id='\d+'", "id=ID", s)


def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", repr(str(e)))
    else:
        print("ok", clean(repr(r)))


m = Mock()
t(lambda: m.assert_called_with(1))
t(lambda: m.assert_called_once_with(1))
t(lambda: m.assert_called())
t(lambda: m.assert_called_once())
m(1, a=2)
t(lambda: m.assert_called_with(1))
t(lambda: m.assert_called_with(1, a=2))
t(lambda: m.assert_not_called())
m(2)
t(lambda: m.assert_called_once())
t(lambda: m.assert_called_once_with(2))
t(lambda: m.assert_any_call(3))
t(lambda: m.assert_any_call(1, a=ANY))
t(lambda: m.assert_has_calls([call(2), call(1, a=2)]))
t(lambda: m.assert_has_calls([call(1, a=2), call(2)]))
t(lambda: m.assert_has_calls([call(2), call(1, a=2)], any_order=True))
t(lambda: m.assert_has_calls([call(5)], any_order=True))
t(lambda: m.assert_called_with(ANY))
t(lambda: m.assret_called())
n = Mock(name="named")
t(lambda: n.foo.assert_called_with(1))
n.foo(1)
t(lambda: n.foo.assert_called_with(2))
print(repr(call(1, b=2)), repr(call.foo.bar(1)), call(1) == call(1), call(1) == ((1,), {}), call.foo(1) == call.foo(1), call(1) != call(2))
print(m.call_args, m.call_args_list, m.call_count, m.called)
print(m.call_args.args, m.call_args.kwargs, call.foo(1).call_list(), call.a.count(3))
mm = MagicMock()
print(len(mm), list(iter(mm)), bool(mm), int(mm), float(mm), mm[1].__class__.__name__, 1 in mm, hash(mm) == hash(mm))
with mm as x:
    print(x is mm.__enter__.return_value)
print(mm.mock_calls[:6])
mm.__len__.return_value = 7
mm.__getitem__.side_effect = lambda k: k * 2
mm.__iter__.return_value = [1, 2]
print(len(mm), mm[21], list(mm), mm == mm, mm != mm, mm == 3)
x = Mock(return_value=3, **{"a.b.return_value": 5})
print(x(), x.a.b(), x.mock_calls)
s = Mock(side_effect=[1, 2, ValueError("third")])
print(s(), s())
t(lambda: s())
t(lambda: s())
t(lambda: Mock(side_effect=KeyError("k"))())
t(lambda: Mock(side_effect=TypeError)())
print(Mock(side_effect=lambda v: v * 2)(4), Mock(side_effect=lambda: DEFAULT, return_value=9)())
print(sentinel.foo, sentinel.foo is sentinel.foo, ANY == 3, repr(ANY), DEFAULT)
sp = Mock(spec=["a", "b"])
t(lambda: sp.c)
print(sp.a.__class__.__name__)
class C:
    def meth(self, x):
        return x
    attr = 1
t(lambda: Mock(spec=C).nope)
ss = Mock(spec_set=C)
t(lambda: setattr(ss, "zz", 1))
ss.attr = 5
print(ss.attr)
m.reset_mock()
print(m.call_count, m.call_args, m.mock_calls)
p = Mock()
p.configure_mock(name_x=1, **{"child.return_value": "r"})
print(p.name_x, p.child())
print(clean(repr(Mock(name="x").child)), clean(repr(Mock().child())), clean(repr(Mock())), clean(repr(MagicMock(spec=C))))
y = Mock()
y.a(1)
y.b.c(2)
y(3)
y.d().e(4)
print(y.method_calls)
print(y.mock_calls)
del y.a
t(lambda: y.a)
w = Mock(wraps=lambda v: v + 1)
print(w(1), w.call_args)
parent = Mock()
child = Mock(return_value=None)
parent.attach_mock(child, "kid")
parent.kid(5)
print(parent.mock_calls)
rv = Mock()
rv.return_value.foo.return_value = "deep"
print(rv().foo(), rv.mock_calls)
mock.seal(rv)
t(lambda: rv.other)

# patch
import json


class HasProp:
    @property
    def value(self):
        return "real"


with patch("json.dumps", return_value="patched") as fake:
    print(json.dumps({"a": 1}), fake.call_args)
print(json.dumps({"a": 1}))
with patch.object(json, "loads") as fake_loads:
    fake_loads.return_value = 3
    print(json.loads("x"), clean(repr(fake_loads)))
print(json.loads("1"))
@patch("json.dumps")
@patch("json.loads")
def decorated(extra, loads_mock, dumps_mock):
    # The decorator nearest the function gives the first mock.
    return loads_mock is json.loads, dumps_mock is json.dumps, extra
print(decorated("e"))
d = {"a": 1}
with patch.dict(d, {"b": 2}, c=3):
    print(sorted(d.items()))
print(d)
with patch.dict(d, clear=True):
    print(d)
print(d)
with patch.multiple(json, dumps=DEFAULT, loads=DEFAULT) as values:
    print(sorted(values))
t(lambda: patch("nodots"))
t(lambda: patch.object(HasProp, "nonexistent").start())
with patch("json.nonexistent", create=True, new=5):
    print(json.nonexistent)
print(hasattr(json, "nonexistent"))
p1 = patch("json.dumps", new=lambda o: "started")
p1.start()
print(json.dumps(1))
p1.stop()
print(json.dumps(1))

with patch.object(HasProp, "value", new_callable=PropertyMock) as pm:
    pm.return_value = "fake"
    h = HasProp()
    print(h.value)
    h.value = 3
    print(pm.mock_calls)
print(HasProp().value)

mo = mock_open(read_data="line1\nline2\n")
with mo("f.txt") as fh:
    print(fh.read())
mo = mock_open(read_data="a\nb\n")
fh = mo("g")
print(fh.readline(), fh.readlines(), mo.call_args)
mo = mock_open(read_data="x\ny\n")
print(list(mo("h")))
