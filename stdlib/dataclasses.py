"""Data classes (PEP 557), pyx pure-Python implementation.

Generated methods (__init__, __repr__, __eq__, ordering, __hash__,
__setattr__/__delattr__ for frozen classes) are built with exec() from
generated source, so their signatures and error messages match CPython's."""

import copy as _copy
import keyword as _keyword
import sys as _sys
import types as _types

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _HasDefaultFactory:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()


class _KwOnlyType:
    def __repr__(self):
        return 'KW_ONLY'


KW_ONLY = _KwOnlyType()

_FIELD = 'FIELD'
_FIELD_CLASSVAR = 'CLASSVAR'
_FIELD_INITVAR = 'INITVAR'
_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % type_name

    def __class_getitem__(cls, type):
        return InitVar(type)


_EMPTY_METADATA = _types.MappingProxyType({})


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        # A read-only view of the caller's mapping (later changes show).
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else _types.MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,'
                'repr=%r,hash=%r,compare=%r,metadata=%r,kw_only=%r,'
                '_field_type=%s)'
                % (self.name, self.type, self.default, self.default_factory,
                   self.init, self.repr, self.hash, self.compare,
                   self.metadata, self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,'
                'unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order,
                   self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _is_classvar(a_type):
    typing = _sys.modules.get('typing')
    if typing is None:
        return False
    return (a_type is typing.ClassVar or
            (isinstance(a_type, typing._GenericAlias) and
             a_type.__origin__ is typing.ClassVar))


def _is_initvar(a_type):
    return a_type is InitVar or isinstance(a_type, InitVar)


def _string_annotation_is(cls, annotation, module_name, test):
    """Whether a string annotation such as 'ClassVar[int]' or
    ' typing . ClassVar' names what test() accepts: its leading name (or
    module.name, when that module is what the class's module calls it) is
    looked up in the namespace of the module defining cls."""
    i = 0
    n = len(annotation)
    words = []
    while len(words) < 2:
        while i < n and annotation[i].isspace():
            i += 1
        j = i
        while j < n and (annotation[j].isalnum() or annotation[j] == '_'):
            j += 1
        if j == i:
            break
        words.append(annotation[i:j])
        i = j
        while i < n and annotation[i].isspace():
            i += 1
        if i < n and annotation[i] == '.' and len(words) == 1:
            i += 1
        else:
            break
    if not words:
        return False
    module = _sys.modules.get(cls.__module__)
    ns = getattr(module, '__dict__', None)
    if ns is None:
        return False
    if len(words) == 2:
        if ns.get(words[0]) is not _sys.modules.get(module_name):
            return False
        return test(getattr(ns[words[0]], words[1], None))
    return test(ns.get(words[0]))


def _is_kw_only(a_type):
    if isinstance(a_type, str):
        return a_type in ('KW_ONLY', 'dataclasses.KW_ONLY')
    return a_type is KW_ONLY


def _get_field(cls, a_name, a_type, default_kw_only):
    # Through getattr, as CPython: a descriptor default gives what its
    # __get__(None, cls) returns (an AttributeError there: no default).
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, _types.MemberDescriptorType):
        # A __slots__ entry, not a default value.
        default = MISSING
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type) or (isinstance(a_type, str) and
                                _string_annotation_is(cls, a_type, 'typing',
                                                      _is_classvar)):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type) or (isinstance(a_type, str) and
                                 _string_annotation_is(cls, a_type,
                                                       __name__,
                                                       _is_initvar)):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory'
                            % (f.name,))
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only'
                            % (f.name,))
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: '
                         'use default_factory' % (type(f.default), f.name))
    return f


def _create_fn(name, args, body, *, globals, locals=None, return_type=MISSING):
    if locals is None:
        locals = {}
    locals = dict(locals)
    returns = ''
    if return_type is not MISSING:
        locals['__dataclass_return_type__'] = return_type
        returns = ' -> __dataclass_return_type__'
    body = '\n'.join('  ' + b for b in body) or '  pass'
    txt = ' def %s(%s)%s:\n%s' % (name, ', '.join(args), returns, body)
    local_vars = ', '.join(locals.keys())
    txt = 'def __create_fn__(%s):\n%s\n return %s' % (local_vars, txt, name)
    ns = {}
    exec(txt, globals, ns)
    return ns['__create_fn__'](**locals)


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return ('__dataclass_builtins_object__.__setattr__(%s, %r, %s)'
                % (self_name, name, value))
    return '%s.%s = %s' % (self_name, name, value)


def _field_init(f, frozen, globals, self_name, slots):
    default_name = '__dataclass_dflt_%s__' % f.name
    if f.default_factory is not MISSING:
        if f.init:
            globals[default_name] = f.default_factory
            value = ('%s() if %s is __dataclass_HAS_DEFAULT_FACTORY__ else %s'
                     % (default_name, f.name, f.name))
        else:
            globals[default_name] = f.default_factory
            value = '%s()' % default_name
    else:
        if f.init:
            if f.default is MISSING:
                value = f.name
            else:
                globals[default_name] = f.default
                value = f.name
        else:
            if slots and f.default is not MISSING:
                globals[default_name] = f.default
                value = default_name
            else:
                return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    # The parameter is annotated with the field's type (a name bound in the
    # generated function's locals), as inspect.signature shows it.
    if f.default is MISSING and f.default_factory is MISSING:
        default = ''
    elif f.default is not MISSING:
        default = '=__dataclass_dflt_%s__' % f.name
    else:
        default = '=__dataclass_HAS_DEFAULT_FACTORY__'
    return '%s:__dataclass_type_%s__%s' % (f.name, f.name, default)


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init,
             self_name, globals, slots):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default '
                                'argument' % (f.name,))
    locals = {'__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
              '__dataclass_builtins_object__': object}
    for f in fields:
        locals['__dataclass_type_%s__' % f.name] = f.type
    body_lines = []
    for f in fields:
        line = _field_init(f, frozen, locals, self_name, slots)
        if line:
            body_lines.append(line)
    if has_post_init:
        params_str = ','.join(f.name for f in fields
                              if f._field_type is _FIELD_INITVAR)
        body_lines.append('%s.%s(%s)' % (self_name, _POST_INIT_NAME,
                                         params_str))
    if not body_lines:
        body_lines = ['pass']
    _init_params = [_init_param(f) for f in std_fields]
    if kw_only_fields:
        _init_params += ['*']
        _init_params += [_init_param(f) for f in kw_only_fields]
    return _create_fn('__init__', [self_name] + _init_params, body_lines,
                      locals=locals, globals=globals, return_type=None)


def _recursive_repr(user_function):
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            return user_function(self)
        finally:
            running.discard(key)
    wrapper.__name__ = user_function.__name__
    wrapper.__qualname__ = user_function.__qualname__
    # pprint recognises a generated repr by its wrapped function's name.
    wrapper.__wrapped__ = user_function
    return wrapper


# A field whose type is itself (`C: C = field()` in a class body evaluates
# the annotation after the assignment) shows as type=...
Field.__repr__ = _recursive_repr(Field.__repr__)


def _repr_fn(fields, globals):
    names = [f.name for f in fields]

    def __repr__(self):
        return '%s(%s)' % (self.__class__.__qualname__,
                           ', '.join('%s=%r' % (n, getattr(self, n))
                                     for n in names))
    return _recursive_repr(__repr__)


def _frozen_get_del_attr(cls, fields, globals):
    names = tuple(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot assign to field %r' % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot delete field %r' % (name,))
        super(cls, self).__delattr__(name)
    __setattr__.__qualname__ = cls.__qualname__ + '.__setattr__'
    __delattr__.__qualname__ = cls.__qualname__ + '.__delattr__'
    return __setattr__, __delattr__


def _tuple_getter(fields):
    names = [f.name for f in fields]
    return lambda self: tuple(getattr(self, n) for n in names)


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    try:
        value.__qualname__ = '%s.%s' % (cls.__qualname__, name)
    except (AttributeError, TypeError):
        pass
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot=False):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order,
                                           unsafe_hash, frozen))
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    KW_ONLY_seen = False
    for name, type_ in cls_annotations.items():
        if _is_kw_only(type_):
            if KW_ONLY_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already '
                                'been specified' % (name,))
            KW_ONLY_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, type_, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError('%r is a field but has no type annotation'
                            % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')

    setattr(cls, _FIELDS, fields)
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.init and f.kw_only]
    # The generated methods run in the class's module (their __module__,
    # and where get_type_hints resolves string annotations).
    module = _sys.modules.get(cls.__module__)
    globals = module.__dict__ if module is not None else {}

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _init_fn(all_init_fields, std_init_fields,
                                    kw_only_init_fields, frozen,
                                    has_post_init,
                                    '__dataclass_self__' if 'self' in fields
                                    else 'self', globals, slots))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        flds = [f for f in field_list if f.repr]
        _set_new_attribute(cls, '__repr__', _repr_fn(flds, globals))

    if eq:
        cmp_fields = [f for f in field_list if f.compare]
        getter = _tuple_getter(cmp_fields)

        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return getter(self) == getter(other)
            return NotImplemented
        _set_new_attribute(cls, '__eq__', __eq__)

    if order:
        cmp_fields = [f for f in field_list if f.compare]
        getter = _tuple_getter(cmp_fields)

        def make(op):
            def method(self, other):
                if other.__class__ is self.__class__:
                    return op(getter(self), getter(other))
                return NotImplemented
            return method
        for name, op in [('__lt__', lambda a, b: a < b),
                         ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b),
                         ('__ge__', lambda a, b: a >= b)]:
            m = make(op)
            m.__name__ = name
            if _set_new_attribute(cls, name, m):
                raise TypeError('Cannot overwrite attribute %s in class %s. '
                                'Consider using functools.total_ordering'
                                % (name, cls.__name__))

    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list, globals):
            name = '__setattr__' if 'set' in fn.__qualname__ else '__delattr__'
            if name in cls.__dict__:
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (name, cls.__name__))
            setattr(cls, name, fn)

    # __hash__ decision table (unsafe_hash, eq, frozen, explicit hash)
    hash_fields = [f for f in field_list
                   if (f.compare if f.hash is None else f.hash)]
    hget = _tuple_getter(hash_fields)

    def __hash__(self):
        return hash(hget(self))

    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s'
                            % (cls.__name__,))
        __hash__.__qualname__ = '%s.__hash__' % (cls.__qualname__,)
        cls.__hash__ = __hash__
    elif eq and frozen:
        if not has_explicit_hash:
            __hash__.__qualname__ = '%s.__hash__' % (cls.__qualname__,)
            cls.__hash__ = __hash__
    elif eq and not frozen:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        try:
            import inspect
            text = str(inspect.signature(cls)).replace(' -> None', '')
        except (TypeError, ValueError):
            text = ''
        cls.__doc__ = cls.__name__ + text

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        if '__slots__' in cls.__dict__:
            raise TypeError('%s already specifies __slots__' % (cls.__name__,))
        cls = _add_slots(cls, frozen, weakref_slot)

    try:
        import abc
        abc.update_abstractmethods(cls)
    except ImportError:
        pass
    return cls


def _add_slots(cls, is_frozen, weakref_slot):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        slots = base.__dict__.get('__slots__', ())
        # __slots__ = 'name' declares one slot.
        inherited.update((slots,) if isinstance(slots, str) else slots)
    cls_dict['__slots__'] = tuple(n for n in field_names if n not in inherited)
    if weakref_slot and '__weakref__' not in inherited:
        cls_dict['__slots__'] += ('__weakref__',)
    for field_name in field_names:
        cls_dict.pop(field_name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if is_frozen:
        names = field_names

        def __getstate__(self):
            return [getattr(self, n) for n in names]

        def __setstate__(self, state):
            for n, v in zip(names, state):
                object.__setattr__(self, n, v)
        if '__getstate__' not in cls_dict:
            new_cls.__getstate__ = __getstate__
        if '__setstate__' not in cls_dict:
            new_cls.__setstate__ = __setstate__
    # the frozen __setattr__ closed over the old class
    if is_frozen:
        for fn in _frozen_get_del_attr(new_cls, fields(new_cls), {}):
            name = '__setattr__' if 'set' in fn.__qualname__ else '__delattr__'
            setattr(new_cls, name, fn)
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots,
                              weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        flds = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') \
            from None
    return tuple(f for f in flds.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name),
                                             tuple_factory)
                              for f in fields(obj)])
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory),
                          _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it '
                                 'cannot be specified with replace()'
                                 % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()'
                                 % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r'
                            % (name,))
        if _keyword.iskeyword(name):
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp
    def fill_namespace(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    # Through types.new_class, so bases such as Generic[T] resolve their
    # __mro_entries__ and the metaclass is derived from them.
    cls = _types.new_class(cls_name, tuple(bases), {}, fill_namespace)
    cls.__module__ = module if module is not None else '__main__'
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
