# ast: parse over pyx's parser (every statement and expression kind), dump with and
# without locations, literal_eval, walk, visitors, transformers, locations.
import ast
src = """
import os, sys as s
from . import x
def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:
    '''Doc.'''
    return [i * 2 for i in range(10) if i % 2]
class C(B, metaclass=M):
    x: int = 3
    async def g(self):
        async with a as b:
            await c
try:
    pass
except (E, F) as e:
    raise X from e
finally:
    del y[1:2, ::3]
match p:
    case [1, *rest] | {"k": v, **kw} if v:
        pass
    case Point(x=0) as pt:
        pass
lambda x, *y: (x, *y)
f"a{b!r:>{w}}c"
x = 1 if y else -2.5e3j
while not a < b <= c:
    break
with (open(f) as g, h):
    global q
"""
t = ast.parse(src)
print(ast.dump(t))
print(ast.dump(t, include_attributes=True)[:600])
print(ast.dump(ast.parse("x + 1", mode="eval"), indent=2))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.literal_eval("[1, -2, 3+4j, (5.5, 'a'), {'k': {1, 2}}, b'x', None, True, set()]"))
for bad in ["x", "1 + x", "f()", "-'a'"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print("ValueError", str(e).split(" object at ")[0])
print(sorted(type(n).__name__ for n in ast.walk(ast.parse("a = b + c(d)"))))
print(ast.get_docstring(t.body[2]), repr(ast.get_source_segment(src, t.body[3].body[0])), repr(ast.get_source_segment(src, t.body[3].body[1].body[0], padded=True)))
print([(k, type(v).__name__) for k, v in ast.iter_fields(ast.parse("x").body[0])])
class V(ast.NodeVisitor):
    def visit_Name(self, node):
        print("name", node.id, node.lineno, node.col_offset, node.end_col_offset)
V().visit(ast.parse("a + bb * ccc"))
class T(ast.NodeTransformer):
    def visit_Constant(self, node):
        return ast.copy_location(ast.Constant(node.value * 10), node)
print(ast.dump(T().visit(ast.parse("1 + 2"))))
n = ast.fix_missing_locations(ast.Expression(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))))
print(ast.dump(n, include_attributes=True))
print(ast.Constant(5).kind, ast.Name('x').id, ast.Name._fields, ast.expr._attributes, ast.AST._fields)
try:
    ast.parse("x = = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
print(ast.increment_lineno(ast.parse("x"), 3).body[0].lineno)
print(isinstance(ast.parse("1").body[0].value, ast.expr), issubclass(ast.Add, ast.operator))
