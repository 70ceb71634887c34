# A key's __eq__ that clears or grows the set being searched: the lookup
# must not use a stale slot (pyx once panicked with an index out of bounds
# in `a -= b` when __eq__ cleared `a`).
hook = None


class K:
    def __init__(self, h, name):
        self.h = h
        self.name = name

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        global hook
        if hook is not None:
            f, hook = hook, None
            f()
        return isinstance(other, K) and self.name == other.name

    def __repr__(self):
        return "K(%s)" % self.name


# __eq__ clears the set: the match is dropped, the search finds nothing.
s = {K(1, "a")}
hook = s.clear
s.discard(K(1, "a"))
print("after clear in discard:", len(s))

# __eq__ grows the set (the table is resized): the search restarts.
s = {K(1, "a")}
hook = lambda: s.update(range(100))
s.discard(K(1, "a"))
print("after growth in discard:", len(s), K(1, "a") in s)

# In-place difference whose comparisons clear the left set.
a = {K(7, str(i)) for i in range(5)}
b = {K(7, str(i)) for i in range(5)}
hook = a.clear
try:
    a -= b
    print("isub:", sorted(map(repr, a)))
except RuntimeError as e:
    print("isub RuntimeError", e)

# Membership while __eq__ clears the set.
s = {K(3, "x"), K(3, "y")}
hook = s.clear
print("contains:", K(3, "y") in s, len(s))

# remove() of a key whose comparison cleared the set raises KeyError.
s = {K(5, "q")}
hook = s.clear
try:
    s.remove(K(5, "q"))
    print("removed")
except KeyError as e:
    print("KeyError", e)
