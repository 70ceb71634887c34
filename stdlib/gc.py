"""The garbage collector interface (pyx; written from the ``gc`` docs).

pyx has one tracing collector per interpreter; ``collect()`` runs it.
Deliberate differences, for the security model:

* no ``get_objects``, ``get_referrers`` or ``get_referents``: they would
  hand out every object of the interpreter (DESIGN: no introspection
  exits);
* ``disable()`` records the wish (``isenabled()`` reports it) but
  automatic collection goes on: the collector is what keeps an
  interpreter within its memory cap;
* thresholds are recorded and reported; the collector schedules itself by
  heap bytes, not by these counts.  ``get_count()`` counts objects made
  since the last ``collect()`` call, in generation 0.
"""

import _pyx_gc

__all__ = ['collect', 'enable', 'disable', 'isenabled', 'get_count',
           'get_threshold', 'set_threshold', 'get_stats', 'is_tracked',
           'is_finalized', 'freeze', 'unfreeze', 'get_freeze_count',
           'garbage', 'callbacks', 'get_debug', 'set_debug']

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL

garbage = []
callbacks = []

_enabled = True
_threshold = (700, 10, 10)
_debug = 0
_collections = 0
_collected = 0
_allocs_at_collect = _pyx_gc.stats()[0]


def _index(x):
    if isinstance(x, float) or not hasattr(type(x), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
    return type(x).__index__(x)


def collect(generation=2):
    """Run the garbage collector; return the number of objects it freed."""
    global _collections, _collected, _allocs_at_collect
    generation = _index(generation)
    if not 0 <= generation <= 2:
        raise ValueError('invalid generation')
    for cb in list(callbacks):
        cb('start', {'generation': generation, 'collected': 0, 'uncollectable': 0})
    n = _pyx_gc.collect()
    _collections += 1
    _collected += n
    _allocs_at_collect = _pyx_gc.stats()[0]
    for cb in list(callbacks):
        cb('stop', {'generation': generation, 'collected': n, 'uncollectable': 0})
    return n


def enable():
    """Enable automatic garbage collection."""
    global _enabled
    _enabled = True


def disable():
    """Disable automatic garbage collection (recorded; see the module doc)."""
    global _enabled
    _enabled = False


def isenabled():
    """Returns true if automatic garbage collection is enabled."""
    return _enabled


def get_count():
    """Return a three-tuple of the current collection counts."""
    return (max(_pyx_gc.stats()[0] - _allocs_at_collect, 0), 0, 0)


def get_threshold():
    """Return the current collection thresholds."""
    return _threshold


def set_threshold(*args):
    """Set the collection thresholds (recorded; see the module doc)."""
    global _threshold
    if not args:
        raise TypeError('set_threshold() takes at least 1 argument (0 given)')
    if len(args) > 3:
        raise TypeError('set_threshold() takes at most 3 arguments (%d given)' % len(args))
    vals = [_index(a) for a in args]
    _threshold = tuple(vals) + _threshold[len(vals):]


def get_stats():
    """Return a list of dictionaries with statistics per generation."""
    return [{'collections': _collections, 'collected': _collected, 'uncollectable': 0},
            {'collections': 0, 'collected': 0, 'uncollectable': 0},
            {'collections': 0, 'collected': 0, 'uncollectable': 0}]


_ATOMIC = (type(None), bool, int, float, complex, str, bytes)


def _tracked(obj):
    if isinstance(obj, _ATOMIC):
        return False
    if type(obj) is tuple:
        return any(_tracked(x) for x in obj)
    if type(obj) is dict:
        return any(_tracked(k) or _tracked(v) for k, v in obj.items())
    if isinstance(obj, (bytearray, range, slice)) or type(obj) is object:
        return False
    return True


def is_tracked(*args):
    """Returns true if the object is tracked by the garbage collector."""
    if len(args) != 1:
        raise TypeError('gc.is_tracked() takes exactly one argument (%d given)' % len(args))
    return _tracked(args[0])


def is_finalized(obj):
    """Returns true if the object has been already finalized by the GC."""
    return False


def freeze():
    """Freeze all current tracked objects (nothing to do in pyx)."""


def unfreeze():
    """Unfreeze all objects in the permanent generation."""


def get_freeze_count():
    """Return the number of objects in the permanent generation."""
    return 0


def get_debug():
    """Get the garbage collection debugging flags."""
    return _debug


def set_debug(flags):
    """Set the garbage collection debugging flags (recorded)."""
    global _debug
    _debug = _index(flags)
