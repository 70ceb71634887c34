class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.a
l = Logged()
print(l.a)
print(l.method())
class Fallback:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom missing")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback:{name}"
f = Fallback()
print(f.boom, f.anything)
class Hide:
    secret = 1
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError(name)
        return super().__getattribute__(name)
try:
    Hide().secret
except AttributeError as e:
    print("AttributeError:", e)
print(Hide.secret)
