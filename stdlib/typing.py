"""Support for type hints (pyx pure-Python implementation, runtime-minimal).

Written from the typing documentation (PEP 484, 526, 544, 560, 585, 586,
589, 591, 593, 604, 612, 646, 655, 673, 675).  The runtime objects are real:
aliases are subscriptable and have CPython-like reprs, ``__origin__`` /
``__args__`` / ``__parameters__``, ``get_origin``/``get_args`` work,
``Generic``/``Protocol``/``NamedTuple``/``TypedDict`` build classes.  No
static checking happens here (as in CPython)."""

import collections.abc
import functools
import sys
import types
from abc import ABCMeta, abstractmethod
from types import GenericAlias

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final',
    'ForwardRef', 'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol',
    'Tuple', 'Type', 'TypeVar', 'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping',
    'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet',
    'Sequence', 'Sized', 'ValuesView', 'Awaitable', 'AsyncIterator',
    'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes',
    'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt',
    'SupportsRound', 'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict',
    'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict',
    'Generator', 'AnyStr', 'assert_never', 'assert_type', 'cast',
    'clear_overloads', 'dataclass_transform', 'final', 'get_args',
    'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
    'LiteralString', 'Never', 'NewType', 'no_type_check',
    'no_type_check_decorator', 'NoReturn', 'NotRequired', 'overload',
    'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type',
    'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias',
    'TypeGuard', 'Unpack', 'IO', 'TextIO', 'BinaryIO', 'Pattern', 'Match',
]

TYPE_CHECKING = False

_NoneType = type(None)


# ------------------------------------------------------------------ helpers

def _type_repr(obj):
    """repr of a type argument the way typing shows it."""
    if isinstance(obj, type) and not isinstance(obj, types.GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _type_convert(arg, module=None, *, allow_special_forms=False):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _type_check(arg, msg, is_argument=True, allow_special_forms=False):
    arg = _type_convert(arg, allow_special_forms=allow_special_forms)
    if isinstance(arg, _GenericAlias):
        bad = (Generic, Protocol)
        if not allow_special_forms:
            bad += (ClassVar,)
            if is_argument:
                bad += (Final,)
        if arg.__origin__ in bad:
            raise TypeError('%s is not valid as type argument' % (arg,))
    if arg in (Any, NoReturn, Never, Self, TypeAlias, LiteralString):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError('Plain %s is not valid as type argument' % (arg,))
    if type(arg) is tuple:
        raise TypeError('%s Got %.100r.' % (msg, arg))
    return arg


def _collect_parameters(args):
    """The type variables of args, in first-seen order: an object with
    __typing_subst__ is one itself; tuples (ParamSpec values) are
    searched; anything else contributes its own __parameters__."""
    params = []
    for t in args:
        if isinstance(t, type):
            continue
        if isinstance(t, tuple):
            found = _collect_parameters(t)
        elif hasattr(t, '__typing_subst__'):
            found = (t,)
        else:
            found = getattr(t, '__parameters__', ())
        for x in found:
            if x not in params:
                params.append(x)
    return tuple(params)


def _is_unpacked_typevartuple(x):
    return (not isinstance(x, type) and
            bool(getattr(x, '__typing_is_unpacked_typevartuple__', False)))


def _is_unpacked(x):
    """`*tuple[...]`, `Unpack[...]` or `*Ts`."""
    return (isinstance(x, _UnpackGenericAlias) or
            (isinstance(x, types.GenericAlias) and
             getattr(x, '__unpacked__', False)))


def _unpack_args(args):
    """Spread `*tuple[int, str]` into its items; `*tuple[int, ...]` and
    `*Ts` stay single arguments."""
    out = []
    for a in args:
        items = (None if isinstance(a, type)
                 else getattr(a, '__typing_unpacked_tuple_args__', None))
        if items is not None and not (items and items[-1] is ...):
            out.extend(items)
        else:
            out.append(a)
    return tuple(out)


def _is_param_expr(arg):
    return (arg is ... or
            isinstance(arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias)))


def _arg_count_error(alias, actual, expected):
    return TypeError('Too %s arguments for %s; actual %d, expected %d'
                     % ('many' if actual > expected else 'few', alias,
                        actual, expected))


def _subst_args(alias, args):
    """The __args__ of alias[args] (args a tuple, already unpacked): each
    parameter may first reshape args (__typing_prepare_subst__: a
    TypeVarTuple gathers its share into one tuple, a ParamSpec turns a list
    into a tuple), then every old argument is replaced by its value.  Used
    by typing's aliases and by types.GenericAlias."""
    params = alias.__parameters__
    for p in params:
        prepare = getattr(p, '__typing_prepare_subst__', None)
        if prepare is not None:
            args = prepare(alias, args)
    if len(args) != len(params):
        raise _arg_count_error(alias, len(args), len(params))
    value_of = dict(zip(params, args))
    spread_tuples = (getattr(alias, '__origin__', None)
                     is collections.abc.Callable)
    return tuple(_substitute(alias.__args__, value_of, spread_tuples))


def _substitute(old_args, value_of, spread_tuples):
    new = []
    for old in old_args:
        if isinstance(old, type):
            new.append(old)
            continue
        subst = getattr(old, '__typing_subst__', None)
        if subst is not None:
            value = subst(value_of[old])
        else:
            inner = getattr(old, '__parameters__', ())
            if not inner:
                value = old
            else:
                inner_args = []
                for x in inner:
                    if isinstance(x, TypeVarTuple):
                        inner_args.extend(value_of[x])
                    else:
                        inner_args.append(value_of[x])
                value = old[tuple(inner_args)]
        if ((spread_tuples and isinstance(value, tuple)) or
                _is_unpacked_typevartuple(old)):
            new.extend(value)
        elif isinstance(old, tuple):
            # A ParamSpec's value, as in Z[[int, T]]: (int, T).
            new.append(tuple(_substitute(old, value_of, spread_tuples)))
        else:
            new.append(value)
    return new


def _deduplicate(params):
    out = []
    for p in params:
        if p not in out:
            out.append(p)
    return out


def _flatten_union(params):
    out = []
    for p in params:
        if isinstance(p, _UnionGenericAlias):
            out.extend(p.__args__)
        elif isinstance(p, types.UnionType):
            out.extend(p.__args__)
        else:
            out.append(p)
    return out


# Functions that empty typing's caches (test suites call them between
# tests, as with CPython's typing._cleanups).
_cleanups = []


def _typed_key(value):
    if type(value) is tuple:
        return tuple(_typed_key(v) for v in value)
    if type(value) is list:
        return ('list', tuple(_typed_key(v) for v in value))
    return (type(value), value)


def _tp_cache(func):
    cache = {}
    _cleanups.append(cache.clear)

    @functools.wraps(func)
    def inner(*args):
        # Keyed by value and type, so Literal[1] and Literal[True] differ.
        try:
            key = _typed_key(args)
            return cache[key]
        except KeyError:
            pass
        except TypeError:
            return func(*args)
        r = func(*args)
        cache[key] = r
        return r
    return inner


# ------------------------------------------------------------- special forms

class _Final:
    __slots__ = ()

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if '_root' not in kwds and not _root:
            raise TypeError('Cannot subclass special typing classes')


class _SpecialForm(_Final, _root=True):
    def __init__(self, getitem):
        self._getitem = _tp_cache(getitem)
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass %r' % (self,))

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % (self,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError('%s cannot be used with isinstance()' % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError('%s cannot be used with issubclass()' % (self,))

    __iter__ = None

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls)


@_SpecialForm
def NoReturn(self, parameters):
    """Special type indicating functions that never return."""
    raise TypeError('%s is not subscriptable' % (self,))


@_SpecialForm
def Never(self, parameters):
    """The bottom type."""
    raise TypeError('%s is not subscriptable' % (self,))


@_SpecialForm
def Self(self, parameters):
    """Used to spell the type of "self" in classes."""
    raise TypeError('%s is not subscriptable' % (self,))


@_SpecialForm
def LiteralString(self, parameters):
    """Represents an arbitrary literal string."""
    raise TypeError('%s is not subscriptable' % (self,))


@_SpecialForm
def TypeAlias(self, parameters):
    """Special marker indicating that an assignment is a type alias."""
    raise TypeError('%s is not subscriptable' % (self,))


@_SpecialForm
def ClassVar(self, parameters):
    """Special type construct to mark class variables."""
    item = _type_check(parameters, '%s accepts only single type.' % (self,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def Final(self, parameters):
    """Special typing construct to indicate final names."""
    item = _type_check(parameters, '%s accepts only single type.' % (self,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def Union(self, parameters):
    """Union type; Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = 'Union[arg, ...]: each arg must be a type.'
    parameters = tuple(_type_check(p, msg) for p in parameters)
    parameters = tuple(_deduplicate(_flatten_union(parameters)))
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(self, parameters, name='Optional')
    return _UnionGenericAlias(self, parameters)


@_SpecialForm
def Optional(self, parameters):
    """Optional[X] is equivalent to Union[X, None]."""
    arg = _type_check(parameters, '%s requires a single type.' % (self,))
    return Union[arg, _NoneType]


@_SpecialForm
def Literal(self, parameters):
    """Special typing form to define literal types."""
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    try:
        # Values of different types stay apart (1, True); unhashable
        # values are kept as given.
        keys = set()
        seen = []
        for p in flat:
            if (p, type(p)) not in keys:
                keys.add((p, type(p)))
                seen.append(p)
    except TypeError:
        seen = flat
    return _LiteralGenericAlias(self, tuple(seen))


@_SpecialForm
def TypeGuard(self, parameters):
    """Special typing form used to annotate user-defined type guards."""
    item = _type_check(parameters, '%s accepts only single type.' % (self,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def Required(self, parameters):
    """Marks a TypedDict key as required."""
    item = _type_check(parameters, '%s accepts only single type.' % (self,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def NotRequired(self, parameters):
    """Marks a TypedDict key as potentially missing."""
    item = _type_check(parameters, '%s accepts only single type.' % (self,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def Unpack(self, parameters):
    """Type unpack operator."""
    item = _type_check(parameters, '%s accepts only single type.' % (self,))
    return _UnpackGenericAlias(self, (item,))


@_SpecialForm
def Concatenate(self, parameters):
    """Used in conjunction with ParamSpec and Callable."""
    if parameters == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError('The last parameter to Concatenate should be a '
                        'ParamSpec variable or ellipsis.')
    msg = 'Concatenate[arg, ...]: each arg must be a type.'
    parameters = (*(_type_check(p, msg) for p in parameters[:-1]),
                  parameters[-1])
    return _ConcatenateGenericAlias(self, parameters)


# ------------------------------------------------------------- ForwardRef

class ForwardRef(_Final, _root=True):
    """Internal wrapper to hold a forward reference."""

    __slots__ = ('__forward_arg__', '__forward_code__',
                 '__forward_evaluated__', '__forward_value__',
                 '__forward_is_argument__', '__forward_is_class__',
                 '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r'
                            % (arg,))
        # `*Ts` is not an expression on its own: evaluate it unpacked in a
        # one-item tuple, as PEP 646 spells it.
        source = '(%s,)[0]' % (arg,) if arg.startswith('*') else arg
        try:
            self.__forward_code__ = compile(source, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError('Forward reference must be an expression -- '
                              'got %r' % (arg,)) from None
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        if self.__forward_arg__ in recursive_guard:
            return self
        if not self.__forward_evaluated__ or localns is not globalns:
            if globalns is None and localns is None:
                globalns = localns = {}
            elif globalns is None:
                globalns = localns
            elif localns is None:
                localns = globalns
            if self.__forward_module__ is not None:
                globalns = getattr(sys.modules.get(self.__forward_module__),
                                   '__dict__', globalns)
            value = eval(self.__forward_code__, globalns, localns)
            value = _type_check(value, 'Forward references must evaluate to '
                                'types.',
                                is_argument=self.__forward_is_argument__,
                                allow_special_forms=self.__forward_is_class__)
            self.__forward_value__ = _eval_type(
                value, globalns, localns,
                recursive_guard | {self.__forward_arg__})
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return (self.__forward_arg__ == other.__forward_arg__ and
                    self.__forward_value__ == other.__forward_value__)
        return (self.__forward_arg__ == other.__forward_arg__ and
                self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__forward_module__ is None:
            m = ''
        else:
            m = ', module=%r' % (self.__forward_module__,)
        return 'ForwardRef(%r%s)' % (self.__forward_arg__, m)


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, (_GenericAlias, types.GenericAlias, types.UnionType)):
        if isinstance(t, types.GenericAlias):
            # Rebuilt by subscription, so string arguments become
            # ForwardRefs, Callable's arguments regroup, and a starred
            # alias (*tuple[int, str] from `*args: *tuple[int, str]`) is
            # typing's Unpack[...].
            args = tuple(ForwardRef(a) if isinstance(a, str) else a
                         for a in t.__args__)
            unpacked = t.__unpacked__
            if (t.__origin__ is collections.abc.Callable and
                    not (len(args) == 2 and _is_param_expr(args[0]))):
                t = t.__origin__[(args[:-1], args[-1])]
            else:
                t = t.__origin__[args]
            if unpacked:
                t = Unpack[t]
        args = t.__args__
        new = []
        for a in args:
            if isinstance(a, str):
                a = ForwardRef(a)
            if isinstance(a, list):
                a = [_eval_type(x, globalns, localns, recursive_guard)
                     for x in a]
            else:
                a = _eval_type(a, globalns, localns, recursive_guard)
            new.append(a)
        new = tuple(new)
        if new == args:
            return t
        if isinstance(t, types.GenericAlias):
            return types.GenericAlias(t.__origin__, new)
        if isinstance(t, types.UnionType):
            return functools.reduce(lambda a, b: a | b, new)
        return t.copy_with(new)
    return t


# --------------------------------------------------------------- type vars

class _BoundVarianceMixin:
    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__


def _caller_module():
    getter = getattr(sys, '_getframemodulename', None)
    if getter is not None:
        try:
            return getter(2) or '__main__'
        except Exception:
            pass
    return '__main__'


class TypeVar(_BoundVarianceMixin, _Final, _root=True):
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        msg = 'TypeVar(name, constraint, ...): constraints must be types.'
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self.__bound__ = (_type_check(bound, 'Bound must be a type.')
                          if bound is not None else None)
        self.__module__ = _caller_module()

    def __reduce__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        arg = _type_check(arg, 'Parameters to generic types must be types.')
        if _is_unpacked(arg):
            raise TypeError('%s is not valid as type argument' % (arg,))
        return arg

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'TypeVar' is not an acceptable base type")


class TypeVarTuple(_Final, _root=True):
    """Type variable tuple."""

    def __init__(self, name):
        self.__name__ = name
        self.__module__ = _caller_module()

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __reduce__(self):
        return self.__name__

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'TypeVarTuple' is not an acceptable base type")

    def __typing_subst__(self, arg):
        raise TypeError('Substitution of bare TypeVarTuple is not supported')

    def __typing_prepare_subst__(self, alias, args):
        """Gather the arguments this TypeVarTuple stands for into one tuple:
        the parameters before and after it take one argument each, except
        that an unpacked `*tuple[X, ...]` argument can fill any of them
        with X."""
        params = alias.__parameters__
        at = params.index(self)
        if any(isinstance(p, TypeVarTuple) for p in params[at + 1:]):
            raise TypeError('More than one TypeVarTuple parameter in %s'
                            % (alias,))
        n = len(args)
        before = at
        after = len(params) - at - 1
        star = None
        for k, a in enumerate(args):
            items = (None if isinstance(a, type)
                     else getattr(a, '__typing_unpacked_tuple_args__', None))
            if items and len(items) == 2 and items[-1] is ...:
                if star is not None:
                    raise TypeError('More than one unpacked arbitrary-length'
                                    ' tuple argument')
                star = k
                fill = items[0]
        if star is None:
            if before + after > n:
                raise TypeError('Too few arguments for %s; actual %d, '
                                'expected at least %d'
                                % (alias, n, len(params) - 1))
            return (*args[:before], tuple(args[before:n - after]),
                    *args[n - after:])
        # `*tuple[X, ...]` may stand for the parameters around Ts too
        # (CPython 3.11 fills those after Ts only when the arguments after
        # the star do not reach them: its count is reproduced here).
        take_before = min(before, star)
        take_after = min(after, n - star - 1)
        fill_after = len(params) - take_after - take_before - at - 1
        return (*args[:take_before],
                *[fill] * (before - take_before),
                tuple(args[take_before:n - take_after]),
                *[fill] * fill_after,
                *args[n - take_after:])


class ParamSpecArgs(_Final, _root=True):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.args' % (self.__origin__.__name__,)

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    __hash__ = object.__hash__


class ParamSpecKwargs(_Final, _root=True):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.kwargs' % (self.__origin__.__name__,)

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    __hash__ = object.__hash__


class ParamSpec(_BoundVarianceMixin, _Final, _root=True):
    """Parameter specification variable."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = (_type_check(bound, 'Bound must be a type.')
                          if bound is not None else None)
        self.__module__ = _caller_module()

    def __reduce__(self):
        return self.__name__

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'ParamSpec' is not an acceptable base type")

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            msg = 'Parameters to generic types must be types.'
            return tuple(_type_check(a, msg) for a in arg)
        if not _is_param_expr(arg):
            raise TypeError('Expected a list of types, an ellipsis, '
                            'ParamSpec, or Concatenate. Got %s' % (arg,))
        return arg

    def __typing_prepare_subst__(self, alias, args):
        params = alias.__parameters__
        at = params.index(self)
        if at >= len(args):
            raise TypeError('Too few arguments for %s' % (alias,))
        if len(params) == 1 and not _is_param_expr(args[0]):
            # Z[int, str] means Z[[int, str]] when P is the only parameter.
            return (args,)
        if isinstance(args[at], list):
            return (*args[:at], tuple(args[at]), *args[at + 1:])
        return args


# ----------------------------------------------------------- generic aliases

def _is_dunder(attr):
    return attr.startswith('__') and attr.endswith('__')


class _BaseGenericAlias(_Final, _root=True):
    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or (
                    isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if '__origin__' in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, val):
        if _is_dunder(attr) or attr in ('_name', '_inst', '_nparams',
                                        '_defaults'):
            object.__setattr__(self, attr, val)
        else:
            setattr(self.__origin__, attr, val)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with'
                        ' class and instance checks')

    def __dir__(self):
        return list(set(super().__dir__() + [
            a for a in dir(self.__origin__) if not _is_dunder(a)]))


class _GenericAlias(_BaseGenericAlias, _root=True):
    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a
                              for a in args)
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    @_tp_cache
    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError('Cannot subscript already-subscripted %s' % self)
        if not self.__parameters__:
            raise TypeError('%s is not a generic class' % (self,))
        if not isinstance(args, tuple):
            args = (args,)
        args = _unpack_args(tuple(_type_convert(a) for a in args))
        return self.copy_with(_subst_args(self, args))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name,
                              inst=self._inst)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        else:
            args = '()'
        return '%s[%s]' % (name, args)

    def __reduce__(self):
        # By name for typing's own aliases (typing.List[int] comes back as
        # typing.List[int], and from the cache, as the same object).
        origin = globals()[self._name] if self._name else self.__origin__
        args = self.__args__
        if len(args) == 1 and not isinstance(args[0], tuple):
            args = args[0]
        return (_getitem, (origin, args))

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError('Cannot subclass %r' % (self,))
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __iter__(self):
        yield Unpack[self]


def _getitem(origin, args):
    return origin[args]


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    """Concatenate[int, P]: substituting P splices its value in."""

    __iter__ = None

    def copy_with(self, params):
        last = params[-1]
        if isinstance(last, (list, tuple)):
            return (*params[:-1], *last)
        if isinstance(last, _ConcatenateGenericAlias):
            params = (*params[:-1], *last.__args__)
        return super().copy_with(params)


class _UnpackGenericAlias(_GenericAlias, _root=True):
    """Unpack[X], also written *X."""

    def __repr__(self):
        return '*' + repr(self.__args__[0])

    def __getitem__(self, args):
        if self.__typing_is_unpacked_typevartuple__:
            return args
        return super().__getitem__(args)

    @property
    def __typing_unpacked_tuple_args__(self):
        arg = self.__args__[0]
        if isinstance(arg, _GenericAlias) and arg.__origin__ is tuple:
            return arg.__args__
        return None

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return isinstance(self.__args__[0], TypeVarTuple)


class _SpecialGenericAlias(_BaseGenericAlias, _root=True):
    """Unsubscripted alias such as typing.List (origin list)."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        if origin.__module__ == 'builtins':
            self.__doc__ = 'A generic version of %s.' % (origin.__qualname__,)
        else:
            self.__doc__ = 'A generic version of %s.%s.' % (
                origin.__module__, origin.__qualname__)

    __iter__ = None

    @_tp_cache
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = 'Parameters to generic types must be types.'
        params = tuple(_type_check(p, msg) for p in params)
        actual = len(params)
        if actual != self._nparams:
            raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                            % ('many' if actual > self._nparams else 'few',
                               self, actual, self._nparams))
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name,
                             inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _CallableGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        if len(self.__args__) == 2 and self.__args__[0] is Ellipsis:
            return 'typing.Callable[..., %s]' % (_type_repr(self.__args__[-1]),)
        if (len(self.__args__) == 2 and
                isinstance(self.__args__[0], (ParamSpec, _GenericAlias))
                and not isinstance(self.__args__[0], _CallableGenericAlias)
                and (isinstance(self.__args__[0], ParamSpec) or
                     self.__args__[0].__origin__ is Concatenate)):
            return 'typing.Callable[%s, %s]' % (
                _type_repr(self.__args__[0]), _type_repr(self.__args__[1]))
        return 'typing.Callable[[%s], %s]' % (
            ', '.join(_type_repr(a) for a in self.__args__[:-1]),
            _type_repr(self.__args__[-1]))

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params,
                                     name=self._name, inst=self._inst)

    __iter__ = None

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = list(args[:-1]), args[-1]
        return (_getitem, (Callable, args))


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params,
                                     name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as '
                            'Callable[[arg, ...], result].')
        args, result = params
        # Anything goes as args (a list, ..., a ParamSpec, Concatenate):
        # checking it is left to static checkers, as in CPython.
        if isinstance(args, list):
            args = tuple(args)
        return self.__getitem_inner__((args, result))

    @_tp_cache
    def __getitem_inner__(self, params):
        args, result = params
        result = _type_check(result, 'Callable[args, result]: result '
                             'must be a type.')
        if args is Ellipsis:
            return self.copy_with((_TypingEllipsis, result))
        if not isinstance(args, tuple):
            args = (args,)
        return self.copy_with(tuple(_type_convert(a) for a in args)
                              + (result,))


class _TypingEllipsisType:
    pass


_TypingEllipsis = _TypingEllipsisType


class _TupleType(_SpecialGenericAlias, _root=True):
    @_tp_cache
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = 'Tuple[t, ...]: t must be a type.'
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return self.copy_with((*params, _TypingEllipsis))
        msg = 'Tuple[t0, t1, ...]: each t must be a type.'
        params = tuple(_type_check(p, msg) for p in params)
        return self.copy_with(params)


class _UnionGenericAlias(_GenericAlias, _root=True):
    __iter__ = None

    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return 'typing.Optional[%s]' % _type_repr(args[1])
            if args[1] is _NoneType:
                return 'typing.Optional[%s]' % _type_repr(args[0])
        return 'typing.Union[%s]' % ', '.join(_type_repr(a) for a in args)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, _BaseGenericAlias) and not isinstance(
                    arg, _SpecialGenericAlias):
                raise TypeError('Subscripted generics cannot be used with'
                                ' class and instance checks')
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __reduce__(self):
        return (_getitem, (Union, self.__args__))


def _value_and_type_iter(params):
    return ((p, type(p)) for p in params)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(_value_and_type_iter(self.__args__)) == set(
            _value_and_type_iter(other.__args__))

    def __hash__(self):
        return hash(frozenset(_value_and_type_iter(self.__args__)))


class _AnnotatedAlias(_GenericAlias, _root=True):
    __iter__ = None

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (
            _type_repr(self.__origin__),
            ', '.join(repr(a) for a in self.__metadata__))

    def __reduce__(self):
        return (_getitem, (Annotated, (self.__origin__,) + self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__metadata__ == other.__metadata__)

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return 'Annotated'
        return super().__getattr__(attr)


class Annotated:
    """Add context-specific metadata to a type: Annotated[T, x]."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    @_tp_cache
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two '
                            'arguments (a type and an annotation).')
        if _is_unpacked_typevartuple(params[0]):
            raise TypeError('Annotated[...] should not be used with an '
                            'unpacked TypeVarTuple')
        msg = 'Annotated[t, ...]: t must be a type.'
        origin = _type_check(params[0], msg, allow_special_forms=True)
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError('Cannot subclass %s.Annotated' % (cls.__module__,))


# --------------------------------------------------------------- Generic

class Generic:
    """Abstract base class for generic types."""

    __slots__ = ()
    _is_protocol = False

    @_tp_cache
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError('Parameter list to %s[...] cannot be empty'
                                % cls.__qualname__)
            if not all(isinstance(p, (TypeVar, ParamSpec)) or
                       _is_unpacked_typevartuple(p) for p in params):
                raise TypeError('Parameters to %s[...] must all be type '
                                'variables or parameter specification '
                                'variables.' % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError('Parameters to %s[...] must all be unique'
                                % cls.__name__)
        else:
            tparams = getattr(cls, '__parameters__', ())
            if not tparams:
                raise TypeError('%s is not a generic class' % (cls,))
            for p in tparams:
                prepare = getattr(p, '__typing_prepare_subst__', None)
                if prepare is not None:
                    params = prepare(cls, params)
            if len(params) != len(tparams):
                raise _arg_count_error(cls, len(params), len(tparams))
            spread = []
            for p, value in zip(tparams, params):
                if isinstance(p, TypeVarTuple):
                    spread.extend(value)
                else:
                    spread.append(value)
            params = tuple(spread)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if '__orig_bases__' in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and type(cls).__name__ != '_TypedDictMeta')
        if error:
            raise TypeError('Cannot inherit from plain Generic')
        if '__orig_bases__' in cls.__dict__:
            tvars = list(_collect_parameters(cls.__orig_bases__))
            gvars = None
            for base in cls.__orig_bases__:
                if (isinstance(base, _GenericAlias) and
                        base.__origin__ in (Generic, Protocol)):
                    if gvars is not None:
                        raise TypeError('Cannot inherit from Generic[...] '
                                        'multiple types.')
                    gvars = base.__parameters__
            if gvars is not None:
                tvarset = set(tvars)
                gvarset = set(gvars)
                if not tvarset <= gvarset:
                    s_vars = ', '.join(str(t) for t in tvars
                                       if t not in gvarset)
                    s_args = ', '.join(str(g) for g in gvars)
                    raise TypeError('Some type variables (%s) are not listed '
                                    'in Generic[%s]' % (s_vars, s_args))
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


# --------------------------------------------------------------- Protocol

_SPECIAL_NAMES = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__',
    '__init__', '__module__', '__new__', '__slots__', '__subclasshook__',
    '__weakref__', '__class_getitem__', '__parameters__', '__orig_bases__',
    '__protocol_attrs__', '_is_protocol', '_is_runtime_protocol',
    '__qualname__', '__init_subclass__', '__match_args__', '__firstlineno__',
    '_abc_impl', '_abc_registry', '_abc_cache', '_abc_negative_cache',
    '_abc_negative_cache_version', '__non_callable_proto_members__',
    '__final__',
})


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = getattr(base, '__annotations__', {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith('_abc_') and attr not in _SPECIAL_NAMES:
                attrs.add(attr)
    return attrs


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if (getattr(cls, '_is_protocol', False) and
                not getattr(cls, '_is_runtime_protocol', False) and
                cls is not Protocol):
            raise TypeError('Instance and class checks can only be used with'
                            ' @runtime_checkable protocols')
        if ((not getattr(cls, '_is_protocol', False) or
                _is_callable_members_only(cls)) and
                issubclass(instance.__class__, cls)):
            return True
        if cls._is_protocol:
            if all(hasattr(instance, attr) and
                   (not callable(getattr(cls, attr, None)) or
                    getattr(instance, attr) is not None)
                   for attr in _get_protocol_attrs(cls)):
                return True
        global _reckless
        _reckless += 1
        try:
            return super().__instancecheck__(instance)
        finally:
            _reckless -= 1


# CPython lets abc/functools make "reckless" class checks on protocols by
# inspecting the caller's frame; pyx has no frames, so the fallback from
# _ProtocolMeta.__instancecheck__ to ABCMeta raises this counter instead.
_reckless = 0


def _allow_reckless_class_checks(depth=3):
    """Whether a protocol may answer NotImplemented instead of refusing a
    class check: inside an isinstance() fallback, or when the check comes
    from abc or functools (depth counts from here: this function, the
    subclass hook, ABCMeta.__subclasscheck__, its caller)."""
    if _reckless:
        return True
    getter = getattr(sys, '_getframemodulename', None)
    return getter is not None and getter(depth) in ('abc', 'functools')


def _is_callable_members_only(cls):
    return all(callable(getattr(cls, attr, None))
               for attr in _get_protocol_attrs(cls))


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    if cls.__init__ is not _no_init_or_replace_init:
        return
    # A concrete class under a protocol: on its first instance, give it the
    # first real __init__ of its MRO (a non-protocol base's, or object's,
    # which refuses arguments), then run that.
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

        def _proto_hook(other):
            if not cls.__dict__.get('_is_protocol', False):
                return NotImplemented
            if not getattr(cls, '_is_runtime_protocol', False):
                if _allow_reckless_class_checks():
                    return NotImplemented
                raise TypeError('Instance and class checks can only be used '
                                'with @runtime_checkable protocols')
            if not _is_callable_members_only(cls):
                if _allow_reckless_class_checks():
                    return NotImplemented
                raise TypeError("Protocols with non-method members"
                                " don't support issubclass()")
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            for attr in _get_protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return NotImplemented
                        break
                    annotations = getattr(base, '__annotations__', {})
                    if (isinstance(annotations, collections.abc.Mapping) and
                            attr in annotations and
                            issubclass(other, Generic) and
                            getattr(other, '_is_protocol', False)):
                        break
                else:
                    return NotImplemented
            return True

        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            if not (base in (object, Generic) or
                    base.__name__ in _PROTO_ALLOWLIST.get(base.__module__, ())
                    or
                    (issubclass(base, Generic) and
                     getattr(base, '_is_protocol', False))):
                raise TypeError('Protocols can only inherit from other'
                                ' protocols, got %r' % (base,))
        if cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


_PROTO_ALLOWLIST = {
    'collections.abc': (
        'Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
        'AsyncIterator', 'Hashable', 'Sized', 'Container', 'Collection',
        'Reversible', 'Buffer',
    ),
    'contextlib': ('AbstractContextManager', 'AbstractAsyncContextManager'),
}


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol'
                        ' classes, got %r' % (cls,))
    cls._is_runtime_protocol = True
    return cls


# ---------------------------------------------------------- generic aliases

_alias = _SpecialGenericAlias
_cabc = collections.abc

Hashable = _alias(_cabc.Hashable, 0)
Awaitable = _alias(_cabc.Awaitable, 1)
Coroutine = _alias(_cabc.Coroutine, 3)
AsyncIterable = _alias(_cabc.AsyncIterable, 1)
AsyncIterator = _alias(_cabc.AsyncIterator, 1)
Iterable = _alias(_cabc.Iterable, 1)
Iterator = _alias(_cabc.Iterator, 1)
Reversible = _alias(_cabc.Reversible, 1)
Sized = _alias(_cabc.Sized, 0)
Container = _alias(_cabc.Container, 1)
Collection = _alias(_cabc.Collection, 1)
Callable = _CallableType(_cabc.Callable, 2)
AbstractSet = _alias(_cabc.Set, 1, name='AbstractSet')
MutableSet = _alias(_cabc.MutableSet, 1)
Mapping = _alias(_cabc.Mapping, 2)
MutableMapping = _alias(_cabc.MutableMapping, 2)
Sequence = _alias(_cabc.Sequence, 1)
MutableSequence = _alias(_cabc.MutableSequence, 1)
ByteString = _alias(_cabc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Deque = _alias(collections.deque, 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias(_cabc.MappingView, 1)
KeysView = _alias(_cabc.KeysView, 1)
ItemsView = _alias(_cabc.ItemsView, 2)
ValuesView = _alias(_cabc.ValuesView, 1)
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
ChainMap = _alias(collections.ChainMap, 2)
Generator = _alias(_cabc.Generator, 3)
AsyncGenerator = _alias(_cabc.AsyncGenerator, 2)
Type = _alias(type, 1, inst=False, name='Type')

try:
    import contextlib as _contextlib
    ContextManager = _alias(_contextlib.AbstractContextManager, 1,
                            name='ContextManager')
    AsyncContextManager = _alias(_contextlib.AbstractAsyncContextManager, 1,
                                 name='AsyncContextManager')
except (ImportError, AttributeError):
    pass

T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
AnyStr = TypeVar('AnyStr', bytes, str)
for _tv in (T, KT, VT, T_co, V_co, VT_co, T_contra, CT_co, AnyStr):
    _tv.__module__ = 'typing'
del _tv

Text = str


@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""
    __slots__ = ()

    @abstractmethod
    def __int__(self):
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""
    __slots__ = ()

    @abstractmethod
    def __float__(self):
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""
    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""
    __slots__ = ()

    @abstractmethod
    def __bytes__(self):
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""
    __slots__ = ()

    @abstractmethod
    def __index__(self):
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """An ABC with one abstract method __abs__."""
    __slots__ = ()

    @abstractmethod
    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """An ABC with one abstract method __round__."""
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits=0):
        pass


# ------------------------------------------------------------ IO, re

class IO(Generic[AnyStr]):
    """The generic type of file objects (what open() returns): an
    abstract interface for annotations; IO[str] is TextIO's base,
    IO[bytes] is BinaryIO's."""

    __slots__ = ()

    @property
    @abstractmethod
    def mode(self):
        pass

    @property
    @abstractmethod
    def name(self):
        pass

    @abstractmethod
    def close(self):
        pass

    @property
    @abstractmethod
    def closed(self):
        pass

    @abstractmethod
    def fileno(self):
        pass

    @abstractmethod
    def flush(self):
        pass

    @abstractmethod
    def isatty(self):
        pass

    @abstractmethod
    def read(self, n=-1):
        pass

    @abstractmethod
    def readable(self):
        pass

    @abstractmethod
    def readline(self, limit=-1):
        pass

    @abstractmethod
    def readlines(self, hint=-1):
        pass

    @abstractmethod
    def seek(self, offset, whence=0):
        pass

    @abstractmethod
    def seekable(self):
        pass

    @abstractmethod
    def tell(self):
        pass

    @abstractmethod
    def truncate(self, size=None):
        pass

    @abstractmethod
    def writable(self):
        pass

    @abstractmethod
    def write(self, s):
        pass

    @abstractmethod
    def writelines(self, lines):
        pass

    @abstractmethod
    def __enter__(self):
        pass

    @abstractmethod
    def __exit__(self, type, value, traceback):
        pass


class BinaryIO(IO[bytes]):
    """IO of bytes (files opened in binary mode)."""

    __slots__ = ()

    @abstractmethod
    def write(self, s):
        pass

    @abstractmethod
    def __enter__(self):
        pass


class TextIO(IO[str]):
    """IO of str (files opened in text mode)."""

    __slots__ = ()

    @property
    @abstractmethod
    def buffer(self):
        pass

    @property
    @abstractmethod
    def encoding(self):
        pass

    @property
    @abstractmethod
    def errors(self):
        pass

    @property
    @abstractmethod
    def line_buffering(self):
        pass

    @property
    @abstractmethod
    def newlines(self):
        pass

    @abstractmethod
    def __enter__(self):
        pass


import re as _re
Pattern = _alias(_re.Pattern, 1)
Match = _alias(_re.Match, 1)


class _DeprecatedType(type):
    """The class of the typing.io and typing.re pseudo-modules: reading one
    of their names warns (they are gone in Python 3.12)."""

    def __getattribute__(cls, name):
        if name not in ('__dict__', '__module__') and name in cls.__dict__:
            import warnings
            warnings.warn('%s is deprecated, import directly from typing '
                          'instead. %s will be removed in Python 3.12.'
                          % (cls.__name__, cls.__name__),
                          DeprecationWarning, stacklevel=2)
        return super().__getattribute__(name)


def _pseudo_module(name, names):
    mod = _DeprecatedType(name, (), {'__all__': list(names),
                                     **{n: globals()[n] for n in names}})
    mod.__name__ = __name__ + '.' + name
    sys.modules[mod.__name__] = mod
    return mod


io = _pseudo_module('io', ('IO', 'TextIO', 'BinaryIO'))
re = _pseudo_module('re', ('Pattern', 'Match'))
del _re


# ----------------------------------------------------------- NamedTuple

def _make_nmtuple(name, types_, module, defaults=()):
    fields = [n for n, t in types_]
    annotations = {n: _type_check(t, 'field %s annotation must be a type' % n)
                   for n, t in types_}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults,
                                    module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = annotations
    return nm_tpl


_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults', '_make', '_replace',
                         '_asdict', '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__'})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type '
                                'and Generic')
        bases = tuple(tuple if base is _NamedTuple else base
                      for base in bases)
        types_ = ns.get('__annotations__', {})
        default_names = []
        for field_name in types_:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError('Non-default namedtuple field %s cannot '
                                'follow default field%s %s'
                                % (field_name,
                                   's' if len(default_names) > 1 else '',
                                   ', '.join(default_names)))
        nm_tpl = _make_nmtuple(typename, types_.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        if bases != (tuple,):
            nm_tpl.__bases__ = bases
        if Generic in bases:
            class_getitem = Generic.__class_getitem__.__func__
            nm_tpl.__class_getitem__ = classmethod(class_getitem)
        for key in ns:
            if key in _prohibited:
                raise AttributeError('Cannot overwrite NamedTuple attribute '
                                     + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if Generic in bases:
            nm_tpl.__init_subclass__()
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords'
                        ' can be provided to NamedTuple, not both')
    return _make_nmtuple(typename, fields, module=_caller_module())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    assert NamedTuple in bases
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


# ------------------------------------------------------------- TypedDict

def _get_typeddict_qualifiers(annotation_type):
    while True:
        if isinstance(annotation_type, _AnnotatedAlias):
            annotation_type = annotation_type.__origin__
        elif isinstance(annotation_type, _GenericAlias) and \
                annotation_type.__origin__ in (Required, NotRequired):
            yield annotation_type.__origin__
            annotation_type = annotation_type.__args__[0]
        else:
            break


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        if any(issubclass(b, Generic) for b in bases):
            generic_base = (Generic, dict)
        else:
            generic_base = (dict,)
        tp_dict = type.__new__(_TypedDictMeta, name, generic_base, ns)
        annotations = {}
        own_annotations = ns.get('__annotations__', {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own_annotations = {
            n: _type_check(tp, msg, allow_special_forms=True)
            for n, tp in own_annotations.items()
        }
        required_keys = set()
        optional_keys = set()
        for base in bases:
            # A key both bases have takes the kind the later base gives it.
            annotations.update(base.__dict__.get('__annotations__', {}))
            for key in base.__dict__.get('__required_keys__', ()):
                required_keys.add(key)
                optional_keys.discard(key)
            for key in base.__dict__.get('__optional_keys__', ()):
                optional_keys.add(key)
                required_keys.discard(key)
        annotations.update(own_annotations)
        for annotation_key, annotation_type in own_annotations.items():
            qualifiers = set(_get_typeddict_qualifiers(annotation_type))
            if Required in qualifiers:
                is_required = True
            elif NotRequired in qualifiers:
                is_required = False
            else:
                is_required = total
            if is_required:
                required_keys.add(annotation_key)
                optional_keys.discard(annotation_key)
            else:
                optional_keys.add(annotation_key)
                required_keys.discard(annotation_key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, /, *args, **kwargs):
        # Positional-only: 'cls' may be a key (TD(cls=str)).
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A simple typed namespace; at runtime it is a plain dict."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError('TypedDict takes either a dict or keyword arguments,'
                        ' but not both')
    if kwargs:
        import warnings
        warnings.warn('The kwargs-based syntax for TypedDict definitions is '
                      'deprecated in Python 3.11, will be removed in Python '
                      '3.13, and may not be understood by third-party type '
                      'checkers.', DeprecationWarning, stacklevel=2)
    ns = {'__annotations__': dict(fields), '__module__': _caller_module()}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def is_typeddict(tp):
    """Check if an annotation is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


# --------------------------------------------------------------- NewType

def _idfunc(_, x):
    return x


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead."""

    __call__ = _idfunc

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = _caller_module()

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(
                    'Cannot subclass an instance of NewType. Perhaps you '
                    'were looking for: `%s = NewType(%r, %s)`'
                    % (subclass_name, subclass_name, superclass_name))
        return (Dummy,)

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ------------------------------------------------------------ functions

def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm val has type typ."""
    return val


def reveal_type(obj, /):
    """Reveal the inferred type of a variable (prints it at runtime)."""
    sys.stderr.write('Runtime type is %r\n' % (type(obj).__name__,))
    return obj


_ASSERT_NEVER_REPR_MAX_LENGTH = 100


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > _ASSERT_NEVER_REPR_MAX_LENGTH:
        value = value[:_ASSERT_NEVER_REPR_MAX_LENGTH] + '...'
    raise AssertionError('Expected code to be unreachable, but got: %s'
                         % value)


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @overload-ed.')


def _overload_key(func):
    f = getattr(func, '__func__', func)
    return (getattr(f, '__module__', None), getattr(f, '__qualname__', None))


def overload(func):
    """Decorator for overloaded functions/methods."""
    # Keyed by definition line too: running the same definitions again
    # replaces them instead of adding copies.
    f = getattr(func, '__func__', func)
    try:
        line = f.__code__.co_firstlineno
    except AttributeError:
        line = None
    _overload_registry.setdefault(_overload_key(func), {})[line] = func
    return _overload_dummy


def get_overloads(func):
    """Return all defined overloads for func as a sequence."""
    return list(_overload_registry.get(_overload_key(func), {}).values())


def clear_overloads():
    """Clear all overloads in the registry."""
    _overload_registry.clear()


def final(f):
    """Decorator to indicate final methods and final classes."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if (not hasattr(obj, '__qualname__') or
                    obj.__qualname__ != '%s.%s' % (arg.__qualname__,
                                                   obj.__name__) or
                    getattr(obj, '__module__', None) != arg.__module__):
                continue
            if isinstance(obj, types.FunctionType):
                obj.__no_type_check__ = True
            if isinstance(obj, type):
                no_type_check(obj)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator to give another decorator the @no_type_check effect."""
    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        func = decorator(*args, **kwds)
        func = no_type_check(func)
        return func
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False,
                        kw_only_default=False, field_specifiers=(),
                        **kwargs):
    """Decorator marking an object as providing dataclass-like behaviour."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default,
            'order_default': order_default,
            'kw_only_default': kw_only_default,
            'field_specifiers': field_specifiers,
            'kwargs': kwargs,
        }
        return cls_or_fn
    return decorator


def get_origin(tp):
    """Get the unsubscripted version of a type."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, types.GenericAlias,
                       ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    """Get type arguments with all substitutions performed."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, types.GenericAlias)):
        res = tp.__args__
        if (tp.__origin__ is _cabc.Callable and
                not (len(res) == 2 and _is_param_expr(res[0]))):
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, types.UnionType):
        return tp.__args__
    return ()


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required,
                                                         NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _GenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        return t.copy_with(stripped)
    if isinstance(t, types.GenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        return types.GenericAlias(t.__origin__, stripped)
    if isinstance(t, types.UnionType):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        return functools.reduce(lambda a, b: a | b, stripped)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object (class, module, function).

    String annotations are evaluated in the globals of the object's module
    (looked up by name in sys.modules) unless globalns is given; None
    becomes NoneType."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                mod = sys.modules.get(base.__module__)
                base_globals = dict(getattr(mod, '__dict__', {}))
            else:
                base_globals = globalns
            ann = base.__dict__.get('__annotations__', {})
            if isinstance(ann, types.GetSetDescriptorType):
                ann = {}
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
                merged = dict(base_locals)
                merged.update(base_globals)
                base_globals = merged
            for name, value in ann.items():
                if value is None:
                    value = _NoneType
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False,
                                       is_class=True)
                value = _eval_type(value, base_globals, base_locals)
                hints[name] = value
        if include_extras:
            return hints
        return {k: _strip_annotations(t) for k, t in hints.items()}
    if globalns is None:
        if isinstance(obj, types.ModuleType):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', None)
            if globalns is None:
                mod = sys.modules.get(getattr(obj, '__module__', None))
                globalns = getattr(mod, '__dict__', {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        if isinstance(obj, (type, types.ModuleType, types.FunctionType,
                            types.MethodType, types.BuiltinFunctionType,
                            types.WrapperDescriptorType,
                            types.MethodWrapperType,
                            types.MethodDescriptorType)):
            return {}
        raise TypeError('%r is not a module, class, method, or function.'
                        % (obj,))
    hints = dict(hints)
    for name, value in hints.items():
        if value is None:
            value = _NoneType
        if isinstance(value, str):
            value = ForwardRef(value, is_argument=not isinstance(
                obj, types.ModuleType), is_class=False)
        hints[name] = _eval_type(value, globalns, localns)
    return hints if include_extras else {
        k: _strip_annotations(t) for k, t in hints.items()}
