# Built-in types written in Python (pyx-vm's prelude). The VM runs this
# file at most once per interpreter, the first time one of its types is
# needed, in a namespace named `types` (so the classes show as
# `types.GenericAlias`, `types.UnionType`). Its code is compiled once per
# process.


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if type(obj).__name__ == "function":
        return obj.__name__
    return repr(obj)


def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, type):
            continue
        if hasattr(t, "__typing_subst__"):
            if t not in params:
                params.append(t)
        else:
            for x in getattr(t, "__parameters__", ()):
                if x not in params:
                    params.append(x)
    return tuple(params)


def _unpack_args(item):
    return item if isinstance(item, tuple) else (item,)


class GenericAlias:
    """`list[int]`: a class subscripted with type arguments."""

    def __new__(cls, origin, args):
        # Set up in __new__, as CPython does: subclasses (collections.abc's
        # Callable alias) rewrite `args` before calling it.
        self = object.__new__(cls)
        args = _unpack_args(args)
        object.__setattr__(self, "__origin__", origin)
        object.__setattr__(self, "__args__", args)
        object.__setattr__(self, "__parameters__", _collect_parameters(args))
        object.__setattr__(self, "__unpacked__", False)
        return self

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __setattr__(self, name, value):
        if name in ("__origin__", "__args__", "__parameters__"):
            raise AttributeError("readonly attribute")
        setattr(self.__origin__, name, value)

    def __repr__(self):
        if not self.__args__:
            args = "()"
        else:
            args = ", ".join(_type_repr(a) if not isinstance(a, list)
                             else "[" + ", ".join(_type_repr(x) for x in a) + "]"
                             for a in self.__args__)
        star = "*" if self.__unpacked__ else ""
        return "%s%s[%s]" % (star, _type_repr(self.__origin__), args)

    def __iter__(self):
        # `*tuple[int, str]` (PEP 646): a single starred copy. Without
        # this, iteration would fall back to __getitem__ and never end.
        starred = GenericAlias(self.__origin__, self.__args__)
        object.__setattr__(starred, "__unpacked__", True)
        yield starred

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__
                and self.__unpacked__ == other.__unpacked__)

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __getitem__(self, items):
        if not self.__parameters__:
            raise TypeError("%r is not a generic class" % (self,))
        # Parameters are typing's TypeVar/ParamSpec/TypeVarTuple, so typing
        # is loaded; its substitution (shared with typing's own aliases)
        # lets each parameter reshape and check its argument.
        import typing
        result = GenericAlias(self.__origin__,
                              typing._subst_args(
                                  self, typing._unpack_args(_unpack_args(items))))
        # `*tuple[T, ...]` stays unpacked once substituted.
        object.__setattr__(result, "__unpacked__", self.__unpacked__)
        return result

    @property
    def __typing_unpacked_tuple_args__(self):
        if self.__unpacked__ and self.__origin__ is tuple:
            return self.__args__
        return None

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)

    def __dir__(self):
        return sorted(set(dir(self.__origin__)) | {"__origin__", "__args__", "__parameters__"})


def _union_item(x):
    if x is None:
        return type(None)
    # Only these, as in CPython 3.11: `int | T` for a TypeVar T is left to
    # T.__ror__ (a typing.Union).
    if isinstance(x, (type, GenericAlias, UnionType)):
        return x
    return NotImplemented


def _union(x, y):
    """`x | y` for types: a `types.UnionType`, flattened and deduplicated;
    `NotImplemented` for operands that are not types."""
    items = []
    for v in (x, y):
        v = _union_item(v)
        if v is NotImplemented:
            return NotImplemented
        for a in (v.__args__ if isinstance(v, UnionType) else (v,)):
            if a not in items:
                items.append(a)
    if len(items) == 1:
        return items[0]
    return UnionType(tuple(items))


class UnionType:
    """`int | str`."""

    def __init__(self, args):
        object.__setattr__(self, "__args__", args)
        object.__setattr__(self, "__parameters__", _collect_parameters(args))

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __repr__(self):
        return " | ".join("None" if a is type(None) else _type_repr(a)
                          for a in self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot contain a parameterized generic")
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("issubclass() argument 2 cannot contain a parameterized generic")
        return issubclass(cls, self.__args__)

    def __getitem__(self, items):
        if not self.__parameters__:
            raise TypeError("%r is not a generic class" % (self,))
        import typing
        new = typing._subst_args(self, typing._unpack_args(_unpack_args(items)))
        # `|` again (not _union): an argument such as typing.List makes the
        # result a typing.Union, through its __ror__.
        result = new[0]
        for a in new[1:]:
            result = result | a
        return result

    def __reduce__(self):
        import functools
        import operator
        return functools.reduce, (operator.or_, self.__args__)


GenericAlias.__qualname__ = "GenericAlias"
UnionType.__qualname__ = "UnionType"


class asyncgen_hooks(tuple):
    """sys.get_asyncgen_hooks()'s result: the hooks (firstiter, finalizer)."""

    __slots__ = ()
    __module__ = "builtins"
    n_fields = n_sequence_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, sequence):
        sequence = tuple(sequence)
        if len(sequence) != 2:
            raise TypeError("asyncgen_hooks() takes a 2-sequence (%d-sequence given)" % len(sequence))
        return tuple.__new__(cls, sequence)

    @property
    def firstiter(self):
        return self[0]

    @property
    def finalizer(self):
        return self[1]

    def __repr__(self):
        return "asyncgen_hooks(firstiter=%r, finalizer=%r)" % tuple(self)
