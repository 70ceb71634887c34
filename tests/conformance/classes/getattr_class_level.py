class Meta(type):
    def __getattr__(cls, name):
        return f"meta-provided {name}"
class C(metaclass=Meta):
    real = 1
print(C.real, C.virtual)
try:
    C().virtual
except AttributeError as e:
    print("AttributeError:", e)
class WithClassGetattr:
    def __getattr__(self, name):
        return name * 2
print(WithClassGetattr().ab)
try:
    WithClassGetattr.ab
except AttributeError as e:
    print("AttributeError:", e)
