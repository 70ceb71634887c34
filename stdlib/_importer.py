"""pyx's import system (PEP 302 / PEP 451), written in Python.

The host (the `pyx` binary or an embedding program) runs this file once per
interpreter at start-up, in a fresh namespace, and then calls ``install(...)``.
This file imports nothing: it uses only built-ins and the objects the host
passes in.  It never touches the OS; every file it reads is reached through an
import-root capability object the host granted.

HOST INTERFACE
==============

``install(sys, builtins, roots, natives=None, builtins_module=None,
          module_type=None, modules=None) -> importer namespace object``

  sys             the interpreter's ``sys`` module object (the VM creates it;
                  see ``_sys_init.py``).  ``install`` sets on it:
                    sys.modules        dict name -> module (per interpreter)
                    sys.meta_path      [NativeModuleFinder, SourceFinder]
                    sys.builtin_module_names   tuple of allowed native names
                    sys.allow_native(names)    narrow the allowed natives
                  and puts ``sys``, ``builtins``, ``importlib``,
                  ``importlib.util``, ``importlib.machinery`` in
                  ``sys.modules``.
  builtins        the builtins *dict* of the interpreter.  ``install`` sets
                  ``builtins['__import__']`` to this importer's ``__import__``.
                  The importer itself calls only these built-ins:
                  compile(source, filename, 'exec') -> code,
                  exec(code, namespace_dict), plus ordinary ones (isinstance,
                  getattr, setattr, hasattr, str methods, dict, list, ...).
                  Exceptions used: ImportError / ModuleNotFoundError with the
                  ``name=`` (and ``path=``) keyword arguments, TypeError,
                  ValueError, KeyError, AttributeError.
  builtins_module the ``builtins`` module object, if the VM has one
                  (stored as sys.modules['builtins']).
  modules         optional: the dict to use as sys.modules (default: a new
                  empty dict).  The VM's own IMPORT_FROM fallback must look
                  in this same dict (or call imp.import_from).
  module_type     the module type; default ``type(sys)``.  Called as
                  ``module_type(name)``; instances must accept attribute
                  assignment and expose ``__dict__`` (the namespace ``exec``
                  runs in; it must contain ``__builtins__`` or the VM must
                  supply the interpreter's builtins when it is missing).
  roots           list of IMPORT-ROOT CAPABILITIES, searched in order for
                  top-level modules.  Each root object provides:
                    root.name               str: display name of the root
                                            (e.g. "stdlib", "app"); never a
                                            host path
                    root.is_file(rel) -> bool
                    root.is_dir(rel)  -> bool
                    root.read_text(rel) -> str   (UTF-8 source; may raise
                                            OSError/ImportError)
                  ``rel`` is a relative path with "/" separators, built only
                  from module-name components that passed str.isidentifier(),
                  ending in "/__init__.py" or ".py" (or a directory).  The
                  root must itself refuse anything outside it (cap-std), and
                  SHOULD refuse files not ending in ".py": Python code can
                  reach loaders and finders through sys.meta_path.
  natives         NATIVE-MODULE REGISTRY (or None): the host decides which
                  native modules (math, _random, ...) this interpreter may
                  load.  It provides:
                    natives.names() -> iterable of str   allowed names now
                    natives.load(name) -> module          a fresh, initialised
                                  module object; MUST raise ImportError for a
                                  name not (or no longer) allowed
                    natives.narrow(keep_names)            optional; one-way:
                                  afterwards names() is a subset of keep_names
                  Enforcement lives in the host (load refuses); this file
                  only mirrors it so that narrowing is visible in Python.

  Everything else is pure Python.  ``install`` returns an object whose
  attributes the VM may use:

    imp.import_from(module, name)   the IMPORT_FROM opcode (``from m import
                                    name``): getattr, falling back to
                                    sys.modules['m.name'], else ImportError
                                    "cannot import name 'x' from 'm' (file)"
                                    or "... from partially initialized module
                                    'm' (most likely due to a circular
                                    import) (file)" exactly as CPython.
    imp.import_star(module, ns)     ``from m import *`` into dict ``ns``.
    imp.main_code(name)             ``pyx -m name``: (code, namespace) of
                                    the module (a package's ``__main__``),
                                    with a new ``__main__`` module in
                                    sys.modules; the host runs the code.
    imp.run_module(name)            the same, executed here; returns the
                                    module's namespace dict.
    imp.import_module(name, package=None)   importlib.import_module.
    imp.__import__                  same as builtins['__import__'].

DISPLAY PATHS (no host path ever appears)
=========================================

  A module found in root R at relative path ``rel`` gets
      __file__ = spec.origin = R.name + "/" + rel     (just ``rel`` if R.name
                                                        is empty)
  e.g. root "app", module pkg.mod  ->  "app/pkg/mod.py";
       package pkg                 ->  "app/pkg/__init__.py",
                                       __path__ == ["app/pkg"].
  The same string is the ``filename`` given to compile(), so tracebacks and
  co_filename show it.  ``__path__`` entries are display strings; the
  SourceFinder resolves only strings it created itself to (root, directory),
  so appending strings to ``__path__`` grants nothing.  Native modules have
  origin "built-in" and no ``__file__``.  ``__cached__`` is never set: only
  ``.py`` source is loaded, never bytecode.  Module repr (VM side) should
  follow CPython: ``<module 'm' from 'app/m.py'>``, ``<module 'math'
  (built-in)>``.

  Directories without ``__init__.py`` are namespace packages (PEP 420),
  as in CPython.
"""


class ModuleSpec:
    """The import-related state of a module (PEP 451)."""

    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self.has_location = False
        self._initializing = False

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    def __repr__(self):
        parts = ['name=%r' % (self.name,), 'loader=%r' % (self.loader,)]
        if self.origin is not None:
            parts.append('origin=%r' % (self.origin,))
        if self.submodule_search_locations is not None:
            parts.append('submodule_search_locations=%r'
                         % (self.submodule_search_locations,))
        return 'ModuleSpec(' + ', '.join(parts) + ')'

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader
                and self.origin == other.origin
                and self.submodule_search_locations
                == other.submodule_search_locations
                and self.has_location == other.has_location)

    __hash__ = None


def _display(root, rel):
    if root.name:
        return root.name + '/' + rel if rel else root.name
    return rel


class SourceLoader:
    """Loads one ``.py`` file through an import-root capability."""

    def __init__(self, root, rel, display, is_pkg):
        self._root = root
        self._rel = rel
        self.name_hint = display
        self._is_pkg = is_pkg

    def create_module(self, spec):
        return None

    def is_package(self, fullname):
        return self._is_pkg

    def get_source(self, fullname):
        return self._root.read_text(self._rel)

    def get_filename(self, fullname):
        return self.name_hint

    def get_code(self, fullname):
        # A root may keep compiled code (the frozen stdlib is compiled once
        # per process); otherwise compile the source.
        get = getattr(self._root, 'get_code', None)
        if get is not None:
            return get(self._rel)
        return compile(self._root.read_text(self._rel), self.name_hint, 'exec')

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)

    def __repr__(self):
        return '<SourceLoader %r>' % (self.name_hint,)


def install(sys, builtins, roots, natives=None, builtins_module=None,
            module_type=None, modules=None):
    if module_type is None:
        module_type = type(sys)
    roots = list(roots)
    if modules is None:
        modules = {}
    meta_path = []
    _NEEDS_LOADING = object()
    _ERR_MSG = 'No module named %r'

    def _modules():
        return sys.modules

    # ------------------------------------------------------------ natives
    allowed = set(natives.names()) if natives is not None else set()

    class NativeModuleFinder:
        """Finds native modules the host allowed by name (like CPython's
        BuiltinImporter).  Also their loader."""

        @staticmethod
        def find_spec(fullname, path=None, target=None):
            if path is not None or fullname not in allowed:
                return None
            return ModuleSpec(fullname, NativeModuleFinder, origin='built-in')

        @staticmethod
        def create_module(spec):
            if spec.name not in allowed:
                raise ImportError(_ERR_MSG % (spec.name,), name=spec.name)
            return natives.load(spec.name)

        @staticmethod
        def exec_module(module):
            pass

        @staticmethod
        def is_package(fullname):
            return False

        def __repr__(self):
            return "<class 'NativeModuleFinder'>"

    def allow_native(names):
        """Narrow the set of native modules this interpreter may import to
        those in ``names`` (never widens).  Already-imported modules stay in
        sys.modules."""
        if isinstance(names, str):
            names = (names,)
        keep = set()
        for n in names:
            if not isinstance(n, str):
                raise TypeError('native module names must be str, not %s'
                                % type(n).__name__)
            keep.add(n)
        allowed.intersection_update(keep)
        if natives is not None and hasattr(natives, 'narrow'):
            natives.narrow(sorted(allowed))
        sys.builtin_module_names = tuple(sorted(allowed))

    # ------------------------------------------------------------ sources
    # display string of a package directory -> list of (root, reldir)
    locations = {}

    def _remember(display, root, reldir):
        lst = locations.setdefault(display, [])
        for r, d in lst:
            if r is root and d == reldir:
                return
        lst.append((root, reldir))

    class SourceFinder:
        """Finds ``.py`` modules and packages in the granted import roots
        (the role of CPython's PathFinder, without sys.path)."""

        @staticmethod
        def find_spec(fullname, path=None, target=None):
            tail = fullname.rpartition('.')[2]
            for part in fullname.split('.'):
                if not part.isidentifier():
                    return None
            if path is None:
                places = [(r, '') for r in roots]
            else:
                places = []
                for entry in list(path):
                    if isinstance(entry, str) and entry in locations:
                        places.extend(locations[entry])
            namespace = []
            for root, reldir in places:
                base = reldir + '/' + tail if reldir else tail
                init = base + '/__init__.py'
                if root.is_file(init):
                    disp = _display(root, init)
                    spec = ModuleSpec(fullname,
                                      SourceLoader(root, init, disp, True),
                                      origin=disp, is_package=True)
                    pdisp = _display(root, base)
                    _remember(pdisp, root, base)
                    spec.submodule_search_locations.append(pdisp)
                    spec.has_location = True
                    return spec
                mod = base + '.py'
                if root.is_file(mod):
                    disp = _display(root, mod)
                    spec = ModuleSpec(fullname,
                                      SourceLoader(root, mod, disp, False),
                                      origin=disp)
                    spec.has_location = True
                    return spec
                if root.is_dir(base):
                    namespace.append((root, base))
            if namespace:
                spec = ModuleSpec(fullname, None, is_package=True)
                for root, base in namespace:
                    pdisp = _display(root, base)
                    _remember(pdisp, root, base)
                    spec.submodule_search_locations.append(pdisp)
                return spec
            return None

        @staticmethod
        def invalidate_caches():
            pass

    # ------------------------------------------------------------ loading
    def _init_module_attrs(spec, module):
        module.__name__ = spec.name
        module.__loader__ = spec.loader
        module.__package__ = spec.parent
        module.__spec__ = spec
        if spec.submodule_search_locations is not None:
            module.__path__ = spec.submodule_search_locations
        if spec.has_location and spec.origin is not None:
            module.__file__ = spec.origin
        elif spec.loader is None and spec.submodule_search_locations is not None:
            module.__file__ = None          # namespace package, as CPython
        return module

    def module_from_spec(spec):
        module = None
        loader = spec.loader
        if loader is not None and hasattr(loader, 'create_module'):
            module = loader.create_module(spec)
        elif loader is not None and hasattr(loader, 'exec_module'):
            raise ImportError('loaders that define exec_module() '
                              'must also define create_module()')
        if module is None:
            module = module_type(spec.name)
            _init_module_attrs(spec, module)
        else:
            try:
                if getattr(module, '__spec__', None) is None:
                    module.__spec__ = spec
                if getattr(module, '__loader__', None) is None:
                    module.__loader__ = spec.loader
            except AttributeError:
                pass
        d = module.__dict__
        if '__builtins__' not in d:
            try:
                d['__builtins__'] = builtins
            except TypeError:
                pass
        return module

    def _load_unlocked(spec):
        mods = sys.modules
        loader = spec.loader
        if loader is not None and not hasattr(loader, 'exec_module'):
            if hasattr(loader, 'load_module'):
                return loader.load_module(spec.name)
            raise ImportError('loader for %s has no exec_module()' % spec.name,
                              name=spec.name)
        module = module_from_spec(spec)
        spec._initializing = True
        try:
            mods[spec.name] = module
            try:
                if loader is not None:
                    loader.exec_module(module)
            except BaseException:
                try:
                    del mods[spec.name]
                except KeyError:
                    pass
                raise
            # The module may have replaced itself in sys.modules.
            module = mods.pop(spec.name)
            mods[spec.name] = module
        finally:
            spec._initializing = False
        return module

    def _find_spec(name, path, target=None):
        mp = sys.meta_path
        if mp is None:
            raise ImportError('sys.meta_path is None, Python is likely '
                              'shutting down')
        mods = sys.modules
        is_reload = name in mods
        for finder in list(mp):
            find = getattr(finder, 'find_spec', None)
            if find is None:
                continue
            spec = find(name, path, target)
            if spec is not None:
                if not is_reload and name in mods:
                    m = mods[name]
                    existing = getattr(m, '__spec__', None)
                    if existing is not None:
                        return existing
                return spec
        return None

    def _find_and_load_unlocked(name):
        mods = sys.modules
        path = None
        parent, _, child = name.rpartition('.')
        parent_module = None
        if parent:
            if parent not in mods:
                _gcd_import(parent)
            if name in mods:
                return mods[name]
            parent_module = mods[parent]
            try:
                path = parent_module.__path__
            except AttributeError:
                raise ModuleNotFoundError(
                    (_ERR_MSG + '; %r is not a package') % (name, parent),
                    name=name) from None
        spec = _find_spec(name, path)
        if spec is None:
            raise ModuleNotFoundError(_ERR_MSG % (name,), name=name)
        module = _load_unlocked(spec)
        if parent:
            parent_module = mods[parent]
            try:
                setattr(parent_module, child, module)
            except AttributeError:
                pass
        return module

    def _find_and_load(name):
        mods = sys.modules
        module = mods.get(name, _NEEDS_LOADING)
        if module is _NEEDS_LOADING:
            return _find_and_load_unlocked(name)
        if module is None:
            raise ModuleNotFoundError('import of %s halted; None in sys.modules'
                                      % (name,), name=name)
        return module

    def _resolve_name(name, package, level):
        bits = package.rsplit('.', level - 1)
        if len(bits) < level:
            raise ImportError('attempted relative import beyond top-level '
                              'package')
        base = bits[0]
        return base + '.' + name if name else base

    def _sanity_check(name, package, level):
        if not isinstance(name, str):
            raise TypeError('module name must be str, not %s'
                            % type(name).__name__)
        if level < 0:
            raise ValueError('level must be >= 0')
        if level > 0:
            if not isinstance(package, str):
                raise TypeError('__package__ not set to a string')
            elif not package:
                raise ImportError('attempted relative import with no known '
                                  'parent package')
        if not name and level == 0:
            raise ValueError('Empty module name')

    def _gcd_import(name, package=None, level=0):
        _sanity_check(name, package, level)
        if level > 0:
            name = _resolve_name(name, package, level)
        return _find_and_load(name)

    def _calc_package(globals):
        package = globals.get('__package__')
        spec = globals.get('__spec__')
        if package is not None:
            if not isinstance(package, str):
                raise TypeError('package must be a string')
            return package
        if spec is not None:
            package = spec.parent
            if not isinstance(package, str):
                raise TypeError('__spec__.parent must be a string')
            return package
        if '__name__' not in globals:
            raise KeyError("'__name__' not in globals")
        package = globals['__name__']
        if not isinstance(package, str):
            raise TypeError('__name__ must be a string')
        if '__path__' not in globals:
            package = package.rpartition('.')[0]
        return package

    def _handle_fromlist(module, fromlist, recursive=False):
        for x in fromlist:
            if not isinstance(x, str):
                if recursive:
                    where = module.__name__ + '.__all__'
                else:
                    where = "``from list''"
                raise TypeError('Item in %s must be str, not %s'
                                % (where, type(x).__name__))
            if x == '*':
                if not recursive and hasattr(module, '__all__'):
                    _handle_fromlist(module, module.__all__, True)
            elif not hasattr(module, x):
                from_name = module.__name__ + '.' + x
                try:
                    _gcd_import(from_name)
                except ModuleNotFoundError as exc:
                    if (exc.name == from_name and
                            sys.modules.get(from_name, _NEEDS_LOADING)
                            is not None):
                        continue
                    raise
        return module

    def __import__(name, globals=None, locals=None, fromlist=(), level=0):
        # Argument errors worded as CPython's builtin __import__.
        if not isinstance(name, str):
            raise TypeError('module name must be a string')
        if level < 0:
            raise ValueError('level must be >= 0')
        if level == 0:
            if not name:
                raise ValueError('Empty module name')
            module = _gcd_import(name)
        else:
            if globals is not None and not isinstance(globals, dict):
                raise TypeError('globals must be a dict')
            package = _calc_package(globals if globals is not None else {})
            if not package:
                raise ImportError('attempted relative import with no known '
                                  'parent package')
            module = _gcd_import(name, package, level)
        if not fromlist:
            if level == 0:
                return _gcd_import(name.partition('.')[0])
            if not name:
                return module
            cut = len(name) - len(name.partition('.')[0])
            mname = module.__name__
            return sys.modules[mname[:len(mname) - cut]]
        if hasattr(module, '__path__'):
            return _handle_fromlist(module, fromlist)
        return module

    # ------------------------------------------------------------ VM helpers
    def import_from(module, name):
        try:
            return getattr(module, name)
        except AttributeError:
            pass
        pkgname = None
        try:
            pkgname = module.__name__
            if not isinstance(pkgname, str):
                pkgname = None
        except AttributeError:
            pkgname = None
        if pkgname is not None:
            m = sys.modules.get(pkgname + '.' + name)
            if m is not None:
                return m
        shown = pkgname if pkgname is not None else '<unknown module name>'
        path = None
        if isinstance(module, module_type):
            path = module.__dict__.get('__file__')
        if not isinstance(path, str):
            raise ImportError('cannot import name %r from %r (unknown location)'
                              % (name, shown), name=pkgname)
        spec = getattr(module, '__spec__', None)
        if getattr(spec, '_initializing', False):
            msg = ('cannot import name %r from partially initialized module %r '
                   '(most likely due to a circular import) (%s)'
                   % (name, shown, path))
        else:
            msg = 'cannot import name %r from %r (%s)' % (name, shown, path)
        raise ImportError(msg, name=pkgname, path=path)

    def import_star(module, ns):
        try:
            names = module.__all__
            from_all = True
        except AttributeError:
            names = [k for k in module.__dict__ if not k.startswith('_')]
            from_all = False
        for n in names:
            if not isinstance(n, str):
                if from_all:
                    where = module.__name__ + '.__all__'
                else:
                    where = module.__name__ + '.__dict__'
                raise TypeError('Item in %s must be str, not %s'
                                % (where, type(n).__name__))
            ns[n] = getattr(module, n)

    def import_module(name, package=None):
        level = 0
        if name.startswith('.'):
            if not package:
                raise TypeError("the 'package' argument is required to "
                                "perform a relative import for %r" % (name,))
            while level < len(name) and name[level] == '.':
                level += 1
        return _gcd_import(name[level:], package, level)

    def find_spec(name, package=None):
        if name.startswith('.'):
            full = resolve_name(name, package)
        else:
            full = name
        mods = sys.modules
        if full not in mods:
            parent = full.rpartition('.')[0]
            if parent:
                pm = __import__(parent, None, None, ['__path__'])
                try:
                    ppath = pm.__path__
                except AttributeError:
                    raise ModuleNotFoundError(
                        '__path__ attribute not found on %r while trying to '
                        'find %r' % (parent, full), name=full) from None
            else:
                ppath = None
            return _find_spec(full, ppath)
        m = mods[full]
        if m is None:
            return None
        spec = getattr(m, '__spec__', None)
        if spec is None:
            raise ValueError('%s.__spec__ is None' % (full,))
        return spec

    def resolve_name(name, package):
        if not name.startswith('.'):
            return name
        if not package:
            raise ImportError('no package specified for %r (required for '
                              'relative module names)' % (name,))
        level = 0
        for ch in name:
            if ch != '.':
                break
            level += 1
        return _resolve_name(name[level:], package, level)

    def reload(module):
        name = getattr(module, '__name__', None)
        if not isinstance(name, str):
            raise TypeError('reload() argument must be a module')
        if sys.modules.get(name) is not module:
            raise ImportError('module %s not in sys.modules' % (name,),
                              name=name)
        parent = name.rpartition('.')[0]
        path = None
        if parent:
            path = sys.modules[parent].__path__
        spec = _find_spec(name, path, module)
        if spec is None:
            raise ModuleNotFoundError(_ERR_MSG % (name,), name=name)
        _init_module_attrs(spec, module)
        if spec.loader is not None:
            spec.loader.exec_module(module)
        return sys.modules[name]

    def _main_spec(name):
        spec = find_spec(name)
        if spec is None:
            raise ModuleNotFoundError(_ERR_MSG % (name,), name=name)
        if spec.submodule_search_locations is not None:
            if name == '__main__' or name.endswith('.__main__'):
                raise ImportError('Cannot use package as __main__ module')
            return _main_spec(name + '.__main__')
        if spec.loader is None:
            raise ImportError('%r is a namespace package and cannot be '
                              'executed' % (name,))
        return spec

    def _new_main(spec):
        main = module_type('__main__')
        _init_module_attrs(spec, main)
        main.__name__ = '__main__'
        main.__dict__['__builtins__'] = builtins
        return main

    def main_code(name):
        """``pyx -m name``: the code of module ``name`` (of ``name.__main__``
        for a package) and the namespace of a new ``__main__`` module, now
        in sys.modules, for the host to run it in."""
        spec = _main_spec(name)
        main = _new_main(spec)
        code = spec.loader.get_code(spec.name)
        sys.modules['__main__'] = main
        return code, main.__dict__

    def run_module(name):
        """Execute module ``name`` as ``__main__``; return its namespace."""
        spec = _main_spec(name)
        main = _new_main(spec)
        d = main.__dict__
        old = sys.modules.get('__main__')
        sys.modules['__main__'] = main
        try:
            spec.loader.exec_module(main)
        except BaseException:
            if old is not None:
                sys.modules['__main__'] = old
            raise
        return d

    # ------------------------------------------------------------ wiring
    meta_path.append(NativeModuleFinder)
    meta_path.append(SourceFinder)
    sys.modules = modules
    sys.meta_path = meta_path
    sys.builtin_module_names = tuple(sorted(allowed))
    sys.allow_native = allow_native
    modules['sys'] = sys
    if builtins_module is not None:
        modules['builtins'] = builtins_module
    builtins['__import__'] = __import__

    def _mk(name, **attrs):
        m = module_type(name)
        for k, v in attrs.items():
            setattr(m, k, v)
        spec = ModuleSpec(name, None, origin='built-in')
        m.__spec__ = spec
        m.__loader__ = None
        m.__package__ = name.rpartition('.')[0]
        return m

    machinery = _mk('importlib.machinery', ModuleSpec=ModuleSpec,
                    SourceLoader=SourceLoader,
                    NativeModuleFinder=NativeModuleFinder,
                    BuiltinImporter=NativeModuleFinder,
                    SourceFinder=SourceFinder, PathFinder=SourceFinder,
                    SOURCE_SUFFIXES=['.py'], BYTECODE_SUFFIXES=[],
                    EXTENSION_SUFFIXES=[])

    def spec_from_loader(name, loader, *, origin=None, is_package=None):
        if is_package is None and hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        return ModuleSpec(name, loader, origin=origin, is_package=is_package)

    util = _mk('importlib.util', find_spec=find_spec,
               module_from_spec=module_from_spec, resolve_name=resolve_name,
               spec_from_loader=spec_from_loader)

    def invalidate_caches():
        for f in sys.meta_path:
            inv = getattr(f, 'invalidate_caches', None)
            if inv is not None:
                inv()

    importlib = _mk('importlib', import_module=import_module, reload=reload,
                    invalidate_caches=invalidate_caches, util=util,
                    machinery=machinery, __import__=__import__)
    importlib.__spec__.submodule_search_locations = []
    importlib.__path__ = []
    modules['importlib'] = importlib
    modules['importlib.util'] = util
    modules['importlib.machinery'] = machinery

    class Importer:
        pass

    imp = Importer()
    imp.__import__ = __import__
    imp.import_from = import_from
    imp.import_star = import_star
    imp.import_module = import_module
    imp.run_module = run_module
    imp.main_code = main_code
    imp.find_spec = find_spec
    imp.module_from_spec = module_from_spec
    return imp
