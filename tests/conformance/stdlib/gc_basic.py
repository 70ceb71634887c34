# gc: the interface (values that do not depend on the collector's work),
# a cycle collected, CPython's errors. get_objects/get_referrers are
# deliberately absent in pyx, so not used here.
import gc

print(gc.isenabled(), gc.get_threshold())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
gc.set_threshold(500); print(gc.get_threshold())
gc.set_threshold(100, 5, 6); print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(type(gc.collect()).__name__, type(gc.get_count()).__name__, len(gc.get_count()))
print(gc.collect(0) >= 0, gc.collect(generation=1) >= 0)
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked({}), gc.is_tracked({'a': 1}),
      gc.is_tracked({'a': []}), gc.is_tracked(()), gc.is_tracked(([],)), gc.is_tracked(object()))
print(gc.garbage, gc.callbacks, gc.DEBUG_LEAK, gc.DEBUG_STATS, gc.get_debug())
gc.set_debug(0)
print(gc.get_freeze_count(), gc.freeze(), gc.unfreeze(), gc.is_finalized(1))

class Node:
    pass

a = Node(); b = Node(); a.other = b; b.other = a
del a, b
print(gc.collect() >= 2)

events = []
gc.callbacks.append(lambda phase, info: events.append((phase, info['generation'])))
gc.collect(1)
gc.callbacks.clear()
print(events)

for f, args in [(gc.set_threshold, ()), (gc.set_threshold, (1, 2, 3, 4)), (gc.set_threshold, ('a',)),
                (gc.collect, (3,)), (gc.collect, ('x',)), (gc.collect, (-1,)), (gc.is_tracked, ())]:
    try:
        f(*args)
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
