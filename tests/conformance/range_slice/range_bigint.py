B = 10**20
r = range(-B, B, 7)
print(r, len(range(B, B+5)), bool(range(B, B)), bool(r))
try: len(r)
except OverflowError as e: print("OE", e)
print(r[0], r[-1], r[5], r[B//7], r[::-1], r[1:3], r[::B], r[B:], r[-B:B:3])
print(B in r, -B in r, -B + 7 in r, -B+1 in r, 3.0 in range(B), r.index(-B+14), r.count(-B), r.count(5))
print(list(reversed(range(B, B+3))), list(range(B, B+3)), list(reversed(range(B+3, B, -1))))
it = iter(range(B, B+10**30)); print(next(it), next(it))
print(range(0, B, B) == range(1), hash(range(0, B, B)) == hash(range(1)), range(B) == range(B), range(B) == range(B+1), hash(range(B)) == hash(range(0, B)))
print(range(B).start, range(B).stop, range(2, B, 3).step, range(-2**63, 2**63))
print(len(range(-2**63, 2**63 - 1, 3)))
try: len(range(-2**63, 2**63 - 1))
except OverflowError as e: print("OE", e)
try: range(B)[B]
except IndexError as e: print("IE", e)
try: range(5)[B]
except IndexError as e: print("IE", e)
try: range(1, B, 0)
except ValueError as e: print("VE", e)
try: r.index(1)
except ValueError as e: print("VE", e)
print(list(reversed(range(0, -10, -2**63))), list(range(0, -10, -2**63)), r[B//10:B//10+3])
print(range(5)[1:B], range(B)["a" if 0 else 3], sum(range(B, B+3)), sorted(range(B+2, B, -1)))
match range(B, B+2):
    case [a, b]: print("m", a, b)
try: range(B)["x"]
except TypeError as e: print("TE", e)
try: range(B)[1:"x"]
except TypeError as e: print("TE", e)
print(range(B)[::-1][:2], max(range(B, B+3)), 5 in range(B))
import copy
print(range(B).__reduce__() if hasattr(range, '__reduce__') else None)
print(copy.copy(range(B)), copy.deepcopy(range(1, B, 5)))
print(range(B) in {range(B)}, list(range(B)[-3:]), range(B).index(B-1), sorted(reversed(range(-B, -B+3))))
print(bool(range(B)), str(range(B, 0, -B)), list(range(B, 0, -B//2)))
import collections.abc as a
print(isinstance(range(B), a.Sequence), type(range(B)) is range, type(iter(range(B))).__name__ in ('range_iterator', 'longrange_iterator'))
print(range(B)[True], range(-B, B)[B], list(zip(range(B), 'ab')), list(enumerate(range(B, B+2))))
print(range(2**63-1, 2**63+1), list(range(2**63-2, 2**63+1)), range(2**63-2, 2**63+1)[1:], len(range(2**63-2, 2**63+1)))
print(list(reversed(range(-2**63, -2**63+2))), -2**63 in range(-2**63, 0, 2**63-1))
