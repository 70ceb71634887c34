"""Names for built-in types (pyx safe subset).

Frame, traceback and code types are deliberately absent: pyx has no
introspection exits. CellType is here: a cell is only the box a closure
shares a variable through, reached from the function's own `__closure__`."""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()


async def _ag():
    yield


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)
GetSetDescriptorType = type(FunctionType.__dict__['__name__']) \
    if '__name__' in FunctionType.__dict__ else type(None)


class _Slotted:
    __slots__ = ('slot',)


MemberDescriptorType = type(_Slotted.__dict__['slot'])
del _Slotted
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])
UnionType = type(int | str)
MappingProxyType = type(type.__dict__)


def _cell_of(x):
    return (lambda: x).__closure__[0]


CellType = type(_cell_of(None))

del sys, _f, _g, _c, _ag, _C, _cell_of


_namespaces_in_repr = set()


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, *args, **kwargs):
        if args:
            # 3.11: keyword arguments only (a positional mapping is 3.13).
            raise TypeError('no positional arguments expected')
        d = dict(kwargs)
        for k in d:
            if not isinstance(k, str):
                raise TypeError('keywords must be strings')
        self.__dict__.update(d)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace \
            else type(self).__name__
        # A namespace already being shown, met again inside itself.
        if id(self) in _namespaces_in_repr:
            return name + '(...)'
        _namespaces_in_repr.add(id(self))
        try:
            return '%s(%s)' % (name, ', '.join(
                '%s=%r' % (k, v) for k, v in self.__dict__.items()))
        finally:
            _namespaces_in_repr.discard(id(self))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


def resolve_bases(bases):
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, '__mro_entries__'):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class '
                        'must be a (non-strict) subclass of the metaclasses '
                        'of all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


class DynamicClassAttribute(property):
    """Route attribute access on a class to __getattr__ (used by enum)."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        return super().__get__(instance, ownerclass)

    @property
    def __isabstractmethod__(self):
        return bool(getattr(self.fget, '__isabstractmethod__', False))


try:
    from _pyx_types import iterable_coroutine as _mark_iterable_coroutine
except ImportError:  # a host that withholds the native core
    _mark_iterable_coroutine = None

_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


def coroutine(func):
    """Make generator function `func` usable as a coroutine: the
    generators it makes can be awaited. Any other callable is wrapped so
    that a generator it returns is awaitable."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType:
        flags = func.__code__.co_flags
        if flags & (_CO_COROUTINE | _CO_ITERABLE_COROUTINE):
            return func
        if flags & _CO_GENERATOR and _mark_iterable_coroutine is not None:
            return _mark_iterable_coroutine(func)

    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is CoroutineType:
            return result
        # A generator (or anything registered as a Generator) that is not
        # also a Coroutine gets the awaitable wrapper; a duck-typed
        # coroutine passes through as it is.
        import collections.abc
        if (isinstance(result, collections.abc.Generator) and
                not isinstance(result, collections.abc.Coroutine)):
            return _GeneratorWrapper(result)
        return result
    return wrapped


class _GeneratorWrapper:
    """An awaitable view of a generator (or generator-like object)
    returned by a callable decorated with `types.coroutine`."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = type(gen) is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, value):
        return self.__wrapped.send(value)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__
