# pydoc's plain-text documentation (render_doc, doc, Helper) of classes,
# functions, methods, modules and data defined here.
import io
import pydoc
import types


class Shape:
    """A shape.

    Second paragraph of the docstring.
    """
    __slots__ = ()
    sides = 0
    names = ['a', 'b']

    def area(self, scale=1, *args, unit: str = 'cm', **kw) -> float:
        """Area of the shape."""
        return 0.0

    @classmethod
    def make(cls, n):
        "Build one."
        return cls()

    @staticmethod
    def helper(x, /, y):
        pass

    @property
    def label(self):
        "The label."
        return 'shape'

    @property
    def size(self):
        return 1

    @size.setter
    def size(self, v):
        pass


class Square(Shape):
    "A square."
    __slots__ = ()
    sides = 4

    def area(self):
        return 1.0

    async def draw(self, canvas):
        pass


def plain(a, b=2, *, c=3) -> int:
    """Add things.

        Indented detail.
    """
    return a + b + c


square = lambda x: x * x

mod = types.ModuleType('geometry', 'Geometry helpers.\n\nMore about them.')
mod.Shape = Shape
mod.Square = Square
mod.plain = plain
mod.LIMIT = 10
mod.text = 'x' * 100
mod._hidden = 1
mod.__version__ = '2.1'
mod.__author__ = 'someone'
Shape.__module__ = Square.__module__ = plain.__module__ = 'geometry'

for thing in [Shape, Square, plain, square, Square().area, Shape.make, mod]:
    print(pydoc.render_doc(thing, renderer=pydoc.plaintext))
    print('=' * 20)

print(pydoc.describe(Shape), '|', pydoc.describe(plain), '|', pydoc.describe(mod),
      '|', pydoc.describe(Square().area), '|', pydoc.describe(3))
print(pydoc.splitdoc('one line\n\nrest\nmore'), pydoc.splitdoc('a\nb'))
print(pydoc.classname(Shape, 'geometry'), pydoc.classname(Shape, '__main__'))
print(pydoc.visiblename('_x'), pydoc.visiblename('__init__'), pydoc.visiblename('__doc__'),
      pydoc.visiblename('x', all=['y']))
print(pydoc.cram('abcdefghijklmnop', 10), pydoc.plain('a\bab\bb'))
print(repr(pydoc.text.bold('hi')))
print(pydoc.locate('io.StringIO') is io.StringIO, pydoc.locate('no_such_module_xyz'))
try:
    pydoc.render_doc('no_such_module_xyz')
except ImportError as e:
    print('ImportError:', e)

out = io.StringIO()
helper = pydoc.Helper(output=out)
helper(Square)
helper('no_such_module_xyz')
print(out.getvalue())
out = io.StringIO()
pydoc.doc(plain, output=out)
print(out.getvalue())
