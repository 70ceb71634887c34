# config: max_memory=64M
# expect: ok
# Honest programs whose garbage is made in json's calls back into Python
# (decoder hooks, the encoder's default=): CPython runs it in 28 MB RSS.
# The native json roots what it holds, so each call back's garbage
# is collected before the next, and what it holds survives the collections.
import json
doc = '[' + ', '.join(['{"k": %d, "f": 1.5, "c": NaN}' % i for i in range(20000)]) + ']'
r = json.loads(doc, parse_int=lambda s: len([s] * 200), parse_float=lambda s: [len([s] * 200)],
               parse_constant=lambda c: c * 2, object_hook=lambda d: (len([d] * 200), d)[1])
assert len(r) == 20000 and r[-1] == {'k': 200, 'f': [200], 'c': 'NaNNaN'}, r[-1]
r = json.loads(doc, object_pairs_hook=lambda p: (len([p] * 200), dict(p))[1])
assert r[5] == {'k': 5, 'f': 1.5, 'c': r[5]['c']}
class P:
    def __init__(self, i):
        self.i = i
def default(o):
    junk = [o] * 200
    return {'p': [o.i, str(o.i)]}
s = json.dumps([P(i) for i in range(20000)], default=default)
assert json.loads(s)[19999] == {"p": [19999, "19999"]}
# Objects made by default= and dropped by a later call back stay alive
# while they are being encoded.
held = []
def tricky(o):
    if isinstance(o, P):
        v = [Q(), [Q() for _ in range(3)]]
        held.append(v)
        return v
    held.clear()
    for _ in range(200):
        junk = [0] * 100
    return 'q'
class Q:
    pass
s = json.dumps([P(i) for i in range(300)], default=tricky)
assert s.count('"q"') == 1200, s[:200]
print("done")
