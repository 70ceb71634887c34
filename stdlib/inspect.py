"""Inspect live objects: type predicates, signatures, docstrings and
members; written for pyx from the documented behaviour of CPython's
inspect module.

pyx exposes no frames: `currentframe()` returns None (as CPython allows
for implementations without frame support), `stack()` and `trace()` are
empty, and `getsource` raises OSError (source is not reachable through
frames or code objects here).
"""

import types
import functools
import enum
from collections import namedtuple

__all__ = ["isfunction", "isclass", "ismethod", "ismodule", "isbuiltin", "isroutine",
           "isgenerator", "isgeneratorfunction", "iscoroutine", "iscoroutinefunction",
           "isasyncgen", "isasyncgenfunction", "isawaitable", "isabstract", "iscode",
           "isframe", "istraceback", "isdatadescriptor", "ismethoddescriptor",
           "getdoc", "cleandoc", "getmembers", "getmro", "signature", "Signature",
           "Parameter", "BoundArguments", "currentframe", "stack", "unwrap", "getmodule",
           "getfullargspec", "FullArgSpec", "getsource", "getattr_static", "getmodulename",
           "classify_class_attrs", "Attribute", "getclasstree", "walktree",
           "isgetsetdescriptor", "ismemberdescriptor"]

CO_VARARGS = 0x04
CO_VARKEYWORDS = 0x08
CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ASYNC_GENERATOR = 0x200


def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isgetsetdescriptor(object) or ismemberdescriptor(object):
        return True
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isgetsetdescriptor(object):
    gs = getattr(types, "GetSetDescriptorType", None)
    return gs is not None and gs is not type(None) and isinstance(object, gs)


def ismemberdescriptor(object):
    md = getattr(types, "MemberDescriptorType", None)
    return md is not None and md is not type(None) and isinstance(object, md)


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = functools._unwrap_partial(f) if hasattr(functools, "_unwrap_partial") else f
    while isinstance(f, functools.partial):
        f = f.func
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isawaitable(object):
    return (isinstance(object, types.CoroutineType)
            or hasattr(type(object), "__await__"))


def iscode(object):
    return isinstance(object, types.CodeType) if hasattr(types, "CodeType") else False


def isframe(object):
    return False


def istraceback(object):
    return isinstance(object, types.TracebackType) if hasattr(types, "TracebackType") else False


def isabstract(object):
    return bool(isinstance(object, type) and getattr(object, "__abstractmethods__", None))


def currentframe():
    return None


def stack(context=1):
    return []


def trace(context=1):
    return []


def getmro(cls):
    return cls.__mro__


def getmembers(object, predicate=None):
    results = []
    names = dir(object)
    for key in names:
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


Attribute = namedtuple("Attribute", "name kind defining_class object")


def classify_class_attrs(cls):
    """[Attribute(name, kind, defining_class, object)] for every name in
    dir(cls): kind is 'class method', 'static method', 'property',
    'method' or 'data'; defining_class is the class (or metaclass) whose
    __dict__ holds the name; object is the raw __dict__ entry for the
    wrappers (classmethod, staticmethod) and what getattr gives otherwise."""
    mro = getmro(cls)
    meta = tuple(c for c in getmro(type(cls)) if c not in (type, object))
    bases = (cls,) + mro
    names = list(dir(cls))
    for base in mro:
        for key, value in base.__dict__.items():
            if isinstance(value, types.DynamicClassAttribute) and value.fget is not None:
                names.append(key)
    seen = set()
    result = []
    for name in names:
        if name in seen:
            continue
        seen.add(name)
        owner = None
        got = None
        raw = None
        have_got = False
        if name != "__dict__":
            try:
                got = getattr(cls, name)
                have_got = True
            except Exception:
                pass
        if have_got:
            owner = getattr(got, "__objclass__", None)
            if owner not in bases:
                # Not said by the object: the last class whose lookup
                # still gives this very object.
                owner = None
                for c in bases:
                    if getattr(c, name, None) is got:
                        owner = c
                for c in meta:
                    try:
                        if c.__getattr__(cls, name) is got:
                            owner = c
                    except Exception:
                        pass
        for c in bases + meta:
            if name in c.__dict__:
                raw = c.__dict__[name]
                if owner not in meta:
                    owner = c
                break
        if owner is None:
            continue
        obj = got if got is not None else raw
        # A built-in bound to a class (object.__new__) is a static method.
        if isinstance(raw, staticmethod) or (isinstance(raw, types.BuiltinMethodType) and
                                             isclass(getattr(raw, "__self__", None))):
            kind, obj = "static method", raw
        elif isinstance(raw, (classmethod, types.ClassMethodDescriptorType)):
            kind, obj = "class method", raw
        elif isinstance(raw, property):
            kind, obj = "property", raw
        elif isroutine(obj):
            kind = "method"
        else:
            kind = "data"
        result.append(Attribute(name, kind, owner, obj))
    return result


def walktree(classes, children, parent):
    """One level of getclasstree: (class, bases) entries, each followed by
    the list of its own children when it has any."""
    out = []
    for c in sorted(classes, key=lambda c: (c.__module__, c.__name__)):
        out.append((c, c.__bases__))
        if c in children:
            out.append(walktree(children[c], children, c))
    return out


def getclasstree(classes, unique=False):
    """The inheritance tree of `classes` as nested lists (see walktree);
    bases outside `classes` become roots. With `unique`, a class with
    several listed bases appears once, under the first."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for base in c.__bases__:
                kids = children.setdefault(base, [])
                if c not in kids:
                    kids.append(c)
                if unique and base in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return walktree(roots, children, None)


def getattr_static(obj, attr, default=None):
    for entry in ([obj] if not isinstance(obj, type) else []) + list(
            (obj if isinstance(obj, type) else type(obj)).__mro__):
        d = getattr(entry, "__dict__", None)
        if isinstance(d, dict) or hasattr(d, "keys"):
            if attr in d:
                return d[attr]
    if default is not None:
        return default
    raise AttributeError(attr)


def cleandoc(doc):
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None and isclass(object):
        for base in object.__mro__[1:]:
            if base is object or base.__module__ == "builtins":
                continue
            doc = base.__dict__.get("__doc__")
            if doc is not None:
                break
    if doc is None and (ismethod(object) or isfunction(object)):
        name = object.__name__
        owner = getattr(object, "__self__", None)
        cls = owner if isclass(owner) else type(owner) if owner is not None else None
        if cls is not None:
            for base in cls.__mro__[1:]:
                meth = base.__dict__.get(name)
                if meth is not None and getattr(meth, "__doc__", None):
                    doc = meth.__doc__
                    break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    import sys
    name = getattr(object, "__module__", None)
    if name is not None:
        return sys.modules.get(name)
    return None


def getmodulename(path):
    import os
    fname = os.path.basename(path)
    if fname.endswith(".py"):
        return fname[:-3]
    return None


def getsource(object):
    raise OSError("could not get source code")


getsourcelines = getsource
findsource = getsource


def unwrap(func, *, stop=None):
    f = func
    memo = {id(f): f}
    while hasattr(f, "__wrapped__") and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in memo:
            raise ValueError("wrapper loop when unwrapping {!r}".format(func))
        memo[id(f)] = f
    return f


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD
_KIND_DESCRIPTIONS = {
    _POSITIONAL_ONLY: "positional-only",
    _POSITIONAL_OR_KEYWORD: "positional or keyword",
    _VAR_POSITIONAL: "variadic positional",
    _KEYWORD_ONLY: "keyword-only",
    _VAR_KEYWORD: "variadic keyword",
}


def formatannotation(annotation, base_module=None):
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, types.GenericAlias) if hasattr(types, "GenericAlias") else False:
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    __slots__ = ("_name", "_kind", "_default", "_annotation")

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f"value {kind!r} is not a valid Parameter.kind")
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f"{self._kind.description} parameters cannot have default values")
        self._default = default
        self._annotation = annotation
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a {}".format(type(name).__name__))
        if not name.isidentifier():
            raise ValueError("{!r} is not a valid parameter name".format(name))
        self._name = name

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = "{}: {}".format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = "{} = {}".format(formatted, repr(self._default))
            else:
                formatted = "{}={}".format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = "*" + formatted
        elif kind == _VAR_KEYWORD:
            formatted = "**" + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        kwargs_started = False
        for name, param in self._signature.parameters.items():
            if not kwargs_started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    kwargs_started = True
                elif name not in self.arguments:
                    kwargs_started = True
                    continue
            if not kwargs_started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ["{}={!r}".format(arg, value) for arg, value in self.arguments.items()]
        return "<{} ({})>".format(self.__class__.__name__, ", ".join(args))


class Signature:
    __slots__ = ("_return_annotation", "_parameters")
    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = {}
        if parameters is not None:
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    raise ValueError("wrong parameter order: {} parameter before {} parameter"
                                     .format(top_kind.description, kind.description))
                if kind > top_kind:
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError("non-default argument follows default argument")
                    else:
                        seen_default = True
                if name in params:
                    raise ValueError("duplicate parameter name: {!r}".format(name))
                params[name] = param
        self._parameters = types.MappingProxyType(params) if hasattr(types, "MappingProxyType") else params
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature_from_callable(obj, follow_wrapped)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        return hash((tuple(self.parameters.values()), self.return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (tuple(self.parameters.values()) == tuple(other.parameters.values())
                and self.return_annotation == other.return_annotation)

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            raise TypeError("{arg!r} parameter is positional only, but was passed "
                                            "as a keyword".format(arg=param.name)) from None
                        parameters_ex = (param,)
                        break
                    elif param.kind == _VAR_KEYWORD or param.default is not _empty:
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        raise TypeError("missing a required argument: {arg!r}"
                                        .format(arg=param.name)) from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError("too many positional arguments") from None
                else:
                    if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                        raise TypeError("too many positional arguments") from None
                    if param.kind == _VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        raise TypeError("multiple values for argument {arg!r}"
                                        .format(arg=param.name)) from None
                    arguments[param.name] = arg_val
        kwargs_param = None
        for param in list(parameters_ex) + list(parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if (not partial and param.kind != _VAR_POSITIONAL and param.default is _empty):
                    raise TypeError("missing a required argument: {arg!r}"
                                    .format(arg=param_name)) from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError("{arg!r} parameter is positional only, but was passed as a "
                                    "keyword".format(arg=param.name))
                arguments[param_name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError("got an unexpected keyword argument {arg!r}"
                                .format(arg=next(iter(kwargs))))
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return "<{} {}>".format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append("/")
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append("*")
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append("/")
        rendered = "({})".format(", ".join(result))
        if self.return_annotation is not _empty:
            rendered += " -> {}".format(formatannotation(self.return_annotation))
        return rendered


def _signature_from_function(func):
    code = func.__code__
    pos_count = code.co_argcount
    posonly_count = getattr(code, "co_posonlyargcount", 0)
    keyword_only_count = code.co_kwonlyargcount
    names = code.co_varnames
    positional = names[:pos_count]
    keyword_only = names[pos_count:pos_count + keyword_only_count]
    annotations = func.__annotations__ or {}
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    non_default_count = pos_count - len(defaults)
    parameters = []
    for i, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if i < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[i - non_default_count] if i >= non_default_count else _empty
        parameters.append(Parameter(name, kind, default=default,
                                    annotation=annotations.get(name, _empty)))
    n = pos_count + keyword_only_count
    if code.co_flags & CO_VARARGS:
        name = names[n]
        n += 1
        parameters.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
    for name in keyword_only:
        parameters.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                    annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[n]
        parameters.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return Signature(parameters, return_annotation=annotations.get("return", _empty))


def _drop_first(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError("invalid method signature")
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _signature_from_callable(obj, follow_wrapped=True):
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if isinstance(obj, types.MethodType):
        return _drop_first(_signature_from_callable(obj.__func__, follow_wrapped))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: "__signature__" in getattr(f, "__dict__", {}))
        if isinstance(obj, types.MethodType):
            return _signature_from_callable(obj, follow_wrapped)
    sig = getattr(obj, "__signature__", None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError("unexpected object {!r} in __signature__ attribute".format(sig))
        return sig
    if isfunction(obj):
        return _signature_from_function(obj)
    if isinstance(obj, functools.partial):
        wrapped = _signature_from_callable(obj.func, follow_wrapped)
        bound = wrapped.bind_partial(*obj.args, **obj.keywords)
        params = []
        for name, param in wrapped.parameters.items():
            if name in bound.arguments and param.kind not in (_VAR_POSITIONAL, _VAR_KEYWORD):
                if name in obj.keywords:
                    params.append(param.replace(default=obj.keywords[name], kind=_KEYWORD_ONLY)
                                  if param.kind != _POSITIONAL_ONLY else param)
                continue
            if params and params[-1].kind == _KEYWORD_ONLY and param.kind == _POSITIONAL_OR_KEYWORD:
                param = param.replace(kind=_KEYWORD_ONLY)
            params.append(param)
        return wrapped.replace(parameters=params)
    if isclass(obj):
        for base in obj.__mro__:
            init = base.__dict__.get("__init__")
            new = base.__dict__.get("__new__")
            if isfunction(init) and base is not object:
                return _drop_first(_signature_from_function(init))
            if isinstance(new, staticmethod):
                new = new.__func__
            if isfunction(new):
                return _drop_first(_signature_from_function(new))
            if base.__module__ == "builtins" and base is not object:
                break
        if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return Signature()
        raise ValueError("no signature found for builtin type {!r}".format(obj))
    text = getattr(obj, "__text_signature__", None) if (isbuiltin(obj) or ismethoddescriptor(obj)) else None
    if isinstance(text, str):
        sig = _signature_fromstr(obj, text)
        if sig is not None:
            return sig
    if isbuiltin(obj) or ismethoddescriptor(obj):
        raise ValueError("no signature found for builtin {!r}".format(obj))
    call = getattr(type(obj), "__call__", None)
    if isfunction(call):
        return _drop_first(_signature_from_function(call))
    raise ValueError("callable {!r} is not supported by signature".format(obj))


def _split_params(text):
    """The top-level comma-separated items of a parameter list's text
    (commas inside quotes or brackets belong to a default)."""
    items, depth, quote, start, i = [], 0, None, 0, 0
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "," and depth == 0:
            items.append(text[start:i].strip())
            start = i + 1
        i += 1
    last = text[start:].strip()
    if last:
        items.append(last)
    return items


def _default_from_text(text, module=None):
    """A default written in a text signature: a literal, a name of the
    builtins (None, True, ...), or, as CPython reads it, a (dotted) name
    found in the built-in's module (`level=Z_DEFAULT_COMPRESSION`) or in
    `sys.modules` (`sys.maxsize`). Anything else cannot be shown."""
    if text in ("None", "True", "False", "Ellipsis", "..."):
        return {"None": None, "True": True, "False": False}.get(text, ...)
    parts = text.split(".")
    if all(p.isidentifier() for p in parts):
        import sys
        missing = object()
        value = getattr(module, parts[0], missing) if module is not None else missing
        if value is missing:
            value = sys.modules.get(parts[0], missing)
        for p in parts[1:]:
            if value is missing:
                break
            value = getattr(value, p, missing)
        if value is missing:
            raise ValueError(text)
        return value
    import ast
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        raise ValueError(text)


def _signature_fromstr(obj, text):
    """The Signature of a built-in from its `__text_signature__`, such as
    `($self, /, sep=None, maxsplit=-1)`: a first `$` parameter is the
    module (dropped), or the instance or type, dropped when bound. None
    when the text cannot be read (a default with no literal form)."""
    if not (text.startswith("(") and text.endswith(")")):
        return None
    items = _split_params(text[1:-1])
    params = []
    import sys
    module = sys.modules.get(getattr(obj, "__module__", None) or "")
    if items and items[0].startswith("$"):
        first = items.pop(0)[1:]
        owner = getattr(obj, "__self__", None)
        bound = owner is not None and not ismodule(owner)
        if first != "module" and not bound:
            params.append(Parameter(first, _POSITIONAL_ONLY))
    kind = _POSITIONAL_OR_KEYWORD
    try:
        for item in items:
            if item == "/":
                params = [p.replace(kind=_POSITIONAL_ONLY) for p in params]
            elif item == "*":
                kind = _KEYWORD_ONLY
            elif item.startswith("**"):
                params.append(Parameter(item[2:], _VAR_KEYWORD))
            elif item.startswith("*"):
                params.append(Parameter(item[1:], _VAR_POSITIONAL))
                kind = _KEYWORD_ONLY
            else:
                name, eq, default = item.partition("=")
                name = name.strip()
                if eq:
                    params.append(Parameter(name, kind, default=_default_from_text(default.strip(), module)))
                else:
                    params.append(Parameter(name, kind))
        return Signature(params)
    except ValueError:
        return None


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)


FullArgSpec = namedtuple("FullArgSpec",
                         "args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations")


def getfullargspec(func):
    try:
        sig = _signature_from_callable(func, follow_wrapped=False)
    except Exception as ex:
        raise TypeError("unsupported callable") from ex
    args = []
    varargs = None
    varkw = None
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not _empty:
        annotations["return"] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif kind == _VAR_POSITIONAL:
            varargs = name
        elif kind == _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        elif kind == _VAR_KEYWORD:
            varkw = name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None,
                       annotations)
