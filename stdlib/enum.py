"""Enumerations (pyx pure-Python implementation, compact).

Supports Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, aliases,
lookup by value/name, iteration, __members__, _missing_, _generate_next_value_
and member attributes (name, value), member()/nonmember(), Flag boundaries
(STRICT, CONFORM, EJECT, KEEP), verify() with UNIQUE, CONTINUOUS and
NAMED_FLAGS, global_enum and _simple_enum.  Not supported: the functional
API's ``module``/``qualname`` pickling details, _ignore_."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag',
           'IntFlag', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr',
           'global_enum_repr', 'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS',
           'NAMED_FLAGS', 'UNIQUE', 'pickle_by_global_name', 'pickle_by_enum_name',
           'ReprEnum', 'show_flag_values']

_auto_null = object()


class auto:
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Forces `value` to become a member (even a function or class)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps `value` a plain class attribute, never a member."""

    def __init__(self, value):
        self.value = value


def _iter_bits_lsb(num):
    """The single-bit values set in `num`, lowest first."""
    if num < 0:
        raise ValueError('%r is not a positive integer' % num)
    while num:
        low = num & -num
        yield low
        num ^= low


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


import sys as _sys
from types import DynamicClassAttribute as _DynamicClassAttribute


class property(_DynamicClassAttribute):
    """A property of enum members that a member may share a name with:
    on the class, `Color.name` is the member called 'name' (AttributeError
    when there is none); on a member it runs the getter."""

    name = None

    def __set_name__(self, ownerclass, name):
        self.name = name

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.name]
            except (KeyError, AttributeError):
                raise AttributeError('%r has no attribute %r'
                                     % (ownerclass, self.name)) from None
        if self.fget is None:
            try:
                return type(instance)._member_map_[self.name]
            except KeyError:
                raise AttributeError('%r has no attribute %r'
                                     % (type(instance), self.name)) from None
        return self.fget(instance)


def _is_dunder(n):
    return len(n) > 4 and n[:2] == n[-2:] == '__' and n[2] != '_' and n[-3] != '_'


def _is_sunder(n):
    return len(n) > 2 and n[0] == n[-1] == '_' and n[1] != '_' and n[-2] != '_'


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name,)
    return len(name) > len(pattern) and name.startswith(pattern) \
        and not name.endswith('__')


# The _sunder_ names a class body may define (the rest are reserved).
_ALLOWED_SUNDER = frozenset(['_order_', '_generate_next_value_', '_numeric_repr_',
                             '_missing_', '_ignore_', '_iter_member_',
                             '_iter_member_by_value_', '_iter_member_by_def_',
                             '_boundary_', '_value_repr_'])


class _EnumDict(dict):
    def __init__(self, cls_name=None):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._cls_name = cls_name
        self._generate = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _ALLOWED_SUNDER:
                raise ValueError('_sunder_ names, such as %r, are reserved for future '
                                 'Enum use' % (key,))
            if key == '_generate_next_value_':
                self._generate = value
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif isinstance(value, nonmember):
            value = value.value
        elif not isinstance(value, member) and (_is_descriptor(value) or isinstance(value, type)):
            pass
        else:
            if isinstance(value, member):
                value = value.value
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, auto):
                if value.value is _auto_null:
                    gen = self._generate or _default_generate
                    value.value = gen(key, 1, len(self._member_names),
                                      self._last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                vals = []
                for v in value:
                    if isinstance(v, auto):
                        gen = self._generate or _default_generate
                        v = gen(key, 1, len(self._member_names),
                                self._last_values[:])
                    vals.append(v)
                value = tuple(vals)
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


def _default_generate(name, start, count, last_values):
    for v in reversed(last_values):
        try:
            return v + 1
        except TypeError:
            continue
    return start


def _value_format(member_type):
    def __format__(self, format_spec):
        return member_type.__format__(self._value_, format_spec)
    return __format__


def _value_str(member_type):
    shown = member_type.__str__
    if shown is object.__str__:
        shown = member_type.__repr__

    def __str__(self):
        return shown(self._value_)
    return __str__


def _format_with_str(self, format_spec):
    # (With a mixed-in data type, a format spec still formats the value.)
    member_type = type(self)._member_type_
    if format_spec and member_type is not object:
        return member_type.__format__(self._value_, format_spec)
    return str.__format__(str(self), format_spec)


class EnumType(type):
    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        d = _EnumDict(cls)
        for base in bases:
            for b in base.__mro__:
                g = b.__dict__.get('_generate_next_value_')
                if g is not None and not isinstance(b, EnumType) is False:
                    d._generate = g.__func__ if isinstance(g, staticmethod) else g
                    break
            if d._generate is not None:
                break
        return d

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = list(getattr(classdict, '_member_names', []))
        invalid = [n for n in member_names if n in ('mro', '')]
        if invalid:
            raise ValueError('invalid enum member name(s) %s'
                             % ','.join(repr(n) for n in invalid))
        members = {k: classdict[k] for k in member_names}
        ns = dict(classdict)
        for k in member_names:
            del ns[k]
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        ns['_member_type_'] = member_type
        new, save_new, use_new = metacls._find_new_(classdict, member_type, first_enum)
        ns['_new_member_'] = new
        ns['_use_args_'] = use_new
        if '_value_repr_' not in classdict and member_type is not object:
            ns['_value_repr_'] = member_type.__repr__
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        if boundary is not None:
            type.__setattr__(enum_class, '_boundary_', boundary)
        if member_type is not object and '__repr__' not in classdict:
            for b in enum_class.__mro__:
                if isinstance(b, EnumType) and '__repr__' in b.__dict__:
                    type.__setattr__(enum_class, '__repr__', b.__dict__['__repr__'])
                    break
        repr_enum = globals().get('ReprEnum')
        if repr_enum is not None and repr_enum in bases and member_type is not object:
            # ReprEnum: Enum's repr, the data type's str() and format().
            if '__format__' not in classdict:
                type.__setattr__(enum_class, '__format__', _value_format(member_type))
            if '__str__' not in classdict:
                type.__setattr__(enum_class, '__str__', _value_str(member_type))
        elif '__str__' in classdict and '__format__' not in classdict:
            # A class of its own str() formats with it too.
            type.__setattr__(enum_class, '__format__', _format_with_str)
        if first_enum is not None and member_type is not object:
            # A data type's str()/format()/pickling found first on the MRO
            # gives way to the enumeration's own, as in CPython.
            for name in ('__str__', '__format__', '__reduce_ex__'):
                if name in classdict:
                    continue
                found = getattr(enum_class, name)
                if found == getattr(member_type, name) or found == getattr(object, name):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
        for name, value in members.items():
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if use_new:
                member = new(enum_class, *args)
                if not hasattr(member, '_value_'):
                    member._value_ = value if member_type is object else member_type(*args)
            elif member_type is object:
                member = object.__new__(enum_class)
                member._value_ = value
            else:
                member = member_type.__new__(enum_class, *args)
                member._value_ = member_type(*args)
            value = member._value_
            member._name_ = name
            member.__objclass__ = enum_class
            member.__init__(*args)
            member._sort_order_ = len(enum_class._member_names_)
            canonical = None
            for m in enum_class._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
            if canonical is not None:
                member = canonical
            else:
                if not (isinstance(enum_class, FlagType) and
                        not _is_single_bit(value)):
                    enum_class._member_names_.append(name)
                elif isinstance(enum_class, FlagType) and value == 0:
                    pass
            enum_class._member_map_[name] = member
            # As in CPython, a member is also a plain class attribute
            # (found by the ordinary lookup and its caches, not by
            # __getattr__ on every access), unless a base defines the
            # name; then __getattr__ still finds it in _member_map_.
            if not any(name in b.__dict__ for b in enum_class.__mro__[1:]):
                type.__setattr__(enum_class, name, member)
            try:
                enum_class._value2member_map_.setdefault(value, member)
            except TypeError:
                pass
        # As CPython: every enumeration's __new__ is Enum.__new__ (the
        # by-value lookup, which pickling and copying call); a __new__ of
        # the class body is kept as __new_member__ for subclasses to make
        # their members with.
        base_enum = globals().get('Enum')
        if base_enum is not None:
            if save_new:
                type.__setattr__(enum_class, '__new_member__', new)
            type.__setattr__(enum_class, '__new__', base_enum.__new__)
        order = classdict.get('_order_')
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            names = enum_class._member_names_
            # Aliases may be listed or not.
            order = [n for n in order
                     if n not in enum_class._member_map_ or n in names]
            if order != names:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (names, order))
        return enum_class

    @classmethod
    def _find_new_(metacls, classdict, member_type, first_enum):
        """(new, save_new, use_args): what makes the members (the body's
        __new__, else a base enumeration's __new_member__ or __new__, else
        the data type's), whether to keep it as __new_member__, and whether
        it gets the member's value as arguments."""
        new = classdict.get('__new__')
        save_new = first_enum is not None and new is not None
        if isinstance(new, staticmethod):
            new = new.__func__
        base_enum = globals().get('Enum')
        plain = (None, None.__new__, object.__new__,
                 base_enum.__new__ if base_enum is not None else None)
        if new is None:
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if not any(target is p for p in plain):
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        use_args = not (first_enum is None or new is object.__new__
                        or (base_enum is not None and new is base_enum.__new__))
        return new, save_new, use_args

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, None
        member_type = object
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        for base in bases:
            for b in base.__mro__:
                if b is object or isinstance(b, EnumType):
                    continue
                if '__new__' in b.__dict__ or b in (int, str, float, tuple):
                    member_type = b
                    break
            if member_type is not object:
                break
        if first_enum._member_names_ if isinstance(first_enum, EnumType) and '_member_names_' in first_enum.__dict__ else False:
            raise TypeError('%s: cannot extend enumeration %r'
                            % (class_name, first_enum.__name__))
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            return Enum.__new__(cls, value)
        return cls._create_(value, names, module=module, type=type,
                            start=start)

    def _create_(cls, class_name, names, *, module=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        classdict = cls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original = names
            names = []
            last = []
            for count, name in enumerate(original):
                gen = classdict._generate or _default_generate
                v = gen(name, start, count, last[:])
                last.append(v)
                names.append((name, v))
        items = names.items() if hasattr(names, 'items') else names
        for item in items:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        enum_class = cls.__class__.__new__(cls.__class__, class_name, bases, classdict)
        if module is None:
            # The module calling Enum(...): _create_ <- __call__ <- caller.
            getter = getattr(_sys, '_getframemodulename', None)
            module = getter(2) if getter is not None else None
        enum_class.__module__ = module or '__main__'
        return enum_class

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__',
                 '__len__', '__members__', '__module__', '__name__', '__qualname__'}
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            names.add('__init_subclass__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """An enumeration of this type named `name` from the module
        `module`'s globals (or `source`'s attributes) whose names pass
        `filter`, sorted by value; it and its members become globals of
        that module."""
        namespace = _sys.modules[module].__dict__
        found = source.__dict__ if source is not None else namespace
        pairs = [(k, v) for k, v in found.items() if filter(k)]
        try:
            pairs.sort(key=lambda kv: (kv[1], kv[0]))
        except TypeError:
            pairs.sort(key=lambda kv: kv[0])
        body = dict(pairs)
        body['__module__'] = module
        plain = type(name, (object,), body)
        new = _simple_enum(cls, boundary=boundary or KEEP)(plain)
        if as_global:
            global_enum(new)
        else:
            namespace.update(new.__members__)
        namespace[name] = new
        return new

    def __contains__(cls, member):
        # 3.11: a non-member raises TypeError, after a DeprecationWarning
        # that 3.12 answers True/False instead.
        if not isinstance(member, Enum):
            import warnings
            warnings.warn('in 3.12 __contains__ will no longer raise TypeError, but '
                          'will return True or False depending on whether the value '
                          'is a member or the value of a member',
                          DeprecationWarning, stacklevel=2)
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls.__dict__['_member_map_'][name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def __members__(cls):
        import types
        return types.MappingProxyType(cls._member_map_)

    def __bool__(cls):
        return True

    def __repr__(cls):
        if isinstance(cls, FlagType):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.'
                                 % (cls.__name__, attr))
        super().__delattr__(attr)


EnumMeta = EnumType


def _is_single_bit(num):
    if not isinstance(num, int):
        return True
    if num == 0:
        return False
    num &= num - 1
    return num == 0


class Enum(metaclass=EnumType):
    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        # No members at all: reached by mistake, as through super() in a
        # __new__ of the class body.
        if not cls._member_map_:
            raise TypeError('%r has no members defined' % cls)
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if (isinstance(cls, FlagType) and getattr(cls, '_boundary_', None) is EJECT
                and isinstance(result, int)):
            return result
        ve_exc = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of '
                            'None or a valid member' % (cls.__name__, result))
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return _default_generate(name, start, count, last_values)

    def __repr__(self):
        v_repr = getattr(self.__class__, '_value_repr_', None) or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_,
                                v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        cls = self.__class__
        if cls._member_type_ is object:
            names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__',
                     'name', 'value'}
        else:
            names = set(object.__dir__(self))
        for name in getattr(self, '__dict__', ()):
            if name[0] != '_':
                names.add(name)
        for klass in cls.__mro__:
            for name, obj in klass.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in cls._member_map_:
                        names.add(name)
                    else:
                        names.discard(name)
                elif name not in cls._member_map_:
                    names.add(name)
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    pass


class IntEnum(int, ReprEnum):
    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, spec):
        return int.__format__(self._value_, spec)


class StrEnum(str, ReprEnum):
    def __new__(cls, *values):
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self._value_)

    def __format__(self, spec):
        return str.__format__(self._value_, spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagType(EnumType):
    pass


class FlagBoundary(StrEnum):
    """What a Flag does with a value holding bits no member has: raise
    (STRICT), drop them (CONFORM), give a plain int (EJECT), or keep them
    (KEEP)."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary



def _flag_bin(num, max_bits=None):
    """'0b0 0111'-style rendering used in Flag error messages."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


class Flag(Enum, metaclass=FlagType):
    _boundary_ = STRICT
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = 0
        for v in last_values:
            if isinstance(v, int):
                high = max(high, v.bit_length())
        return 2 ** high

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        all_bits = 0
        for m in cls._member_map_.values():
            all_bits |= m._value_
        if cls._member_type_ is not object and value < 0 and \
                all_bits + 1 + value >= 0:
            value = all_bits + 1 + value
        boundary = getattr(cls, '_boundary_', None)
        if boundary is not None and (value & ~all_bits or value < 0):
            if boundary is CONFORM:
                value &= all_bits
            elif boundary is EJECT:
                return value
            elif boundary is STRICT:
                bits = max(value.bit_length(), all_bits.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _flag_bin(value, bits),
                                    _flag_bin(all_bits, bits)))
        elif (value & ~all_bits or value < 0) and cls._member_type_ is object:
            bits = max(value.bit_length(), all_bits.bit_length())
            raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                             % (cls, value, _flag_bin(value, bits),
                                _flag_bin(all_bits, bits)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_]
        pseudo._name_ = '|'.join(names) if names and value else None
        if value & ~all_bits:
            pseudo._name_ = ('%s|%d' % (pseudo._name_, value & ~all_bits)
                             if pseudo._name_ else None)
        cls._value2member_map_.setdefault(value, pseudo)
        return pseudo

    def __iter__(self):
        return iter([m for m in self.__class__ if m._value_ & self._value_ == m._value_])

    def __len__(self):
        return bin(self._value_).count('1')

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '<%s: %r>' % (cls_name, self._value_)
        return '<%s.%s: %r>' % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        all_bits = 0
        for m in self.__class__:
            all_bits |= m._value_
        return self.__class__(all_bits & ~self._value_)


class IntFlag(int, ReprEnum, Flag, metaclass=FlagType):
    _boundary_ = KEEP
    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, spec):
        return int.__format__(self._value_, spec)

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name)
                                  for (alias, name) in duplicates)
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, alias_details))
    return enumeration


class EnumCheck(StrEnum):
    """The checks `verify` can make."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


def verify(*checks):
    """Class decorator: raise ValueError unless the enumeration passes
    every check (UNIQUE, CONTINUOUS, NAMED_FLAGS)."""
    def check(enumeration):
        name = enumeration.__name__
        is_flag = isinstance(enumeration, FlagType)
        for chk in checks:
            if chk is UNIQUE:
                aliases = [(alias, m.name) for alias, m in enumeration.__members__.items()
                           if alias != m.name]
                if aliases:
                    raise ValueError('aliases found in %r: %s' % (
                        enumeration, ', '.join('%s -> %s' % pair for pair in aliases)))
            elif chk is CONTINUOUS:
                values = set(m.value for m in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if is_flag:
                    missing = [1 << b for b in range(low.bit_length() - 1, high.bit_length())
                               if (1 << b) not in values]
                    kind = 'flag'
                else:
                    missing = [v for v in range(low + 1, high) if v not in values]
                    kind = 'enum'
                if missing:
                    raise ValueError(('invalid %s %r: missing values %s' % (
                        kind, name, ', '.join(str(v) for v in missing)))[:256])
            elif chk is NAMED_FLAGS:
                named = 0
                for m in enumeration:
                    named |= m.value
                bad_names = []
                bad_bits = 0
                for alias, m in enumeration.__members__.items():
                    if m.name != alias or _is_single_bit(m.value):
                        continue
                    if m.value < 0:
                        # -1 and the like mean "these bits of all the flags".
                        continue
                    unnamed = m.value & ~named
                    if unnamed:
                        bad_names.append(alias)
                        bad_bits |= unnamed
                if bad_names:
                    which = 'alias %s is' % bad_names[0] if len(bad_names) == 1 else \
                        'aliases %s and %s are' % (', '.join(bad_names[:-1]), bad_names[-1])
                    bits = list(_iter_bits_lsb(bad_bits))
                    value = 'value 0x%x' % bits[0] if len(bits) == 1 else \
                        'combined values of 0x%x' % bad_bits
                    raise ValueError('invalid Flag %r: %s missing %s [use '
                                     'enum.show_flag_values(value) for details]'
                                     % (name, which, value))
        return enumeration
    return check


def global_enum_repr(self):
    """repr of a member of a global enum: module.NAME."""
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    """repr of a member of a global flag: module.A|module.B."""
    module = self.__class__.__module__.split('.')[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return '%s.%s(%r)' % (module, cls_name, self._value_)
    if _is_single_bit(self._value_):
        return '%s.%s' % (module, self._name_)
    return '|'.join('%s.%s' % (module, n) if not n[:1].isdigit() else n
                    for n in self._name_.split('|'))


def global_str(self):
    """str of a member of a global enum: its bare name."""
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: put the members in their module's namespace and
    show them as module.NAME."""
    import sys
    if isinstance(cls, FlagType):
        type.__setattr__(cls, '__repr__', global_flag_repr)
    else:
        type.__setattr__(cls, '__repr__', global_enum_repr)
    if not issubclass(cls, ReprEnum) or update_str:
        type.__setattr__(cls, '__str__', global_str)
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


_reduce_ex_by_global_name = pickle_by_global_name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


def _make_class_unpicklable(obj):
    def refuse(self, proto):
        raise TypeError('%r cannot be pickled' % self)
    if isinstance(obj, dict):
        obj['__reduce_ex__'] = refuse
        obj['__module__'] = '<unknown>'
    else:
        setattr(obj, '__reduce_ex__', refuse)
        setattr(obj, '__module__', '<unknown>')


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator: turn a plain class into an enumeration of type
    `etype`, its non-dunder, non-descriptor attributes becoming members."""
    def convert(cls):
        metacls = type(etype)
        bases = (etype,)
        classdict = metacls.__prepare__(cls.__name__, bases)
        for key, value in cls.__dict__.items():
            if key in ('__dict__', '__weakref__'):
                continue
            classdict[key] = value
        kwds = {} if boundary is None else {'boundary': boundary}
        new = metacls(cls.__name__, bases, classdict, **kwds)
        return new
    return convert


def _test_simple_enum(checked_enum, simple_enum):
    """None when the two enumerations have the same members (names and
    values) and the same class attributes; else TypeError listing the
    differences."""
    failed = []
    checked_members = dict(checked_enum.__members__)
    simple_members = dict(simple_enum.__members__)
    for name in sorted(set(checked_members) | set(simple_members)):
        if name not in checked_members:
            failed.append('missing member from checked enum: %r' % name)
        elif name not in simple_members:
            failed.append('missing member from simple enum: %r' % name)
        else:
            a, b = checked_members[name], simple_members[name]
            if a._value_ != b._value_:
                failed.append('%r: %r != %r' % (name, a._value_, b._value_))
            if a._name_ != b._name_:
                failed.append('%r: name %r != %r' % (name, a._name_, b._name_))
    skip = {'__doc__', '__module__', '__qualname__', '__dict__', '__weakref__',
            '_member_map_', '_value2member_map_', '_member_names_', '__init_subclass__',
            '_new_member_', '_use_args_', '_member_type_'}
    skip |= set(checked_members)
    for key in sorted(set(checked_enum.__dict__) | set(simple_enum.__dict__)):
        if key in skip:
            continue
        if key not in checked_enum.__dict__:
            failed.append('missing key in checked enum: %r' % key)
        elif key not in simple_enum.__dict__:
            failed.append('missing key in simple enum: %r' % key)
        else:
            a, b = checked_enum.__dict__[key], simple_enum.__dict__[key]
            if callable(a) and callable(b):
                continue
            if a != b:
                failed.append('%r: %r != %r' % (key, a, b))
    if failed:
        raise TypeError('enum mismatch:\n   %s' % '\n   '.join(failed))
