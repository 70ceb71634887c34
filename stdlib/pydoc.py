"""Plain-text documentation of live objects: what `help()` shows.

Written for pyx from the documented behaviour of CPython's pydoc module
(same layout of the text, same titles and section names):

    render_doc(thing)   the text for a module, class, function, method,
                        descriptor or other object (or a dotted name)
    doc(thing)          write that text to sys.stdout (or `output=`)
    help / Helper       the object behind the built-in `help()`, including
                        the interactive "help>" prompt

Differences from CPython, all deliberate (pyx code has no operating
system access):
  * no pager, web browser, HTTP server, HTML renderer, `apropos`, or
    command line (`pydoc -k`, `pydoc -p`); `pager` writes the plain
    text to sys.stdout;
  * no keyword and topic texts (`help('if')`), which CPython takes from
    its generated pydoc_data package: asking for one says so;
  * `help('modules')` lists the modules imported so far, not every
    module on disk;
  * FILE shows the module's `__file__` as pyx displays it (an import
    root's name, never a host path); no MODULE REFERENCE links;
  * `forceload` does not reload modules.
"""

import builtins
import inspect
import keyword
import re
import reprlib
import sys
from collections import deque

__all__ = ["help", "doc", "render_doc", "describe", "locate", "resolve", "Helper",
           "TextDoc", "TextRepr", "text", "plaintext", "plain", "pager", "getdoc",
           "splitdoc", "classname", "isdata", "visiblename", "allmethods",
           "ErrorDuringImport", "safeimport", "cram", "stripid", "replace"]


# ---------------------------------------------------------------- helpers

def _owndoc(obj):
    """obj.__doc__ unless it only repeats its type's docstring."""
    try:
        doc = object.__getattribute__(obj, "__doc__")
    except AttributeError:
        return None
    if doc is None:
        return None
    if obj is not type:
        tdoc = getattr(type(obj), "__doc__", None)
        if isinstance(tdoc, str) and tdoc == doc:
            return None
    return doc


def _owner_class(func):
    """The class a plain function was defined in, found from its
    __qualname__ within its module (None when it is not a method)."""
    qual = getattr(func, "__qualname__", None)
    if not isinstance(qual, str) or "." not in qual:
        return None
    parts = qual.split(".")[:-1]
    if "<locals>" in parts:
        return None
    cls = sys.modules.get(getattr(func, "__module__", None) or "")
    for part in parts:
        cls = getattr(cls, part, None)
    return cls if inspect.isclass(cls) else None


def _inherited_doc(obj):
    """The docstring a method, property or descriptor without one of its
    own inherits from the same name in a base class."""
    if inspect.isclass(obj) or inspect.ismodule(obj):
        return None
    if inspect.ismethod(obj):
        owner = obj.__self__
        cls = owner if inspect.isclass(owner) else type(owner)
        name = obj.__func__.__name__
    elif isinstance(obj, property):
        fget = obj.fget
        if fget is None:
            return None
        cls = _owner_class(fget)
        name = fget.__name__
    elif inspect.isfunction(obj):
        cls = _owner_class(obj)
        name = obj.__name__
    else:
        cls = getattr(obj, "__objclass__", None)
        if cls is None:
            owner = getattr(obj, "__self__", None)
            cls = owner if inspect.isclass(owner) else None
        name = getattr(obj, "__name__", None)
    if cls is None or not isinstance(name, str):
        return None
    for base in cls.__mro__:
        if base is cls:
            continue
        # getattr, not the class __dict__: like CPython, a name no base
        # defines may still come from the metaclass (type.__or__).
        try:
            entry = getattr(base, name)
        except AttributeError:
            continue
        doc = getattr(entry, "__doc__", None)
        if isinstance(doc, str):
            return doc
    return None


def _getdoc(obj):
    doc = _owndoc(obj)
    if doc is None:
        try:
            doc = _inherited_doc(obj)
        except Exception:
            return None
    if not isinstance(doc, str):
        return None
    return inspect.cleandoc(doc)


def getdoc(object):
    """The cleaned docstring of `object` (own or inherited), or ''."""
    doc = _getdoc(object)
    if not doc:
        return ""
    lines = doc.rstrip().split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    return "\n".join(lines)


def splitdoc(doc):
    """(synopsis, rest): the first line when a blank line follows it."""
    lines = doc.strip().split("\n")
    if len(lines) == 1:
        return lines[0], ""
    if len(lines) >= 2 and not lines[1].rstrip():
        return lines[0], "\n".join(lines[2:])
    return "", "\n".join(lines)


def classname(object, modname):
    """A class's name, qualified with its module when that differs."""
    name = object.__name__
    if object.__module__ != modname:
        name = object.__module__ + "." + name
    return name


def isdata(object):
    """Is `object` data rather than a module, class or routine?"""
    return not (inspect.ismodule(object) or inspect.isclass(object) or
                inspect.isroutine(object) or inspect.isframe(object) or
                inspect.istraceback(object) or inspect.iscode(object))


def replace(text, *pairs):
    """`text` with each (old, new) pair of `pairs` replaced in turn."""
    while pairs:
        text = new_text = pairs[1].join(text.split(pairs[0]))
        pairs = pairs[2:]
    return text


def cram(text, maxlen):
    """Shorten `text` to `maxlen` characters with '...' in the middle."""
    if len(text) <= maxlen:
        return text
    head = max(0, (maxlen - 3) // 2)
    tail = max(0, maxlen - 3 - head)
    return text[:head] + "..." + text[len(text) - tail:]


_ADDRESS = re.compile(r" at 0x[0-9a-f]{6,16}(>+)$", re.IGNORECASE)


def stripid(text):
    """`text` without a trailing ' at 0x...' address."""
    return _ADDRESS.sub(r"\1", text)


_HIDDEN = frozenset(["__author__", "__builtins__", "__cached__", "__credits__",
                     "__date__", "__doc__", "__file__", "__spec__", "__loader__",
                     "__module__", "__name__", "__package__", "__path__",
                     "__qualname__", "__slots__", "__version__"])


def visiblename(name, all=None, obj=None):
    """Does `name` belong in the documentation of `obj`?"""
    # (CPython answers 0 and 1 for these two cases.)
    if name in _HIDDEN:
        return 0
    if name.startswith("__") and name.endswith("__"):
        return 1
    if name.startswith("_") and hasattr(obj, "_fields"):
        return True
    if all is not None:
        return name in all
    return not name.startswith("_")


def _is_bound_method(fn):
    if inspect.ismethod(fn):
        return True
    if inspect.isbuiltin(fn):
        owner = getattr(fn, "__self__", None)
        return not (owner is None or inspect.ismodule(owner))
    return False


def allmethods(cl):
    """{name: routine} for every routine of class `cl` and its bases."""
    methods = {}
    for name, value in inspect.getmembers(cl, inspect.isroutine):
        methods[name] = 1
    for base in cl.__bases__:
        methods.update(allmethods(base))
    for name in methods:
        methods[name] = getattr(cl, name)
    return methods


def _split_list(items, predicate):
    yes, no = [], []
    for item in items:
        (yes if predicate(item) else no).append(item)
    return yes, no


def classify_class_attrs(object):
    """inspect.classify_class_attrs with descriptors told apart: a
    property without a setter is a 'readonly property', other data
    descriptors are 'data descriptor'."""
    out = []
    for name, kind, cls, value in inspect.classify_class_attrs(object):
        if inspect.isdatadescriptor(value):
            kind = "data descriptor"
            if isinstance(value, property) and value.fset is None:
                kind = "readonly property"
        out.append((name, kind, cls, value))
    return out


def sort_attributes(attrs, object):
    """Sort (name, kind, class, value) tuples by name in place; a named
    tuple's fields come first, in field order."""
    fields = getattr(object, "_fields", None)
    order = {}
    if isinstance(fields, tuple):
        order = {f: i - len(fields) for i, f in enumerate(fields)}
    attrs.sort(key=lambda a: (order.get(a[0], 0), a[0]))


# ---------------------------------------------------------------- import

class ErrorDuringImport(Exception):
    """An exception raised while importing the module to document."""

    def __init__(self, filename, exc_info):
        self.filename = filename
        self.exc, self.value, self.tb = exc_info

    def __str__(self):
        name = getattr(self.exc, "__name__", str(self.exc))
        return "problem in %s - %s: %s" % (self.filename, name, self.value)


def safeimport(path, forceload=0, cache={}):
    """The module named `path`, or None when no such module exists; a
    failure inside the module raises ErrorDuringImport."""
    try:
        module = __import__(path)
    except ImportError as exc:
        missing = getattr(exc, "name", None)
        if missing and (missing == path or path.startswith(missing + ".")):
            return None
        raise ErrorDuringImport(path, sys.exc_info())
    except Exception:
        raise ErrorDuringImport(path, sys.exc_info())
    for part in path.split(".")[1:]:
        module = getattr(module, part, None)
        if module is None:
            return None
    return module


def locate(path, forceload=0):
    """The object a dotted name refers to (a module, then attributes;
    builtins when no module matches), or None."""
    parts = [p for p in path.split(".") if p]
    module = None
    taken = 0
    while taken < len(parts):
        found = safeimport(".".join(parts[:taken + 1]), forceload)
        if not found:
            break
        module = found
        taken += 1
    obj = module if module is not None else builtins
    for part in parts[taken:]:
        try:
            obj = getattr(obj, part)
        except AttributeError:
            return None
    return obj


def describe(thing):
    """A short description of what kind of object `thing` is."""
    if inspect.ismodule(thing):
        if thing.__name__ in sys.builtin_module_names:
            return "built-in module " + thing.__name__
        if hasattr(thing, "__path__"):
            return "package " + thing.__name__
        return "module " + thing.__name__
    if inspect.isbuiltin(thing):
        return "built-in function " + thing.__name__
    if inspect.isgetsetdescriptor(thing):
        owner = thing.__objclass__
        return "getset descriptor %s.%s.%s" % (owner.__module__, owner.__name__, thing.__name__)
    if inspect.ismemberdescriptor(thing):
        owner = thing.__objclass__
        return "member descriptor %s.%s.%s" % (owner.__module__, owner.__name__, thing.__name__)
    if inspect.isclass(thing):
        return "class " + thing.__name__
    if inspect.isfunction(thing):
        return "function " + thing.__name__
    if inspect.ismethod(thing):
        return "method " + thing.__name__
    return type(thing).__name__


def resolve(thing, forceload=0):
    """(object, name) for an object or a dotted name."""
    if isinstance(thing, str):
        obj = locate(thing, forceload)
        if obj is None:
            raise ImportError("No Python documentation found for %r.\n"
                              "Use help() to get the interactive help utility.\n"
                              "Use help(str) for help on the str class." % thing)
        return obj, thing
    name = getattr(thing, "__name__", None)
    return thing, name if isinstance(name, str) else None


# ---------------------------------------------------------------- text

class TextRepr(reprlib.Repr):
    """Short reprs for documentation (longer limits than reprlib's)."""

    def __init__(self):
        super().__init__()
        self.maxlist = self.maxtuple = 20
        self.maxdict = 10
        self.maxstring = self.maxother = 100

    def repr1(self, x, level):
        name = type(x).__name__
        if hasattr(type(x), "__name__"):
            method = getattr(self, "repr_" + "_".join(name.split()), None)
            if method is not None:
                return method(x, level)
        return cram(stripid(repr(x)), self.maxother)

    def repr_string(self, x, level):
        short = cram(x, self.maxstring)
        shown = repr(short)
        # A string with backslashes but no other escapes reads better raw.
        if "\\" in short and "\\" not in replace(shown, r"\\", ""):
            return "r" + shown[0] + short + shown[0]
        return shown

    repr_str = repr_string

    def repr_instance(self, x, level):
        try:
            return cram(stripid(repr(x)), self.maxstring)
        except Exception:
            return "<%s instance>" % x.__class__.__name__


class TextDoc:
    """Documentation as text; bold is shown by overstriking."""

    _repr_instance = TextRepr()
    repr = _repr_instance.repr

    def bold(self, text):
        return "".join(ch + "\b" + ch for ch in text)

    def indent(self, text, prefix="    "):
        if not text:
            return ""
        lines = [prefix + line for line in text.split("\n")]
        lines[-1] = lines[-1].rstrip()
        return "\n".join(lines)

    def section(self, title, contents):
        return self.bold(title) + "\n" + self.indent(contents).rstrip() + "\n\n"

    def document(self, object, name=None, *args):
        """The documentation of any object."""
        args = (object, name) + args
        try:
            if inspect.ismodule(object):
                return self.docmodule(*args)
            if inspect.isclass(object):
                return self.docclass(*args)
            if inspect.isroutine(object):
                return self.docroutine(*args)
        except AttributeError:
            pass
        if inspect.isdatadescriptor(object):
            return self.docdata(*args)
        return self.docother(*args)

    def fail(self, object, name=None, *args):
        message = "don't know how to document object%s of type %s" % (
            name and " " + repr(name), type(object).__name__)
        raise TypeError(message)

    def formattree(self, tree, modname, parent=None, prefix=""):
        """The class tree of inspect.getclasstree, indented."""
        out = ""
        for entry in tree:
            if isinstance(entry, tuple):
                cls, bases = entry
                out += prefix + classname(cls, modname)
                if bases and bases != (parent,):
                    out += "(%s)" % ", ".join(classname(b, modname) for b in bases)
                out += "\n"
            elif isinstance(entry, list):
                out += self.formattree(entry, modname, cls, prefix + "    ")
        return out

    def docmodule(self, object, name=None, mod=None, *ignored):
        name = object.__name__
        synopsis, description = splitdoc(getdoc(object))
        result = self.section("NAME", name + (synopsis and " - " + synopsis))
        all_names = getattr(object, "__all__", None)
        if description:
            result += self.section("DESCRIPTION", description)

        classes = []
        for key, value in inspect.getmembers(object, inspect.isclass):
            if all_names is not None or (inspect.getmodule(value) or object) is object:
                if visiblename(key, all_names, object):
                    classes.append((key, value))
        funcs = []
        for key, value in inspect.getmembers(object, inspect.isroutine):
            if (all_names is not None or inspect.isbuiltin(value) or
                    inspect.getmodule(value) is object):
                if visiblename(key, all_names, object):
                    funcs.append((key, value))
        data = [(key, value) for key, value in inspect.getmembers(object, isdata)
                if visiblename(key, all_names, object)]
        submodules = [key for key, value in inspect.getmembers(object, inspect.ismodule)
                      if value.__name__.startswith(name + ".")]

        if submodules:
            result += self.section("SUBMODULES", "\n".join(submodules))
        if classes:
            parts = [self.formattree(inspect.getclasstree([v for k, v in classes], 1), name)]
            parts.extend(self.document(value, key, name) for key, value in classes)
            result += self.section("CLASSES", "\n".join(parts))
        if funcs:
            parts = [self.document(value, key, name) for key, value in funcs]
            result += self.section("FUNCTIONS", "\n".join(parts))
        if data:
            parts = [self.docother(value, key, name, maxlen=70) for key, value in data]
            result += self.section("DATA", "\n".join(parts))
        if hasattr(object, "__version__"):
            version = str(object.__version__)
            if version.startswith("$Revision: ") and version.endswith("$"):
                version = version[11:-1].strip()
            result += self.section("VERSION", version)
        for attr, title in (("__date__", "DATE"), ("__author__", "AUTHOR"),
                            ("__credits__", "CREDITS")):
            if hasattr(object, attr):
                result += self.section(title, str(getattr(object, attr)))
        where = getattr(object, "__file__", None)
        result += self.section("FILE", where if isinstance(where, str) else "(built-in)")
        return result

    def docclass(self, object, name=None, mod=None, *ignored):
        realname = object.__name__
        name = name or realname
        home = object.__module__

        if name == realname:
            title = "class " + self.bold(realname)
        else:
            title = self.bold(name) + " = class " + realname
        if object.__bases__:
            title += "(%s)" % ", ".join(classname(b, home) for b in object.__bases__)

        lines = []
        try:
            sig = inspect.signature(object)
        except (ValueError, TypeError):
            sig = None
        if sig is not None:
            spec = str(sig)
            if spec and spec != "()":
                lines.append(name + spec + "\n")
        doc = getdoc(object)
        if doc:
            lines.append(doc + "\n")

        mro = deque(inspect.getmro(object))
        if len(mro) > 2:
            lines.append("Method resolution order:")
            lines.extend("    " + classname(base, home) for base in mro)
            lines.append("")

        # (pyx types keep no list of subclasses: no such section there.)
        try:
            subs = type.__subclasses__(object)
        except (AttributeError, TypeError):
            subs = []
        builtin_subs = sorted((str(c.__name__) for c in subs
                               if not c.__name__.startswith("_") and c.__module__ == "builtins"),
                              key=str.lower)
        if builtin_subs:
            lines.append("Built-in subclasses:")
            lines.extend("    " + n for n in builtin_subs[:4])
            if len(builtin_subs) > 4:
                lines.append("    ... and %d other subclasses" % (len(builtin_subs) - 4))
            lines.append("")

        started = [False]

        def group(heading):
            if started[0]:
                lines.append("-" * 70)
            started[0] = True
            lines.append(heading)

        def value_of(attr_name, homecls):
            try:
                return getattr(object, attr_name)
            except Exception:
                return homecls.__dict__[attr_name]

        def routines(heading, chosen):
            group(heading)
            for attr_name, kind, homecls, value in chosen:
                lines.append(self.document(value_of(attr_name, homecls), attr_name, mod, object))

        def descriptors(heading, chosen):
            group(heading)
            for attr_name, kind, homecls, value in chosen:
                lines.append(self.docdata(value, attr_name, mod))

        def plain_data(heading, chosen):
            group(heading)
            for attr_name, kind, homecls, value in chosen:
                own = getdoc(value) if callable(value) or inspect.isdatadescriptor(value) else None
                try:
                    shown = getattr(object, attr_name)
                except AttributeError:
                    shown = homecls.__dict__[attr_name]
                lines.append(self.docother(shown, attr_name, mod, maxlen=70, doc=own) + "\n")

        kinds = (("Methods", "method", routines),
                 ("Class methods", "class method", routines),
                 ("Static methods", "static method", routines),
                 ("Readonly properties", "readonly property", descriptors),
                 ("Data descriptors", "data descriptor", descriptors),
                 ("Data and other attributes", "data", plain_data))

        attrs = [a for a in classify_class_attrs(object) if visiblename(a[0], obj=object)]
        while attrs:
            owner = mro.popleft() if mro else attrs[0][2]
            mine, attrs = _split_list(attrs, lambda a: a[2] is owner)
            if owner is builtins.object and object is not builtins.object:
                continue
            if owner is object:
                tag = "defined here"
            else:
                tag = "inherited from " + classname(owner, home)
            sort_attributes(mine, object)
            for label, kind, emit in kinds:
                chosen, mine = _split_list(mine, lambda a: a[1] == kind)
                if chosen:
                    emit("%s %s:\n" % (label, tag), chosen)

        body = "\n".join(lines)
        if not body:
            return title + "\n"
        return title + "\n" + self.indent(body.rstrip(), " |  ") + "\n"

    def docroutine(self, object, name=None, mod=None, cl=None):
        realname = object.__name__
        name = name or realname
        note = ""
        skipdocs = False
        if _is_bound_method(object):
            owner_type = object.__self__.__class__
            if cl:
                if owner_type is not cl:
                    note = " from " + classname(owner_type, mod)
            elif object.__self__ is not None:
                note = " method of %s instance" % classname(object.__self__.__class__, mod)
            else:
                note = " unbound %s method" % classname(owner_type, mod)

        if inspect.iscoroutinefunction(object) or inspect.isasyncgenfunction(object):
            prefix = "async "
        else:
            prefix = ""

        if name == realname:
            title = self.bold(realname)
        else:
            if cl and inspect.getattr_static(cl, realname, []) is object:
                skipdocs = True
            title = self.bold(name) + " = " + realname

        spec = None
        if inspect.isroutine(object):
            try:
                sig = inspect.signature(object)
            except (ValueError, TypeError):
                sig = None
            if sig is not None:
                spec = str(sig)
                if realname == "<lambda>":
                    title = self.bold(name) + " lambda "
                    spec = spec[1:-1]
        if not spec:
            spec = "(...)"
        decl = prefix + title + spec + note
        if skipdocs:
            return decl + "\n"
        doc = getdoc(object) or ""
        return decl + "\n" + (doc and self.indent(doc).rstrip() + "\n")

    def docdata(self, object, name=None, mod=None, cl=None):
        out = self.bold(name) + "\n"
        doc = getdoc(object) or ""
        if doc:
            out += self.indent(doc) + "\n"
        return out

    docproperty = docdata

    def docother(self, object, name=None, mod=None, parent=None, maxlen=None, doc=None):
        shown = self.repr(object)
        if maxlen:
            line = (name and name + " = " or "") + shown
            over = len(line) - maxlen
            if over > 0:
                shown = shown[:-over] + "..."
        line = (name and self.bold(name) + " = " or "") + shown
        if not doc:
            doc = getdoc(object)
        if doc:
            line += "\n" + self.indent(str(doc)) + "\n"
        return line


class _PlainTextDoc(TextDoc):
    """TextDoc without overstruck bold."""

    def bold(self, text):
        return text


text = TextDoc()
plaintext = _PlainTextDoc()


def plain(text):
    """`text` without overstriking."""
    return re.sub(".\b", "", text)


def plainpager(text):
    sys.stdout.write(plain(text))


def getpager():
    """pyx has no pager program: text is written to sys.stdout."""
    return plainpager


def pager(text):
    plainpager(text)


def render_doc(thing, title="Python Library Documentation: %s", forceload=0, renderer=None):
    """The documentation of `thing` (an object or a dotted name) as text."""
    if renderer is None:
        renderer = text
    obj, name = resolve(thing, forceload)
    desc = describe(obj)
    module = inspect.getmodule(obj)
    if name and "." in name:
        desc += " in " + name[:name.rfind(".")]
    elif module and module is not obj:
        desc += " in module " + module.__name__
    if not (inspect.ismodule(obj) or inspect.isclass(obj) or inspect.isroutine(obj) or
            inspect.isdatadescriptor(obj) or _getdoc(obj)):
        # Plain data: document what it can do rather than its value.
        if hasattr(obj, "__origin__"):
            obj = obj.__origin__
        else:
            obj = type(obj)
            desc += " object"
    return title % desc + "\n\n" + renderer.document(obj, name)


def doc(thing, title="Python Library Documentation: %s", forceload=0, output=None,
        is_cli=False):
    """Write the documentation of `thing` to `output` (sys.stdout by
    default); a name that cannot be found prints why."""
    try:
        if output is None:
            pager(render_doc(thing, title, forceload))
        else:
            output.write(render_doc(thing, title, forceload, plaintext))
    except (ImportError, ErrorDuringImport) as err:
        if is_cli:
            raise
        print(err)


# ---------------------------------------------------------------- help()

class _Interactive:
    def __repr__(self):
        return "<interactive help>"


_GoInteractive = _Interactive()


class Helper:
    """The help system: `help(object)` documents an object, `help('name')`
    a dotted name, `help()` starts the "help>" prompt."""

    keywords = dict.fromkeys(keyword.kwlist)
    symbols = {}
    topics = {}

    def __init__(self, input=None, output=None):
        self._input = input
        self._output = output

    @property
    def input(self):
        return self._input or sys.stdin

    @property
    def output(self):
        return self._output or sys.stdout

    def __repr__(self):
        return "<%s.%s instance>" % (self.__class__.__module__, self.__class__.__qualname__)

    def __call__(self, request=_GoInteractive):
        if request is not _GoInteractive:
            try:
                self.help(request)
            except (ImportError, ErrorDuringImport) as err:
                self.output.write("%s\n" % err)
            return
        self.intro()
        self.interact()
        self.output.write(
            "\nYou are now leaving help and returning to the Python interpreter.\n"
            "If you want to ask for help on a particular object directly from the\n"
            "interpreter, you can type \"help(object)\".  Executing \"help('string')\"\n"
            "has the same effect as typing a particular string at the help> prompt.\n")

    def getline(self, prompt):
        if self._input is None or self._input is sys.stdin:
            return input(prompt)
        self.output.write(prompt)
        self.output.flush()
        return self.input.readline()

    def interact(self):
        self.output.write("\n")
        while True:
            try:
                request = self.getline("help> ")
                if not request:
                    break
            except (KeyboardInterrupt, EOFError):
                break
            request = request.strip()
            if len(request) > 2 and request[0] == request[-1] and request[0] in "'\"":
                request = request[1:-1]
            if request.lower() in ("q", "quit"):
                break
            if request == "help":
                self.intro()
            else:
                self.help(request)

    def help(self, request):
        if isinstance(request, str):
            request = request.strip()
            if request == "keywords":
                self.listkeywords()
            elif request in ("symbols", "topics"):
                self._no_topics(request)
            elif request == "modules":
                self.listmodules()
            elif request.startswith("modules "):
                self.listmodules(request.split()[1])
            elif request in ("True", "False", "None"):
                doc({"True": True, "False": False, "None": None}[request], "Help on %s:",
                    output=self._output)
            elif request in self.keywords:
                self._no_topics(request)
            elif request:
                # A name not found: printed (then the blank line below)
                # when writing to sys.stdout; with an output of its own,
                # the ImportError goes to __call__, which writes it there.
                doc(request, "Help on %s:", output=self._output,
                    is_cli=self._output is not None)
            else:
                doc(str, "Help on %s:", output=self._output)
        elif isinstance(request, Helper):
            self()
        else:
            doc(request, "Help on %s:", output=self._output)
        self.output.write("\n")

    def intro(self):
        version = "%d.%d" % sys.version_info[:2]
        self.output.write(
            "\nWelcome to pyx's help utility (Python %s)!\n\n"
            "Enter the name of any module, keyword, class or function to get its\n"
            "documentation, \"keywords\" for the list of keywords, or \"modules\" for\n"
            "the modules imported so far.  Enter \"q\" or \"quit\" (or an empty line)\n"
            "to leave.\n\n" % version)

    def list(self, items, columns=4, width=80):
        items = sorted(items)
        colw = width // columns
        rows = (len(items) + columns - 1) // columns
        for row in range(rows):
            for col in range(columns):
                i = col * rows + row
                if i < len(items):
                    self.output.write(items[i])
                    if col < columns - 1:
                        self.output.write(" " + " " * (colw - 1 - len(items[i])))
            self.output.write("\n")

    def listkeywords(self):
        self.output.write("\nHere is a list of the Python keywords.  "
                          "Enter any keyword to get more help.\n\n")
        self.list(self.keywords.keys())

    def _no_topics(self, request):
        self.output.write("\nSorry, pyx has no documentation for keywords, symbols or "
                          "topics (%r).\nAsk for a module, class or function instead.\n"
                          % request)

    def listmodules(self, key=""):
        names = sorted(n for n in sys.modules if key.lower() in n.lower())
        if key:
            self.output.write("\nModules imported so far whose names contain %r:\n\n" % key)
        else:
            self.output.write("\nModules imported so far:\n\n")
        self.list(names)


help = Helper()
