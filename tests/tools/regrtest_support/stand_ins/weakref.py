def ref(o, cb=None): return lambda: o
def proxy(o, cb=None): return o
WeakSet = set
WeakKeyDictionary = dict
WeakValueDictionary = dict
