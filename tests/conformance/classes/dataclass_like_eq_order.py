class Version:
    def __init__(self, major, minor, patch=0):
        self.t = (major, minor, patch)
    def __eq__(self, o):
        return isinstance(o, Version) and self.t == o.t
    def __lt__(self, o):
        return self.t < o.t
    def __le__(self, o):
        return self.t <= o.t
    def __hash__(self):
        return hash(self.t)
    def __repr__(self):
        return "v" + ".".join(map(str, self.t))
vs = [Version(1, 2), Version(1, 10), Version(0, 9, 9), Version(1, 2, 1), Version(1, 2)]
print(sorted(vs), max(vs), min(vs), len(set(vs)), Version(1, 2) in vs)
print(Version(1, 0) >= Version(0, 9), Version(1, 0) > Version(1, 0), Version(1, 0) == (1, 0, 0))
