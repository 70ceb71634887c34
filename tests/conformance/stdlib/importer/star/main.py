from shapes import *
print(SQUARE, circle.R)
print("triangle" in dir())
from noall import *
print(a, b, "_c" in dir())
import shapes
print(hasattr(shapes, "triangle"))
from shapes import triangle
print(triangle.T, hasattr(shapes, "triangle"))
import shapes.triangle as tri
print(tri is triangle)
