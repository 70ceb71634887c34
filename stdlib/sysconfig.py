"""Build configuration, answered about pyx (never the host): pyx has no C
build, install scheme or configure variables, so lookups find nothing but
the few facts below."""

__all__ = ['get_config_var', 'get_config_vars', 'get_platform', 'get_python_version',
           'get_scheme_names', 'get_path_names', 'is_python_build']

_VARS = {
    'py_version_short': '3.11',
    'py_version': '3.11.0',
    'py_version_nodot': '311',
    'SIZEOF_TIME_T': 8,
    'SIZEOF_LONG': 8,
    'SIZEOF_VOID_P': 8,
    'Py_DEBUG': 0,
    'Py_ENABLE_SHARED': 0,
    'WITH_DOC_STRINGS': 1,
    'EXT_SUFFIX': None,
    'SOABI': None,
    'ABIFLAGS': '',
}


def get_config_vars(*args):
    """A copy of the known variables, or the values of ARGS (None when
    unknown)."""
    if args:
        return [_VARS.get(name) for name in args]
    return dict(_VARS)


def get_config_var(name):
    return _VARS.get(name)


def get_platform():
    return 'pyx'


def get_python_version():
    return '3.11'


def get_scheme_names():
    return ()


def get_path_names():
    return ()


def get_paths(*args, **kwargs):
    return {}


def get_path(name, *args, **kwargs):
    raise KeyError(name)


def is_python_build(check_home=False):
    return False
