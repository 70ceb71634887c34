"""Context variables (PEP 567) for an interpreter with one thread.

A `Context` is a mapping from `ContextVar` to value; `ContextVar.set`
changes the current context and returns a `Token` that `reset` uses to undo
the change. `Context.run` makes a context current for the duration of a
call. asyncio tasks can each run in a copy.
"""

__all__ = ("Context", "ContextVar", "Token", "copy_context")

_MISSING = object()


class Context:
    def __init__(self):
        self._data = {}
        self._prev = None
        self._entered = False

    def run(self, callable, *args, **kwargs):
        global _current
        if self._entered:
            raise RuntimeError(
                "cannot enter context: %r is already entered" % (self,))
        self._prev = _current
        self._entered = True
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._data[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._data.get(var, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()


_current = Context()


def copy_context():
    return _current.copy()


class ContextVar:
    __slots__ = ("_name", "_default")

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError("get() takes at most 1 argument (%d given)" % len(args))
        v = _current._data.get(self, _MISSING)
        if v is not _MISSING:
            return v
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current
        old = ctx._data.get(self, Token.MISSING)
        ctx._data[self] = value
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError("expected an instance of Token, got %r" % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar" % (token,))
        if token._ctx is not _current:
            raise ValueError("%r was created in a different Context" % (token,))
        if token._old is Token.MISSING:
            _current._data.pop(self, None)
        else:
            _current._data[self] = token._old
        token._used = True

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        r = "<ContextVar name=%r" % (self._name,)
        if self._default is not _MISSING:
            r += " default=%r" % (self._default,)
        return r + " at 0x%x>" % id(self)


class Token:
    MISSING = object()

    def __init__(self, ctx, var, old):
        self._ctx = ctx
        self._var = var
        self._old = old
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = " used" if self._used else ""
        return "<Token%s var=%r at 0x%x>" % (used, self._var, id(self))
