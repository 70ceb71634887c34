"""Abstract syntax trees, written for pyx.

`parse` reads source with pyx's own parser (through the native `_pyx_ast`,
which hands the tree over as the text of CPython's `ast.dump` with
locations) and builds node objects of the classes below: CPython 3.11's
node classes, with the same `_fields`, `_attributes` and optional fields.
`dump`, `literal_eval`, `walk`, `iter_fields`, `iter_child_nodes`,
`NodeVisitor`, `NodeTransformer`, `copy_location`, `fix_missing_locations`,
`increment_lineno`, `get_docstring` and `get_source_segment` behave as
CPython's.

No code object is made from a tree: pyx's `compile()` refuses an AST
object with a TypeError (it compiles source text only).
"""

import _pyx_ast

__all__ = ['AST', 'parse', 'dump', 'literal_eval', 'walk', 'iter_fields', 'iter_child_nodes',
           'NodeVisitor', 'NodeTransformer', 'copy_location', 'fix_missing_locations',
           'increment_lineno', 'get_docstring', 'get_source_segment', 'PyCF_ONLY_AST',
           'PyCF_TYPE_COMMENTS', 'PyCF_ALLOW_TOP_LEVEL_AWAIT']

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST(object):
    """Base of all node classes."""
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        fields = self._fields
        if len(args) > len(fields):
            raise TypeError("%s constructor takes at most %d positional argument%s"
                            % (type(self).__name__, len(fields), "" if len(fields) == 1 else "s"))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields[:len(args)]:
                raise TypeError("%s got multiple values for argument %r" % (type(self).__name__, name))
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


# Node classes, as "Name(Base): field field? ..." where '?' marks an
# optional field (None when absent). The list is CPython 3.11's grammar.
_NODES = """
mod(AST): 
Module(mod): body type_ignores
Interactive(mod): body
Expression(mod): body
FunctionType(mod): argtypes returns
stmt(AST): 
FunctionDef(stmt): name args body decorator_list returns? type_comment?
AsyncFunctionDef(stmt): name args body decorator_list returns? type_comment?
ClassDef(stmt): name bases keywords body decorator_list
Return(stmt): value?
Delete(stmt): targets
Assign(stmt): targets value type_comment?
AugAssign(stmt): target op value
AnnAssign(stmt): target annotation value? simple
For(stmt): target iter body orelse type_comment?
AsyncFor(stmt): target iter body orelse type_comment?
While(stmt): test body orelse
If(stmt): test body orelse
With(stmt): items body type_comment?
AsyncWith(stmt): items body type_comment?
Match(stmt): subject cases
Raise(stmt): exc? cause?
Try(stmt): body handlers orelse finalbody
TryStar(stmt): body handlers orelse finalbody
Assert(stmt): test msg?
Import(stmt): names
ImportFrom(stmt): module? names level?
Global(stmt): names
Nonlocal(stmt): names
Expr(stmt): value
Pass(stmt): 
Break(stmt): 
Continue(stmt): 
expr(AST): 
BoolOp(expr): op values
NamedExpr(expr): target value
BinOp(expr): left op right
UnaryOp(expr): op operand
Lambda(expr): args body
IfExp(expr): test body orelse
Dict(expr): keys values
Set(expr): elts
ListComp(expr): elt generators
SetComp(expr): elt generators
DictComp(expr): key value generators
GeneratorExp(expr): elt generators
Await(expr): value
Yield(expr): value?
YieldFrom(expr): value
Compare(expr): left ops comparators
Call(expr): func args keywords
FormattedValue(expr): value conversion format_spec?
JoinedStr(expr): values
Constant(expr): value kind?
Attribute(expr): value attr ctx
Subscript(expr): value slice ctx
Starred(expr): value ctx
Name(expr): id ctx
List(expr): elts ctx
Tuple(expr): elts ctx
Slice(expr): lower? upper? step?
expr_context(AST): 
Load(expr_context): 
Store(expr_context): 
Del(expr_context): 
boolop(AST): 
And(boolop): 
Or(boolop): 
operator(AST): 
Add(operator): 
Sub(operator): 
Mult(operator): 
MatMult(operator): 
Div(operator): 
Mod(operator): 
Pow(operator): 
LShift(operator): 
RShift(operator): 
BitOr(operator): 
BitXor(operator): 
BitAnd(operator): 
FloorDiv(operator): 
unaryop(AST): 
Invert(unaryop): 
Not(unaryop): 
UAdd(unaryop): 
USub(unaryop): 
cmpop(AST): 
Eq(cmpop): 
NotEq(cmpop): 
Lt(cmpop): 
LtE(cmpop): 
Gt(cmpop): 
GtE(cmpop): 
Is(cmpop): 
IsNot(cmpop): 
In(cmpop): 
NotIn(cmpop): 
comprehension(AST): target iter ifs is_async
excepthandler(AST): 
ExceptHandler(excepthandler): type? name? body
arguments(AST): posonlyargs args vararg? kwonlyargs kw_defaults kwarg? defaults
arg(AST): arg annotation? type_comment?
keyword(AST): arg? value
alias(AST): name asname?
withitem(AST): context_expr optional_vars?
match_case(AST): pattern guard? body
pattern(AST): 
MatchValue(pattern): value
MatchSingleton(pattern): value
MatchSequence(pattern): patterns
MatchMapping(pattern): keys patterns rest?
MatchClass(pattern): cls patterns kwd_attrs kwd_patterns
MatchStar(pattern): name?
MatchAs(pattern): pattern? name?
MatchOr(pattern): patterns
type_ignore(AST): 
TypeIgnore(type_ignore): lineno tag
"""

_LOCATION = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')
_LOCATED = ('stmt', 'expr', 'excepthandler', 'arg', 'keyword', 'alias', 'pattern')


def _make_classes():
    made = {'AST': AST}
    for line in _NODES.strip().splitlines():
        head, _, fields = line.partition(':')
        name, _, base = head.partition('(')
        base = base.rstrip(')')
        fields = fields.split()
        ns = {'__module__': 'ast', '_fields': tuple(f.rstrip('?') for f in fields)}
        for f in fields:
            if f.endswith('?'):
                ns[f[:-1]] = None
        if name in _LOCATED:
            ns['_attributes'] = _LOCATION
            ns['end_lineno'] = None
            ns['end_col_offset'] = None
        made[name] = type(name, (made[base],), ns)
    return made


_CLASSES = _make_classes()
globals().update(_CLASSES)
del _CLASSES['AST']

# Deprecated spellings CPython still accepts (3.8-era names).
Num = Str = Bytes = NameConstant = Constant


class slice(AST):
    """Deprecated base of the old subscript nodes."""


def Index(value):
    return value


class ExtSlice(slice):
    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


class Suite(mod):
    pass


class AugLoad(expr_context):
    pass


class AugStore(expr_context):
    pass


class Param(expr_context):
    pass


def _build(text):
    """Nodes from the text of a dump with locations."""
    ns = dict(_CLASSES)
    ns['__builtins__'] = {}
    ns['inf'] = float('inf')
    ns['nan'] = float('nan')
    ns['Ellipsis'] = ...
    ns['True'] = True
    ns['False'] = False
    ns['None'] = None
    return eval(text, ns)


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False, feature_version=None):
    """Parse SOURCE into a tree of nodes (mode 'exec', 'eval' or 'single')."""
    if isinstance(source, AST):
        return source
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source).decode('utf-8')
    if not isinstance(source, str):
        raise TypeError('compile() arg 1 must be a string, bytes or AST object')
    if mode not in ('exec', 'eval', 'single', 'func_type'):
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    if mode == 'func_type':
        raise ValueError("pyx's ast does not parse function type comments")
    if '\0' in source:
        raise SyntaxError('source code string cannot contain null bytes')
    text = _pyx_ast.dump(source, 'eval' if mode == 'eval' else 'exec', str(filename))
    tree = _build(text)
    if mode == 'eval':
        return Expression(tree)
    if mode == 'single':
        return Interactive(tree.body)
    return tree


_LITERAL_NUMBERS = (int, float, complex)


def _malformed(node):
    where = getattr(node, 'lineno', None)
    text = 'malformed node or string'
    if where:
        text += ' on line %d' % where
    raise ValueError('%s: %r' % (text, node))


def _number(node, signed):
    """The value of a number literal, with one leading + or - if SIGNED."""
    if signed and type(node) is UnaryOp and type(node.op) in (UAdd, USub):
        value = _number(node.operand, False)
        return value if type(node.op) is UAdd else -value
    if type(node) is Constant and type(node.value) in _LITERAL_NUMBERS:
        return node.value
    _malformed(node)


def _literal(node):
    kind = type(node)
    if kind is Constant:
        return node.value
    if kind in (Tuple, List, Set):
        items = [_literal(e) for e in node.elts]
        return tuple(items) if kind is Tuple else (items if kind is List else set(items))
    if kind is Dict:
        if len(node.keys) != len(node.values):
            _malformed(node)
        return {_literal(k): _literal(v) for k, v in zip(node.keys, node.values)}
    if (kind is Call and type(node.func) is Name and node.func.id == 'set'
            and not node.args and not node.keywords):
        return set()
    if kind is BinOp and type(node.op) in (Add, Sub):
        # Only a real number and an imaginary one: 1+2j, -1-2j.
        real = _number(node.left, True)
        imag = _number(node.right, False)
        if type(real) in (int, float) and type(imag) is complex:
            return real + imag if type(node.op) is Add else real - imag
        _malformed(node)
    return _number(node, True)


def literal_eval(node_or_string):
    """The value of a string or node holding only a Python literal: strings,
    bytes, numbers, tuples, lists, dicts, sets, booleans, None, and + or -
    of numbers (complex included)."""
    node = node_or_string
    if isinstance(node, str):
        node = parse(node.lstrip(' \t'), mode='eval')
    if isinstance(node, Expression):
        node = node.body
    return _literal(node)


def _dump(node, annotate, attributes, indent, depth):
    """(text, simple): SIMPLE when the text holds no nested node or list."""
    if isinstance(node, list):
        if not node:
            return '[]', True
        if indent is None:
            opener, joiner = '', ', '
        else:
            opener = '\n' + indent * (depth + 1)
            joiner = ',\n' + indent * (depth + 1)
        parts = [_dump(x, annotate, attributes, indent, depth + 1)[0] for x in node]
        return '[' + opener + joiner.join(parts) + ']', False
    if not isinstance(node, AST):
        return repr(node), True
    cls = type(node)
    parts = []
    simple = True
    named = annotate
    names = list(node._fields)
    if attributes:
        names += list(node._attributes)
    for i, name in enumerate(names):
        is_attribute = i >= len(node._fields)
        if not hasattr(node, name):
            named = named or not is_attribute
            continue
        value = getattr(node, name)
        if value is None and getattr(cls, name, ...) is None:
            # An optional field left at None is not shown.
            named = named or not is_attribute
            continue
        text, leaf = _dump(value, annotate, attributes, indent, depth + 1)
        simple = simple and leaf
        parts.append(name + '=' + text if (named or is_attribute) else text)
    if simple and len(parts) <= 3:
        return '%s(%s)' % (cls.__name__, ', '.join(parts)), not parts
    if indent is None:
        return '%s(%s)' % (cls.__name__, ', '.join(parts)), False
    pad = '\n' + indent * (depth + 1)
    return '%s(%s%s)' % (cls.__name__, pad, (',' + pad).join(parts)), False


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """The text of a tree, as CPython 3.11 writes it."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % type(node).__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    return _dump(node, annotate_fields, include_attributes, indent, 0)[0]


def copy_location(new_node, old_node):
    """Give NEW_NODE the location of OLD_NODE (where both have locations)."""
    for name in _LOCATION:
        if name not in old_node._attributes or name not in new_node._attributes:
            continue
        if not hasattr(old_node, name):
            continue
        value = getattr(old_node, name)
        if value is None and not name.startswith('end_'):
            continue
        setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    """Give each node without a location the location of its parent
    (line 1, column 0 at the top)."""
    todo = [(node, (1, 0, 1, 0))]
    while todo:
        current, inherited = todo.pop()
        here = list(inherited)
        for i, name in enumerate(_LOCATION):
            if name not in current._attributes:
                continue
            value = getattr(current, name, None)
            if value is None:
                setattr(current, name, inherited[i])
            else:
                here[i] = value
        for child in iter_child_nodes(current):
            todo.append((child, tuple(here)))
    return node


def increment_lineno(node, n=1):
    """Move NODE and everything under it N lines down."""
    for child in walk(node):
        if isinstance(child, TypeIgnore) or 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes:
            end = getattr(child, 'end_lineno', 0)
            if end is not None:
                child.end_lineno = end + n
    return node


def iter_fields(node):
    """(name, value) for each field of NODE that is set."""
    for name in node._fields:
        if hasattr(node, name):
            yield name, getattr(node, name)


def iter_child_nodes(node):
    """The nodes directly under NODE: its node fields and the nodes in its
    list fields."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            yield from (x for x in value if isinstance(x, AST))


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % type(node).__name__)
    first = node.body[0] if node.body else None
    if not isinstance(first, Expr):
        return None
    value = first.value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    if clean:
        import inspect
        return inspect.cleandoc(value.value)
    return value.value


def _source_lines(source):
    """SOURCE cut after each \r\n, \r or \n (form feeds stay inside lines),
    each line as UTF-8 bytes (node columns count bytes)."""
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r' or c == '\n':
            if c == '\r' and i + 1 < n and source[i + 1] == '\n':
                i += 1
            lines.append(source[start:i + 1].encode())
            start = i + 1
        i += 1
    if start < n:
        lines.append(source[start:].encode())
    return lines


def get_source_segment(source, node, *, padded=False):
    """The text of SOURCE that NODE was parsed from, or None. With PADDED,
    a node that starts mid-line keeps its column by leading blanks (tabs
    and form feeds kept)."""
    location = [getattr(node, name, None) for name in _LOCATION]
    if None in location:
        return None
    first, col, last, end_col = location
    lines = _source_lines(source)
    first -= 1
    last -= 1
    if first == last:
        return lines[first][col:end_col].decode()
    lead = ''
    if padded:
        lead = ''.join(c if c in '\f\t' else ' ' for c in lines[first][:col].decode())
    pieces = [lead + lines[first][col:].decode()]
    pieces += [line.decode() for line in lines[first + 1:last]]
    pieces.append(lines[last][:end_col].decode())
    return ''.join(pieces)


def walk(node):
    """NODE and every node under it, breadth first."""
    from collections import deque
    todo = deque([node])
    while todo:
        current = todo.popleft()
        todo.extend(iter_child_nodes(current))
        yield current


class NodeVisitor(object):
    """Walks a tree calling visit_<ClassName> for each node, or
    generic_visit when there is none."""

    def visit(self, node):
        return getattr(self, 'visit_' + type(node).__name__, self.generic_visit)(node)

    def generic_visit(self, node):
        for child in iter_child_nodes(node):
            self.visit(child)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement of a node
    (None removes it; a list replaces one item of a list field)."""

    def generic_visit(self, node):
        for name, value in list(iter_fields(node)):
            if isinstance(value, AST):
                replacement = self.visit(value)
                if replacement is None:
                    delattr(node, name)
                else:
                    setattr(node, name, replacement)
            elif isinstance(value, list):
                result = []
                for item in value:
                    if not isinstance(item, AST):
                        result.append(item)
                        continue
                    replacement = self.visit(item)
                    if replacement is None:
                        continue
                    if isinstance(replacement, AST):
                        result.append(replacement)
                    else:
                        result.extend(replacement)
                value[:] = result
        return node
