"""Lines of Python source, cached by file name, written for pyx.

pyx code cannot open host files: the only sources are modules loaded
through granted import roots, whose loader hands out their text
(`lazycache` with the module's globals, as tracebacks do), and entries a
program puts into `cache` itself. Anything else reads as no lines."""

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname); or (get_source,) while lazy.
cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    # pyx cannot stat host files: entries stay until cleared.
    pass


def updatecache(filename, module_globals=None):
    entry = cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    if entry is not None and len(entry) == 1:
        get_source = entry[0]
    elif lazycache(filename, module_globals):
        get_source = cache.pop(filename)[0]
    else:
        return []
    try:
        data = get_source()
    except (ImportError, OSError):
        return []
    if data is None:
        return []
    lines = data.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (len(data), None, lines, filename)
    return lines


def lazycache(filename, module_globals):
    """Remember how to get FILENAME's source from its module's loader;
    True when that is possible."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        spec = module_globals.get('__spec__')
        loader = getattr(spec, 'loader', None) if spec is not None else None
        if loader is None:
            loader = module_globals.get('__loader__')
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            cache[filename] = (lambda: get_source(name),)
            return True
    return False
