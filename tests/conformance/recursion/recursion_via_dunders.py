class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print("repr:", type(e).__name__)
class EqLoop:
    def __eq__(self, other):
        return self == other
try:
    EqLoop() == EqLoop()
except RecursionError as e:
    print("eq:", type(e).__name__)
class HashLoop:
    def __hash__(self):
        return hash(self)
try:
    hash(HashLoop())
except RecursionError as e:
    print("hash:", type(e).__name__)
class GetattrLoop:
    def __getattr__(self, name):
        return self.missing
try:
    GetattrLoop().x
except RecursionError as e:
    print("getattr:", type(e).__name__)
def key(x):
    return key(x)
try:
    sorted([1, 2], key=key)
except RecursionError as e:
    print("sorted key:", type(e).__name__)
print("recovered")
