"""Shallow and deep copy operations (pyx).

The order of the look-ups is CPython's documented one: the memo, then the
kinds this module copies itself (atomic values, list, tuple, dict, bound
methods), a class (copied as itself), `__deepcopy__` / `__copy__`, then a
reduction: `copyreg.dispatch_table`, else `__reduce_ex__(4)`, else
`__reduce__` (the VM provides `object.__reduce_ex__` returning
`(constructor, args, state, listitems, dictitems)` as CPython does).

`deepcopy` is written for the interpreter: the common kinds are tested
inline, by exact type, in one frame per copied value (no dispatch call per
atomic item, no exception for a memo miss).
"""

from copyreg import dispatch_table

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error


class _Probe:
    def method(self):
        pass


_MethodType = type(_Probe().method)

# Values deepcopy returns as they are (CPython's `_deepcopy_atomic` kinds).
_atomic = {type(None), type(Ellipsis), type(NotImplemented), int, float,
           bool, complex, bytes, str, type, range, property, type(len),
           type(lambda: 0), type((lambda: 0).__code__)}
try:
    from weakref import ref as _weakref_type
except ImportError:
    _weakref_type = None
if _weakref_type is not None:
    _atomic.add(_weakref_type)

# Values copy returns as they are: the atomic ones and the immutable
# containers.
_immutable = _atomic | {tuple, frozenset, slice}

_copy_method = {list: list.copy, dict: dict.copy, set: set.copy,
                bytearray: bytearray.copy}


def copy(x):
    cls = type(x)
    if cls in _immutable:
        return x
    copier = _copy_method.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls, 'shallow')
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _reduce(x, cls, how):
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, '__reduce_ex__', None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, '__reduce__', None)
    if reductor:
        return reductor()
    raise Error('un(%s)copyable object of type %s' % (how, cls))


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        return x
    if cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        copies = []
        append = copies.append
        for a in x:
            append(deepcopy(a, memo))
        # Not memoized itself, but an item may have copied it already (a
        # tuple inside a list inside it): that copy is the one to use.
        if type(memo) is dict:
            y = memo.get(d, _nil)
            if y is not _nil:
                return y
        else:
            try:
                return memo[d]
            except KeyError:
                pass
        y = x
        for k, j in zip(x, copies):
            if k is not j:
                y = tuple(copies)
                break
    elif cls is _MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    elif issubclass(cls, type):
        return x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls, 'deep')
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        # Keep x alive as long as the memo: its id is a key.
        try:
            memo[id(memo)].append(x)
        except KeyError:
            memo[id(memo)] = [x]
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None,
                 dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        copies = []
        for arg in args:
            copies.append(deepcopy(arg, memo))
        args = copies
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
