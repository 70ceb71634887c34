# A class or module without annotations of its own gets an empty dict of
# its own on first look, never a base class's (CPython 3.10+).
class A:
    attr: int
class B(A):
    pass
class C(A):
    attr: str
print(A.__annotations__, B.__annotations__, C.__annotations__)
print(B.__annotations__ is B.__dict__['__annotations__'])
import sys
m = type(sys)("m")
print(m.__annotations__, '__annotations__' in m.__dict__)
x: int = 3
print(__annotations__)
