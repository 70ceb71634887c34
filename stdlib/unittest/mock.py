"""Mock objects and patching, as CPython 3.11's `unittest.mock` (written
for pyx from CPython's documentation and observed behaviour).

Provided: Mock, MagicMock, NonCallableMock, NonCallableMagicMock,
PropertyMock, AsyncMock (awaitable calls, assert_awaited*), call, ANY,
DEFAULT, sentinel, patch (decorator, context manager, start/stop),
patch.object, patch.dict, patch.multiple, patch.stopall, mock_open, seal.

Signatures for spec and autospec checks are read from code objects (a
built-in has none, so calls to its mock are not checked).  Differences:
an autospecced function is a callable object forwarding to its mock, not a
function; `isinstance(mock, SpecClass)` is false (pyx's isinstance does
not consult a `__class__` property).
"""

__all__ = ("Mock", "MagicMock", "patch", "sentinel", "DEFAULT", "ANY", "call",
           "create_autospec", "FILTER_DIR", "NonCallableMock", "NonCallableMagicMock",
           "mock_open", "PropertyMock", "seal", "AsyncMock")

import builtins
import contextlib
import pprint
import sys
from types import ModuleType

__unittest = True

FILTER_DIR = True


# ---------------------------------------------------------------- sentinels

class _SentinelObject(object):
    "A unique, named, sentinel object."

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "sentinel.%s" % self.name

    def __reduce__(self):
        return "sentinel.%s" % self.name


class _Sentinel(object):
    """Access attributes to return a named object, usable as a sentinel."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == "__bases__":
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))

    def __reduce__(self):
        return "sentinel"


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY(object):
    "A helper object that compares equal to everything."

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return "<ANY>"


ANY = _ANY()


def _is_exception(obj):
    return (isinstance(obj, BaseException) or
            (isinstance(obj, type) and issubclass(obj, BaseException)))


def _is_instance_mock(obj):
    return issubclass(type(obj), NonCallableMock)


def _callable(obj):
    if isinstance(obj, type):
        return True
    if isinstance(obj, (staticmethod, classmethod)):
        return _callable(obj.__func__)
    return callable(obj)


def _try_iter(obj):
    if obj is None:
        return obj
    if _is_exception(obj):
        return obj
    if _callable(obj):
        return obj
    try:
        return iter(obj)
    except TypeError:
        # An object that is not iterable (nor callable nor an exception)
        # is kept: calling the mock will fail then.
        return obj


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


def _format_call_signature(name, args, kwargs):
    formatted = ", ".join([repr(arg) for arg in args])
    kwargs_string = ", ".join(["%s=%r" % (key, value) for key, value in kwargs.items()])
    if kwargs_string:
        formatted = formatted + ", " + kwargs_string if formatted else kwargs_string
    return "%s(%s)" % (name, formatted)


def _check_and_set_parent(parent, value, name, new_name):
    """Adopt `value` as a child of `parent` if it is a mock without one."""
    if isinstance(value, _AutospecFunction):
        value = value.mock
    if not _is_instance_mock(value):
        return False
    if ((value._mock_name or value._mock_new_name) or
            (value._mock_parent is not None) or
            (value._mock_new_parent is not None)):
        return False
    _parent = parent
    while _parent is not None:
        # Setting a mock as a child of itself (or of its own child) would
        # make a loop.
        if _parent is value:
            return False
        _parent = _parent._mock_new_parent
    if new_name:
        value._mock_new_parent = parent
        value._mock_new_name = new_name
    if name:
        value._mock_parent = parent
        value._mock_name = name
    return True


# ---------------------------------------------------------------- calls

class _CallList(list):

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        len_value = len(value)
        len_self = len(self)
        if len_value > len_self:
            return False
        for i in range(0, len_self - len_value + 1):
            if self[i:i + len_value] == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))


class _Call(tuple):
    """A call: `(args, kwargs)` or `(name, args, kwargs)`, comparable with
    tuples of those shapes; attribute access and calling build the calls
    of child mocks (`call.method(1)`)."""

    def __new__(cls, value=(), name="", parent=None, two=False, from_kall=True):
        args = ()
        kwargs = {}
        _len = len(value)
        if _len == 3:
            name, args, kwargs = value
        elif _len == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif _len == 1:
            value, = value
            if isinstance(value, str):
                name = value
            elif isinstance(value, tuple):
                args = value
            else:
                kwargs = value
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def __eq__(self, other):
        try:
            len_other = len(other)
        except TypeError:
            return NotImplemented
        self_name = ""
        if len(self) == 2:
            self_args, self_kwargs = self
        else:
            self_name, self_args, self_kwargs = self
        if (getattr(self, "_mock_parent", None) and getattr(other, "_mock_parent", None)
                and self._mock_parent != other._mock_parent):
            return False
        other_name = ""
        if len_other == 0:
            other_args, other_kwargs = (), {}
        elif len_other == 3:
            other_name, other_args, other_kwargs = other
        elif len_other == 1:
            value, = other
            if isinstance(value, tuple):
                other_args = value
                other_kwargs = {}
            elif isinstance(value, str):
                other_name = value
                other_args, other_kwargs = (), {}
            else:
                other_args = ()
                other_kwargs = value
        elif len_other == 2:
            first, second = other
            if isinstance(first, str):
                other_name = first
                if isinstance(second, tuple):
                    other_args, other_kwargs = second, {}
                else:
                    other_args, other_kwargs = (), second
            else:
                other_args, other_kwargs = first, second
        else:
            return False
        if self_name and other_name != self_name:
            return False
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(("", args, kwargs), name="()")
        name = self._mock_name + "()"
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__") and attr not in _all_magics:
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        name = "%s.%s" % (self._mock_name, attr)
        return _Call(name=name, parent=self, from_kall=False)

    # tuple's methods must not hide call.count(...) and call.index(...)
    def count(self, /, *args, **kwargs):
        return self.__getattr__("count")(*args, **kwargs)

    def index(self, /, *args, **kwargs):
        return self.__getattr__("index")(*args, **kwargs)

    def _get_call_arguments(self):
        if len(self) == 2:
            args, kwargs = self
        else:
            name, args, kwargs = self
        return args, kwargs

    @property
    def args(self):
        return self._get_call_arguments()[0]

    @property
    def kwargs(self):
        return self._get_call_arguments()[1]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or "call"
            if name.startswith("()"):
                name = "call%s" % name
            return name
        if len(self) == 2:
            name = "call"
            args, kwargs = self
        else:
            name, args, kwargs = self
            if not name:
                name = "call"
            elif not name.startswith("()"):
                name = "call.%s" % name
            else:
                name = "call%s" % name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        """For a call object that represents multiple calls, `call_list`
        returns a list of all the intermediate calls as well as the final call."""
        vals = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                vals.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(vals))


call = _Call(from_kall=False)


class _AnyComparer(list):
    """Compares calls element by element so that ANY may sit on either side."""

    def __contains__(self, item):
        for _call in self:
            if len(item) != len(_call):
                continue
            if all([expected == actual for expected, actual in zip(item, _call)]):
                return True
        return False


# ---------------------------------------------------------------- mocks

_MOCK_INTERNALS = frozenset({
    "_mock_return_value", "_mock_side_effect", "_mock_parent", "_mock_name",
    "_mock_new_name", "_mock_new_parent", "_mock_children", "_mock_wraps",
    "_mock_methods", "_spec_class", "_spec_set", "_mock_sealed", "_mock_unsafe",
    "method_calls", "mock_calls", "call_args_list", "call_args", "call_count",
    "called", "_spec_signature", "_mock_delegate",
})


class Base(object):
    _mock_return_value = DEFAULT
    _mock_side_effect = None

    def __init__(self, /, *args, **kwargs):
        pass


class NonCallableMock(Base):
    """A non-callable version of `Mock`"""

    def __new__(cls, /, *args, **kw):
        # Each mock has a class of its own, so that magic methods can be
        # set on one mock without touching the others.
        new = type(cls.__name__, (cls,), {"__doc__": cls.__doc__})
        return object.__new__(new)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name="", _new_parent=None, _spec_as_instance=False,
                 _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        __dict__ = self.__dict__
        __dict__["_mock_parent"] = parent
        __dict__["_mock_name"] = name
        __dict__["_mock_new_name"] = _new_name
        __dict__["_mock_new_parent"] = _new_parent
        __dict__["_mock_sealed"] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        __dict__["_mock_children"] = {}
        __dict__["_mock_wraps"] = wraps
        __dict__["_mock_delegate"] = None
        __dict__["_mock_unsafe"] = unsafe
        __dict__["called"] = False
        __dict__["call_args"] = None
        __dict__["call_count"] = 0
        __dict__["call_args_list"] = _CallList()
        __dict__["mock_calls"] = _CallList()
        __dict__["method_calls"] = _CallList()
        if kwargs:
            self.configure_mock(**kwargs)
        super(NonCallableMock, self).__init__(spec, wraps, name, spec_set, parent, _spec_state)

    def attach_mock(self, mock, attribute):
        """Attach a mock as an attribute of this one, replacing its name and
        parent."""
        inner_mock = mock
        inner_mock._mock_parent = None
        inner_mock._mock_new_parent = None
        inner_mock._mock_name = ""
        inner_mock._mock_new_name = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        """Add a spec to a mock. `spec` can either be an object or a list of
        strings. Only attributes on the `spec` can be fetched as attributes
        from the mock."""
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False, _eat_self=False):
        _spec_class = None
        _spec_signature = None
        if type(spec) in (list, tuple):
            spec = list(spec)
        elif spec is not None:
            if isinstance(spec, type):
                _spec_class = spec
            else:
                _spec_class = type(spec)
            _spec_signature = _signature_of(spec, _spec_as_instance, _eat_self)
            spec = dir(spec)
        __dict__ = self.__dict__
        __dict__["_spec_class"] = _spec_class
        __dict__["_spec_set"] = spec_set
        __dict__["_spec_signature"] = _spec_signature
        __dict__["_mock_methods"] = spec

    def __get_return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name="()")
            self.return_value = ret
        return ret

    def __set_return_value(self, value):
        self._mock_return_value = value
        _check_and_set_parent(self, value, None, "()")

    return_value = property(__get_return_value, __set_return_value,
                            doc="The value to be returned when the mock is called.")

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def __get_side_effect(self):
        return self._mock_side_effect

    def __set_side_effect(self, value):
        value = _try_iter(value)
        self._mock_side_effect = value

    side_effect = property(__get_side_effect, __set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        "Restore the mock object to its initial state."
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))

        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        self.method_calls = _CallList()

        if return_value:
            self._mock_return_value = DEFAULT
        if side_effect:
            self._mock_side_effect = None

        for child in self._mock_children.values():
            if isinstance(child, _SpecState) or child is _deleted:
                continue
            child.reset_mock(visited, return_value=return_value, side_effect=side_effect)

        ret = self._mock_return_value
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, /, **kwargs):
        """Set attributes on the mock through keyword arguments; dotted
        names reach child mocks: `configure_mock(**{"a.b.return_value": 3})`."""
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count(".")):
            args = arg.split(".")
            final = args.pop()
            obj = self
            for entry in args:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def __getattr__(self, name):
        if name in _MOCK_INTERNALS or name in ("_mock_methods", "_mock_unsafe"):
            raise AttributeError(name)
        elif self._mock_methods is not None:
            if name not in self._mock_methods or name in _all_magics:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not self._mock_methods or name not in self._mock_methods):
            if name.startswith(("assert", "assret", "asert", "aseert", "assrt")):
                raise AttributeError(
                    f"{name!r} is not a valid assertion. Use a spec "
                    f"for the mock if {name!r} is meant to be an attribute.")

        result = self._mock_children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        elif isinstance(result, _SpecState):
            result = create_autospec(result.spec, result.spec_set, result.instance,
                                     result.parent, result.name)
            self._mock_children[name] = result
        elif result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                          _new_name=name, _new_parent=self)
            self._mock_children[name] = result
        return result

    def _extract_mock_name(self):
        _name_list = [self._mock_new_name]
        _parent = self._mock_new_parent
        last = self
        dot = "."
        if _name_list == ["()"]:
            dot = ""
        while _parent is not None:
            last = _parent
            _name_list.append(_parent._mock_new_name + dot)
            dot = "."
            if _parent._mock_new_name == "()":
                dot = ""
            _parent = _parent._mock_new_parent
        _name_list = list(reversed(_name_list))
        _first = last._mock_name or "mock"
        if len(_name_list) > 1:
            if _name_list[1] not in ("()", "()."):
                _first += "."
        _name_list[0] = _first
        return "".join(_name_list)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = ""
        if name not in ("mock", "mock."):
            name_string = " name=%r" % name
        spec_string = ""
        if self._spec_class is not None:
            spec_string = " spec=%r"
            if self._spec_set:
                spec_string = " spec_set=%r"
            spec_string = spec_string % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string, spec_string, id(self))

    def __dir__(self):
        """Filter the output of `dir(mock)` to only useful members."""
        if not FILTER_DIR:
            return object.__dir__(self)
        extras = self._mock_methods or []
        from_type = dir(type(self))
        from_dict = list(self.__dict__)
        from_child_mocks = [m_name for m_name, m_value in self._mock_children.items()
                            if m_value is not _deleted]
        from_type = [e for e in from_type if not e.startswith("_")]
        from_dict = [e for e in from_dict if not e.startswith("_") or _is_magic(e)]
        return sorted(set(extras + from_type + from_dict + from_child_mocks))

    def __setattr__(self, name, value):
        if name in _allowed_names:
            # property setters go through here
            return object.__setattr__(self, name, value)
        elif (self._spec_set and self._mock_methods is not None and
              name not in self._mock_methods and
              name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        elif name in _unsupported_magics:
            msg = "Attempting to set unsupported magic method %r." % name
            raise AttributeError(msg)
        elif name in _all_magics:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if not _is_instance_mock(value):
                setattr(type(self), name, _get_method(name, value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
            else:
                # The mock itself is the method: called with no self.
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
        elif name == "_mock_methods":
            self.__dict__["_mock_methods"] = value
            return
        elif _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value

        if self._mock_sealed and not hasattr(self, name):
            mock_name = f"{self._extract_mock_name()}.{name}"
            raise AttributeError(f"Cannot set {mock_name}")

        if name in _MOCK_INTERNALS:
            self.__dict__[name] = value
            return
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                # For magic methods that are not set on the instance
                return
        obj = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def _format_mock_call_signature(self, args, kwargs):
        name = self._mock_name or "mock"
        return _format_call_signature(name, args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action="call"):
        message = "expected %s not found.\nExpected: %s\n  Actual: %s"
        expected_string = self._format_mock_call_signature(args, kwargs)
        call_args = self.call_args
        actual_string = self._format_mock_call_signature(*call_args)
        return message % (action, expected_string, actual_string)

    def _call_signature_from_name(self, name):
        """The signature of the child mock a mock_calls entry names."""
        if not name:
            return self._spec_signature
        sig = None
        child = self
        for part in name.replace("()", ".()").split("."):
            if not part:
                continue
            if part == "()":
                child = child._mock_return_value
                if child is DEFAULT or not _is_instance_mock(child):
                    return None
                sig = child._spec_signature
                continue
            child = child._mock_children.get(part)
            if child is None or isinstance(child, _SpecState) or child is _deleted:
                return None
            if isinstance(child, _AutospecFunction):
                child = child.mock
            sig = child._spec_signature
        return sig

    def _call_matcher(self, _call):
        """The call bound to the spec's signature (so that f(1, b=2) and
        f(a=1, b=2) compare equal), or the TypeError binding raised."""
        if isinstance(_call, tuple) and len(_call) > 2:
            sig = self._call_signature_from_name(_call[0])
        else:
            sig = self._spec_signature
        if sig is None:
            return _call
        if len(_call) == 2:
            name = ""
            args, kwargs = _call
        else:
            name, args, kwargs = _call
        try:
            bound_args, bound_kwargs = sig.bind(args, kwargs)
        except TypeError as e:
            return e.with_traceback(None)
        return _Call((name, bound_args, bound_kwargs))

    def assert_not_called(self):
        """assert that the mock was never called."""
        if self.call_count != 0:
            msg = ("Expected '%s' to not have been called. Called %s times.%s"
                   % (self._mock_name or "mock", self.call_count, self._calls_repr()))
            raise AssertionError(msg)

    def assert_called(self):
        """assert that the mock was called at least once"""
        if self.call_count == 0:
            msg = ("Expected '%s' to have been called." % (self._mock_name or "mock"))
            raise AssertionError(msg)

    def assert_called_once(self):
        """assert that the mock was called only once."""
        if not self.call_count == 1:
            msg = ("Expected '%s' to have been called once. Called %s times.%s"
                   % (self._mock_name or "mock", self.call_count, self._calls_repr()))
            raise AssertionError(msg)

    def assert_called_with(self, /, *args, **kwargs):
        """assert that the last call was made with the specified arguments."""
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            actual = "not called."
            error_message = ("expected call not found.\nExpected: %s\n  Actual: %s"
                             % (expected, actual))
            raise AssertionError(error_message)
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, /, *args, **kwargs):
        """assert that the mock was called exactly once and that that call was
        with the specified arguments."""
        if not self.call_count == 1:
            msg = ("Expected '%s' to be called once. Called %s times.%s"
                   % (self._mock_name or "mock", self.call_count, self._calls_repr()))
            raise AssertionError(msg)
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """assert the mock has been called with the specified calls (in
        mock_calls): consecutively, or in any order with any_order=True."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        all_calls = _CallList(self._call_matcher(c) for c in self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                if cause is None:
                    problem = "Calls not found."
                else:
                    problem = ("Error processing expected calls.\n"
                               "Errors: {}").format(
                        [e if isinstance(e, Exception) else None for e in expected])
                raise AssertionError(
                    f"{problem}\n"
                    f"Expected: {_CallList(calls)}"
                    f"{self._calls_repr(prefix='  Actual').rstrip('.')}") from cause
            return
        all_calls = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                all_calls.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError("%r does not contain all of %r in its call list, found %r instead"
                                 % (self._mock_name or "mock", tuple(not_found), all_calls)) from cause

    def assert_any_call(self, /, *args, **kwargs):
        """assert the mock has been called with the specified arguments
        (at any time, not only the last call)."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.call_args_list]
        if cause or expected not in _AnyComparer(actual):
            expected_string = self._format_mock_call_signature(args, kwargs)
            raise AssertionError("%s call not found" % expected_string) from cause

    def _get_child_mock(self, /, **kw):
        """Create the child mocks for attributes and return value."""
        _type = type(self)
        if self._mock_sealed:
            attribute = f".{kw['name']}" if "name" in kw else "()"
            mock_name = self._extract_mock_name() + attribute
            raise AttributeError(mock_name)
        if issubclass(_type, MagicMock) and kw.get("_new_name") in _async_magics:
            # __aenter__, __aexit__ and __anext__ of a MagicMock are awaitable.
            return AsyncMock(**kw)
        if not issubclass(_type, CallableMixin):
            if issubclass(_type, NonCallableMagicMock):
                klass = MagicMock
            elif issubclass(_type, NonCallableMock):
                klass = Mock
            else:
                klass = _type.__mro__[1]
        else:
            # Our own class is a per-mock subclass: use the class it derives from.
            klass = _type.__mro__[1]
        return klass(**kw)

    def _calls_repr(self, prefix="Calls"):
        """Renders self.mock_calls as a string, empty when there are none."""
        if not self.mock_calls:
            return ""
        return f"\n{prefix}: {_safe_repr(self.mock_calls)}."


_allowed_names = {"return_value", "_mock_return_value", "side_effect",
                  "_mock_side_effect", "_mock_parent", "_mock_new_parent",
                  "_mock_name", "_mock_new_name"}


class _SpecState(object):
    """An attribute of an autospecced object, specced on first access."""

    def __init__(self, spec, spec_set=False, parent=None, name=None, ids=None,
                 instance=False):
        self.spec = spec
        self.ids = ids
        self.spec_set = spec_set
        self.parent = parent
        self.instance = instance
        self.name = name


class CallableMixin(Base):

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None,
                 name=None, spec_set=None, parent=None, _spec_state=None, _new_name="",
                 _new_parent=None, **kwargs):
        self.__dict__["_mock_return_value"] = return_value
        super(CallableMixin, self).__init__(spec, wraps, name, spec_set, parent,
                                            _spec_state, _new_name, _new_parent, **kwargs)
        self.side_effect = side_effect

    def _mock_check_sig(self, /, *args, **kwargs):
        # An autospecced mock takes its spec's arguments only (a plain
        # spec only shapes how calls compare).
        sig = self._spec_signature
        if sig is not None and self.__dict__.get("_mock_autospecced"):
            sig.bind(args, kwargs)

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_call(self, /, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        self.called = True
        self.call_count += 1

        _call = _Call((args, kwargs), two=True)
        self.call_args = _call
        self.call_args_list.append(_call)

        # Record the call in every ancestor's mock_calls (and, for attribute
        # chains, method_calls) under the name it has there.
        do_method_calls = self._mock_parent is not None
        method_call_name = self._mock_name
        mock_call_name = self._mock_new_name
        is_a_call = mock_call_name == "()"
        self.mock_calls.append(_Call(("", args, kwargs)))

        _new_parent = self._mock_new_parent
        while _new_parent is not None:
            if do_method_calls:
                _new_parent.method_calls.append(_Call((method_call_name, args, kwargs)))
                do_method_calls = _new_parent._mock_parent is not None
                if do_method_calls:
                    method_call_name = _new_parent._mock_name + "." + method_call_name

            _new_parent.mock_calls.append(_Call((mock_call_name, args, kwargs)))
            if _new_parent._mock_new_name:
                dot = "" if is_a_call else "."
                is_a_call = _new_parent._mock_new_name == "()"
                mock_call_name = _new_parent._mock_new_name + dot + mock_call_name

            _new_parent = _new_parent._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not _callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """Create a new `Mock` object: attributes and return values are mocks
    made on first use, and every call is recorded."""


# ---------------------------------------------------------------- magic methods

_magics_text = (
    "lt le gt ge eq ne "
    "getitem setitem delitem "
    "len contains iter "
    "hash str sizeof "
    "enter exit "
    "divmod rdivmod neg pos abs invert "
    "complex int float index "
    "round trunc floor ceil "
    "bool next "
    "fspath "
    "aiter "
)
_numerics = "add sub mul matmul truediv floordiv mod lshift rshift and xor or pow"
_inplace = " ".join("i%s" % n for n in _numerics.split())
_right = " ".join("r%s" % n for n in _numerics.split())

_non_defaults = {
    "__get__", "__set__", "__delete__", "__reversed__", "__missing__",
    "__reduce__", "__reduce_ex__", "__getinitargs__", "__getnewargs__",
    "__getstate__", "__setstate__", "__getformat__",
    "__repr__", "__dir__", "__subclasses__", "__format__",
    "__getnewargs_ex__",
}

_magics = {
    "__%s__" % method for method in
    " ".join([_magics_text, _numerics, _inplace, _right]).split()
}
_async_magics = {"__aenter__", "__aexit__", "__anext__"}
_all_sync_magics = _magics | _non_defaults
_all_magics = _all_sync_magics | _async_magics

_unsupported_magics = {
    "__getattr__", "__setattr__",
    "__init__", "__new__", "__prepare__",
    "__instancecheck__", "__subclasscheck__",
    "__del__",
}

_calculate_return_value = {
    "__hash__": lambda self: object.__hash__(self),
    "__str__": lambda self: object.__str__(self),
    "__sizeof__": lambda self: object.__sizeof__(self),
    "__fspath__": lambda self: f"{type(self).__name__}/{self._extract_mock_name()}/{id(self)}",
}

_return_values = {
    "__lt__": NotImplemented,
    "__gt__": NotImplemented,
    "__le__": NotImplemented,
    "__ge__": NotImplemented,
    "__int__": 1,
    "__contains__": False,
    "__len__": 0,
    "__exit__": False,
    "__complex__": 1j,
    "__float__": 1.0,
    "__bool__": True,
    "__index__": 1,
    "__aexit__": False,
}


def _is_magic(name):
    return "__%s__" % name[2:-2] == name


def _get_method(name, func):
    "Turns a callable object (like a mock) into a real function"
    def method(self, /, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


def _get_eq(self):
    def __eq__(other):
        ret_val = self.__eq__._mock_return_value
        if ret_val is not DEFAULT:
            return ret_val
        if self is other:
            return True
        return NotImplemented
    return __eq__


def _get_ne(self):
    def __ne__(other):
        if self.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        if self is other:
            return False
        return NotImplemented
    return __ne__


def _get_iter(self):
    def __iter__():
        ret_val = self.__iter__._mock_return_value
        if ret_val is DEFAULT:
            return iter([])
        # if ret_val was already an iterator, then calling iter on it should
        # return the iterator unchanged
        return iter(ret_val)
    return __iter__


class _AsyncIterator:
    """What a mock's `__aiter__` returns: an asynchronous iterator over the
    items of a plain iterator."""

    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        for item in self.iterator:
            return item
        raise StopAsyncIteration


def _get_async_iter(self):
    def __aiter__():
        ret_val = self.__aiter__._mock_return_value
        if ret_val is DEFAULT:
            return _AsyncIterator(iter([]))
        return _AsyncIterator(iter(ret_val))
    return __aiter__


_side_effect_methods = {
    "__eq__": _get_eq,
    "__ne__": _get_ne,
    "__iter__": _get_iter,
    "__aiter__": _get_async_iter,
}


def _set_return_value(mock, method, name):
    fixed = _return_values.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    return_calculator = _calculate_return_value.get(name)
    if return_calculator is not None:
        method.return_value = return_calculator(mock)
        return
    side_effector = _side_effect_methods.get(name)
    if side_effector is not None:
        method.side_effect = side_effector(mock)


class MagicMixin(Base):
    def __init__(self, /, *args, **kw):
        self._mock_set_magics()  # make magic work for kwargs in init
        super(MagicMixin, self).__init__(*args, **kw)
        self._mock_set_magics()  # fix magic broken by upper level init

    def _mock_set_magics(self):
        orig_magics = _magics | _async_magics
        these_magics = orig_magics
        if getattr(self, "_mock_methods", None) is not None:
            these_magics = orig_magics.intersection(self._mock_methods)
            remove_magics = orig_magics - these_magics
            for entry in remove_magics:
                if entry in type(self).__dict__:
                    # remove unneeded magic methods
                    delattr(self, entry)
        # don't overwrite existing attributes if called a second time
        these_magics = these_magics - set(type(self).__dict__)
        _type = type(self)
        for entry in these_magics:
            setattr(_type, entry, MagicProxy(entry, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A version of `MagicMock` that isn't callable."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A `Mock` with the magic methods preconfigured (len() is 0, iter()
    is empty, a context manager, ...)."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicProxy(Base):
    """Creates the mock for a magic method on first access."""

    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        entry = self.name
        parent = self.parent
        m = parent._get_child_mock(name=entry, _new_name=entry, _new_parent=parent)
        setattr(parent, entry, m)
        _set_return_value(parent, m, entry)
        return m

    def __get__(self, obj, _type=None):
        return self.create_mock()


class AsyncMockMixin(Base):
    pass


class AsyncMock(AsyncMockMixin, MagicMock):
    """A MagicMock whose calls return awaitables: awaiting one runs the
    side effect / return value logic and counts an await."""

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # asyncio.iscoroutinefunction() recognises the mock by this marker.
        try:
            import asyncio
            self.__dict__["_is_coroutine"] = asyncio._is_coroutine
        except (ImportError, AttributeError):
            pass
        self.__dict__["await_count"] = 0
        self.__dict__["await_args"] = None
        self.__dict__["await_args_list"] = _CallList()

    def _get_child_mock(self, /, **kw):
        if self._mock_sealed:
            return super()._get_child_mock(**kw)
        new_name = kw.get("_new_name")
        if new_name in _all_sync_magics or (self._mock_methods and new_name in self._mock_methods):
            return MagicMock(**kw)
        return AsyncMock(**kw)

    def _mock_call(self, /, *args, **kwargs):
        async def proxy():
            _call = _Call((args, kwargs), two=True)
            self.__dict__["await_count"] += 1
            self.__dict__["await_args"] = _call
            self.await_args_list.append(_call)
            effect = self.side_effect
            if effect is not None:
                if _is_exception(effect):
                    raise effect
                elif not _callable(effect):
                    try:
                        result = next(effect)
                    except StopIteration:
                        raise StopAsyncIteration
                    if _is_exception(result):
                        raise result
                else:
                    result = effect(*args, **kwargs)
                    if hasattr(result, "__await__"):
                        result = await result
                if result is not DEFAULT:
                    return result
            if self._mock_return_value is not DEFAULT:
                return self.return_value
            if self._mock_wraps is not None:
                result = self._mock_wraps(*args, **kwargs)
                if hasattr(result, "__await__"):
                    result = await result
                return result
            return self.return_value
        return proxy()

    def assert_awaited(self):
        if self.await_count == 0:
            msg = f"Expected {self._mock_name or 'mock'} to have been awaited."
            raise AssertionError(msg)

    def assert_awaited_once(self):
        if not self.await_count == 1:
            msg = (f"Expected {self._mock_name or 'mock'} to have been awaited once."
                   f" Awaited {self.await_count} times.")
            raise AssertionError(msg)

    def assert_awaited_with(self, /, *args, **kwargs):
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f"Expected await: {expected}\nNot awaited")
        expected = _Call((args, kwargs), two=True)
        if self.await_args != expected:
            raise AssertionError(self._format_mock_failure_message(args, kwargs, action="await")
                                 .replace("Actual: " + self._format_mock_call_signature(*self.call_args),
                                          "Actual: " + self._format_mock_call_signature(*self.await_args)))

    def assert_awaited_once_with(self, /, *args, **kwargs):
        if not self.await_count == 1:
            msg = (f"Expected {self._mock_name or 'mock'} to have been awaited once."
                   f" Awaited {self.await_count} times.")
            raise AssertionError(msg)
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if expected not in _AnyComparer(list(self.await_args_list)):
            expected_string = self._format_mock_call_signature(args, kwargs)
            raise AssertionError("%s await not found" % expected_string)

    def assert_not_awaited(self):
        if self.await_count != 0:
            msg = (f"Expected {self._mock_name or 'mock'} to not have been awaited."
                   f" Awaited {self.await_count} times.")
            raise AssertionError(msg)

    def reset_mock(self, /, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        self.__dict__["await_count"] = 0
        self.__dict__["await_args"] = None
        self.__dict__["await_args_list"] = _CallList()


class PropertyMock(Mock):
    """A mock intended to be used as a property, or other descriptor, on a
    class: fetching the attribute calls it with no arguments, setting it
    calls it with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def seal(mock):
    """Disable the automatic generation of child mocks: after sealing,
    fetching an attribute not yet set raises AttributeError."""
    mock._mock_sealed = True
    for attr in dir(mock):
        try:
            m = getattr(mock, attr)
        except AttributeError:
            continue
        if not isinstance(m, NonCallableMock):
            continue
        if isinstance(m._mock_children.get(attr), _SpecState):
            continue
        if m._mock_new_parent is mock:
            seal(m)


# ---------------------------------------------------------------- patching

def _dot_lookup(thing, comp, import_path):
    try:
        return getattr(thing, comp)
    except AttributeError:
        __import__(import_path)
        return getattr(thing, comp)


def _importer(target):
    components = target.split(".")
    import_path = components.pop(0)
    thing = __import__(import_path)
    for comp in components:
        import_path += ".%s" % comp
        thing = _dot_lookup(thing, comp, import_path)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit(".", 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f"Need a valid target to patch. You supplied: {target!r}")
    return (lambda: _importer(target)), attribute


class _patch(object):

    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec,
                 new_callable, kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        if not unsafe:
            _check_spec_arg_typos(kwargs)
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if ((spec is not None or autospec is not None) and spec_set not in (True, None)):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []
        self.unsafe = unsafe

    def copy(self):
        patcher = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                         self.spec_set, self.autospec, self.new_callable, self.kwargs)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy() for p in self.additional_patchers]
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not hasattr(attr_value, "__call__"):
                continue
            patcher = self.copy()
            setattr(klass, attr, patcher(attr_value))
        return klass

    @contextlib.contextmanager
    def decoration_helper(self, patched, args, keywargs):
        extra_args = []
        with contextlib.ExitStack() as exit_stack:
            for patching in patched.patchings:
                arg = exit_stack.enter_context(patching)
                if patching.attribute_name is not None:
                    keywargs.update(arg)
                elif patching.new is DEFAULT:
                    extra_args.append(arg)
            args += tuple(extra_args)
            yield (args, keywargs)

    def decorate_callable(self, func):
        # Several patch decorators share one wrapper: its list of patchings.
        if hasattr(func, "patchings"):
            func.patchings.append(self)
            return func

        import functools

        @functools.wraps(func)
        def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (newargs, newkeywargs):
                return func(*newargs, **newkeywargs)

        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in _builtins and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        """Perform the patch."""
        new, spec, spec_set = self.new, self.spec, self.spec_set
        new_callable = self.new_callable
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        original, local = self.get_original()

        autospec = self.autospec
        if autospec is not None and autospec is not False and new is not DEFAULT:
            raise TypeError("autospec creates the mock for you. Can't specify autospec and new.")
        if new is DEFAULT and autospec is not None and autospec is not False:
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            spec_set = bool(spec_set)
            if autospec is True:
                autospec = original
            if _is_instance_mock(autospec):
                raise InvalidSpecError(f"Cannot autospec attr {self.attribute!r} as the patch "
                                       f"target has already been mocked out. "
                                       f"[target={self.target!r}, attr={autospec!r}]")
            new = create_autospec(autospec, spec_set=spec_set, _name=self.attribute,
                                  **self.kwargs)
        elif new is DEFAULT:
            inherit = False
            if spec is True:
                # set spec to the object we are replacing
                spec = original
                if spec_set is True:
                    spec_set = original
                    spec = None
            elif spec is not None:
                if spec_set is True:
                    spec_set = spec
                    spec = None
            elif spec_set is True:
                spec_set = original

            if spec is not None or spec_set is not None:
                if original is DEFAULT:
                    raise TypeError("Can't use 'spec' with create=True")
                if isinstance(original, type):
                    # If we're patching out a class and there is a spec
                    inherit = True
            if new_callable is not None:
                Klass = new_callable
            elif spec is not None or spec_set is not None:
                this_spec = spec if spec_set is None else spec_set
                if type(this_spec) in (list, tuple):
                    not_callable = "__call__" not in this_spec
                else:
                    not_callable = not callable(this_spec)
                if _is_async_func(this_spec):
                    Klass = AsyncMock
                elif not_callable:
                    Klass = NonCallableMagicMock
                else:
                    Klass = MagicMock
            else:
                Klass = MagicMock
            _kwargs = {}
            if spec is not None:
                _kwargs["spec"] = spec
            if spec_set is not None:
                _kwargs["spec_set"] = spec_set
            # A mock made by patch is named after the attribute it replaces.
            if isinstance(Klass, type) and issubclass(Klass, NonCallableMock) and self.attribute:
                _kwargs["name"] = self.attribute
            _kwargs.update(self.kwargs)
            new = Klass(**_kwargs)

            if inherit and _is_instance_mock(new):
                # Instances of a patched class are specced by it too.
                this_spec = spec if spec_set is None else spec_set
                if type(this_spec) not in (list, tuple) and not _instance_callable(this_spec):
                    Klass = NonCallableMagicMock
                _kwargs.pop("name", None)
                new.return_value = Klass(_new_parent=new, _new_name="()", **_kwargs)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")

        new_attr = new
        self.temp_original = original
        self.is_local = local
        self._exit_stack = contextlib.ExitStack()
        try:
            setattr(self.target, self.attribute, new_attr)
            if self.attribute_name is not None:
                extra_args = {}
                if self.new is DEFAULT:
                    extra_args[self.attribute_name] = new
                for patching in self.additional_patchers:
                    arg = self._exit_stack.enter_context(patching)
                    if patching.new is DEFAULT:
                        extra_args.update(arg)
                return extra_args
            return new
        except:
            if not self.__exit__(*sys.exc_info()):
                raise

    def __exit__(self, *exc_info):
        """Undo the patch."""
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ("__doc__", "__module__",
                                                       "__defaults__", "__annotations__",
                                                       "__kwdefaults__")):
                # needed for proxy objects like django settings
                setattr(self.target, self.attribute, self.temp_original)

        del self.temp_original
        del self.is_local
        del self.target
        exit_stack = self._exit_stack
        del self._exit_stack
        return exit_stack.__exit__(*exc_info)

    def start(self):
        """Activate a patch, returning any created mock."""
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        """Stop an active patch."""
        try:
            self._active_patches.remove(self)
        except ValueError:
            # If the patch hasn't been started this will fail
            return None
        return self.__exit__(None, None, None)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """patch the named member (`attribute`) on an object (`target`) with a
    mock object."""
    if type(target) is str:
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    getter = lambda: target
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    """Perform multiple patches in a single call: keyword arguments name the
    attributes; DEFAULT values make MagicMocks, passed to the decorated
    function by name (or returned as a dict by the context manager)."""
    if type(target) is str:
        getter = lambda: _importer(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError("Must supply at least one keyword argument with patch.multiple")
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this_patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                              new_callable, {})
        this_patcher.attribute_name = attribute
        patcher.additional_patchers.append(this_patcher)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    """Patch `target` ("package.module.Name") with `new` (by default a
    MagicMock) as a function decorator, class decorator or context manager."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs, unsafe=unsafe)


class _patch_dict(object):
    """Patch a dictionary, or dictionary like object, and restore the
    dictionary to its original state after the test."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)
        import functools

        @functools.wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_class(self, klass):
        for attr in dir(klass):
            attr_value = getattr(klass, attr)
            if attr.startswith(patch.TEST_PREFIX) and hasattr(attr_value, "__call__"):
                decorator = _patch_dict(self.in_dict, self.values, self.clear)
                decorated = decorator(attr_value)
                setattr(klass, attr, decorated)
        return klass

    def __enter__(self):
        """Patch the dict."""
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        values = self.values
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        clear = self.clear
        try:
            original = in_dict.copy()
        except AttributeError:
            # dict like object with no copy method; must support iteration
            # over keys
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(values)
        except AttributeError:
            # dict like object with no update method
            for key in values:
                in_dict[key] = values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        """Unpatch the dict."""
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        """Activate a patch, returning any created mock."""
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        """Stop an active patch."""
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        keys = list(in_dict)
        for key in keys:
            del in_dict[key]


def _patch_stopall():
    """Stop all active patches. LIFO to unroll nested patches."""
    for patch in reversed(_patch._active_patches):
        patch.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = "test"

# The built-ins a module may be patched to have even when this
# interpreter's host did not grant them (patching grants nothing).
_builtins = ({name for name in dir(builtins) if not name.startswith("_")} |
             {"open", "input", "print", "exit", "quit", "help", "breakpoint"})


# ---------------------------------------------------------------- mock_open

file_spec = None
_read_data_sentinel = object()


def _to_stream(read_data):
    import io
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


def mock_open(mock=None, read_data=""):
    """A helper function to create a mock to replace the use of `open`: the
    handle's read, readline, readlines and iteration serve `read_data`."""
    _read_data = _to_stream(read_data)
    _state = [_read_data, None]

    def _readlines_side_effect(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return _state[0].readlines(*args, **kwargs)

    def _read_side_effect(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return _state[0].read(*args, **kwargs)

    def _readline_side_effect(*args, **kwargs):
        yield from _iter_side_effect()
        while True:
            yield _state[0].readline(*args, **kwargs)

    def _iter_side_effect():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in _state[0]:
            yield line

    def _next_side_effect():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(_state[0])

    if mock is None:
        mock = MagicMock(name="open", spec=open if hasattr(builtins, "open") else None)

    handle = MagicMock()
    handle.__enter__.return_value = handle

    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None

    handle.read.side_effect = _read_side_effect
    _state[1] = _readline_side_effect()
    handle.readline.side_effect = _state[1]
    handle.readlines.side_effect = _readlines_side_effect
    handle.__iter__.side_effect = _iter_side_effect
    handle.__next__.side_effect = _next_side_effect

    def reset_data(*args, **kwargs):
        _state[0] = _to_stream(read_data)
        if handle.readline.side_effect == _state[1]:
            # Only reset the side effect if the user hasn't overridden it.
            _state[1] = _readline_side_effect()
            handle.readline.side_effect = _state[1]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock


# ---------------------------------------------------------------- autospec

class InvalidSpecError(Exception):
    """Indicates that an invalid value was used as a mock spec."""


_CO_VARARGS = 0x04
_CO_VARKEYWORDS = 0x08


class _Signature(object):
    """The parameters of a Python function, read from its code object, and
    the binding of call arguments to them (what inspect.Signature.bind
    does, with its messages)."""

    def __init__(self, func, skip_first):
        code = func.__code__
        names = code.co_varnames
        argcount = code.co_argcount
        kwonlycount = code.co_kwonlyargcount
        self.posonly = getattr(code, "co_posonlyargcount", 0)
        self.positional = list(names[:argcount])
        self.kwonly = list(names[argcount:argcount + kwonlycount])
        self.varargs = bool(code.co_flags & _CO_VARARGS)
        self.varkw = bool(code.co_flags & _CO_VARKEYWORDS)
        defaults = func.__defaults__ or ()
        self.defaults = dict(zip(self.positional[len(self.positional) - len(defaults):], defaults))
        self.kwdefaults = dict(func.__kwdefaults__ or {})
        if skip_first and self.positional:
            del self.positional[0]
            self.posonly = max(0, self.posonly - 1)
        elif skip_first and self.varargs:
            # f(*args): the first of args is the self being skipped.
            pass

    def bind(self, args, kwargs):
        """(positional values, keyword values) as inspect's BoundArguments
        .args and .kwargs, or TypeError."""
        bound = {}
        positional = self.positional
        if len(args) > len(positional) and not self.varargs:
            raise TypeError("too many positional arguments")
        for name, value in zip(positional, args):
            bound[name] = value
        extra_args = tuple(args[len(positional):])
        extra_kwargs = {}
        posonly = set(positional[:self.posonly])
        for name, value in kwargs.items():
            if name in bound and name not in posonly:
                raise TypeError("multiple values for argument %r" % name)
            if (name in positional and name not in posonly) or name in self.kwonly:
                bound[name] = value
            elif self.varkw:
                extra_kwargs[name] = value
            elif name in posonly:
                raise TypeError("%r parameter is positional only, but was passed as a keyword"
                                % name)
            else:
                raise TypeError("got an unexpected keyword argument %r" % name)
        for name in positional:
            if name not in bound and name not in self.defaults:
                raise TypeError("missing a required argument: %r" % name)
        for name in self.kwonly:
            if name not in bound and name not in self.kwdefaults:
                raise TypeError("missing a required argument: %r" % name)
        # BoundArguments.args: the positional parameters bound, in order,
        # up to the first left to its default; then *args.
        out_args = []
        stopped = False
        for name in positional:
            if name in bound and not stopped:
                out_args.append(bound[name])
            else:
                stopped = True
        out_kwargs = {}
        if stopped:
            for name in positional:
                if name in bound and name not in posonly and len(out_args) <= positional.index(name):
                    out_kwargs[name] = bound[name]
        elif self.varargs:
            out_args.extend(extra_args)
        for name in self.kwonly:
            if name in bound:
                out_kwargs[name] = bound[name]
        out_kwargs.update(extra_kwargs)
        return tuple(out_args), out_kwargs


def _signature_of(spec, as_instance=False, eat_self=False):
    """The _Signature a call of `spec` takes, or None when unknown (pyx
    has no signatures for built-ins)."""
    func = spec
    if isinstance(spec, type) and not as_instance:
        func = spec.__init__
        eat_self = True
    elif isinstance(spec, (classmethod, staticmethod)):
        if isinstance(spec, classmethod):
            eat_self = True
        func = spec.__func__
    elif not _is_function(spec):
        try:
            func = spec.__call__
        except AttributeError:
            return None
    if hasattr(func, "__func__") and hasattr(func, "__self__"):
        # A bound method: its first parameter is taken already.
        func = func.__func__
        eat_self = True
    if not hasattr(func, "__code__"):
        return None
    try:
        return _Signature(func, eat_self)
    except Exception:
        return None


def _is_function(obj):
    import types
    return isinstance(obj, (types.FunctionType, types.MethodType))


def _instance_callable(obj):
    """Given an object, return True if the object is callable. For classes,
    return True if instances would be callable."""
    if not isinstance(obj, type):
        return getattr(obj, "__call__", None) is not None
    for base in (obj,) + obj.__mro__:
        if base.__dict__.get("__call__") is not None:
            return True
    return False


def _is_data_descriptor(obj):
    if isinstance(obj, type) or _is_function(obj):
        return False
    tp = type(obj)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def _is_async_func(obj):
    try:
        import asyncio
        return asyncio.iscoroutinefunction(obj)
    except ImportError:
        return False


def _must_skip(spec, entry, is_type):
    """Whether the first parameter of method `entry` of `spec` is bound
    by the time the mock is called."""
    if not isinstance(spec, type):
        if entry in getattr(spec, "__dict__", {}):
            return False
        spec = type(spec)
    for klass in spec.__mro__:
        result = klass.__dict__.get(entry, DEFAULT)
        if result is DEFAULT:
            continue
        if isinstance(result, (staticmethod, classmethod)):
            return False
        elif _is_function(result):
            return is_type
        else:
            return False
    return is_type


class _AutospecFunction(object):
    """What create_autospec makes of a function: callable with the
    function's arguments only, every other attribute the mock's."""

    def __init__(self, mock, original, sig):
        object.__setattr__(self, "mock", mock)
        object.__setattr__(self, "_sig", sig)
        for attr in ("__name__", "__doc__", "__module__", "__qualname__"):
            try:
                object.__setattr__(self, attr, getattr(original, attr))
            except AttributeError:
                pass

    def __call__(self, *args, **kwargs):
        if self._sig is not None:
            self._sig.bind(args, kwargs)
        return self.mock(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.mock, name)

    def __setattr__(self, name, value):
        setattr(self.mock, name, value)

    def __repr__(self):
        return "<function %s at %#x>" % (getattr(self, "__name__", "?"), id(self))


def _check_spec_arg_typos(kwargs_to_check):
    typos = ("autospect", "auto_spec", "set_spec")
    for typo in typos:
        if typo in kwargs_to_check:
            raise RuntimeError(f"{typo!r} might be a typo; use unsafe=True if this is intended")


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *,
                    unsafe=False, **kwargs):
    """Create a mock object using another object as a spec: attributes are
    specced recursively, and functions and methods check their arguments
    like the originals.  (pyx: an autospecced function is a callable
    object, not a function.)"""
    if type(spec) in (list, tuple):
        spec = type(spec)
    is_type = isinstance(spec, type)
    if _is_instance_mock(spec):
        raise InvalidSpecError(f"Cannot autospec a Mock object. [object={spec!r}]")
    is_async_func = _is_async_func(spec)
    _kwargs = {"spec": spec}
    if spec_set:
        _kwargs = {"spec_set": spec}
    elif spec is None:
        # None we mock with a normal mock without a spec
        _kwargs = {}
    if _kwargs and instance:
        _kwargs["_spec_as_instance"] = True
    if not unsafe:
        _check_spec_arg_typos(kwargs)
    _kwargs.update(kwargs)

    Klass = MagicMock
    if _is_data_descriptor(spec):
        _kwargs = {}
    elif is_type and instance and not _instance_callable(spec):
        Klass = NonCallableMagicMock
    elif not _callable(spec):
        Klass = NonCallableMagicMock
    if is_async_func:
        Klass = AsyncMock

    _name = _kwargs.pop("name", _name)
    _new_name = _name
    if _parent is None:
        _new_name = ""

    mock = Klass(parent=_parent, _new_parent=_parent, _new_name=_new_name, name=_name, **_kwargs)

    if _is_function(spec):
        mock = _AutospecFunction(mock, spec, mock._spec_signature)
    else:
        mock.__dict__["_mock_autospecced"] = True

    if _parent is not None and not instance:
        _parent._mock_children[_name] = mock

    if is_type and not instance and "return_value" not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True, _name="()",
                                            _parent=mock)

    for entry in dir(spec):
        if _is_magic(entry):
            continue
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue
        child_kwargs = {"spec": original}
        if spec_set:
            child_kwargs = {"spec_set": original}
        if not _is_function(original):
            new = _SpecState(original, spec_set, mock, entry, instance=instance)
            target = mock.mock if isinstance(mock, _AutospecFunction) else mock
            target._mock_children[entry] = new
        else:
            parent = mock.mock if isinstance(mock, _AutospecFunction) else mock
            skipfirst = _must_skip(spec, entry, is_type)
            child_kwargs["_eat_self"] = skipfirst
            child_klass = AsyncMock if _is_async_func(original) else MagicMock
            new = child_klass(parent=parent, name=entry, _new_name=entry, _new_parent=parent,
                              **child_kwargs)
            parent._mock_children[entry] = new
            new.return_value = child_klass()
            new.__dict__["_mock_autospecced"] = True
    return mock
