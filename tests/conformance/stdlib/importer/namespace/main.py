import nsp.part
print(nsp.part.P)
print(hasattr(nsp, "__file__"))
print(list(nsp.__path__))
from nsp.inner import deep
print(deep.D, deep.__file__)
print(nsp.__spec__.origin)
