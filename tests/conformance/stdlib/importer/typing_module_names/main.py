import pickle
import typing
import defs

for name in ['T', 'P', 'Ts', 'UserId', 'Point', 'Movie', 'Pair', 'Color']:
    obj = getattr(defs, name)
    print(name, obj.__module__)

# Pickled by reference: module and name, so they come back as themselves.
for obj in [defs.T, defs.P, defs.Ts, defs.UserId, defs.Point,
            defs.Movie, typing.List[defs.T], typing.Callable[defs.P, int],
            typing.Tuple[typing.Unpack[defs.Ts]]]:
    back = pickle.loads(pickle.dumps(obj))
    print(repr(obj), back == obj, back is obj)

# A TypeVar made inside a function of defs, called from here, belongs to
# defs (the module whose code calls TypeVar).
print(defs.make_var('U').__module__, typing.TypeVar('V').__module__)
