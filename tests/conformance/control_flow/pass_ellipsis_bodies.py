def f():
    pass
def g():
    ...
class C:
    pass
class D:
    """Only a docstring."""
if True:
    pass
for _ in range(2):
    pass
print(f(), g(), C.__name__, D.__doc__)
while False:
    ...
try:
    pass
except Exception:
    pass
print("all empty bodies ok")
