class Expr:
    pass
class Num(Expr):
    __match_args__ = ("v",)
    def __init__(self, v):
        self.v = v
class BinOp(Expr):
    __match_args__ = ("op", "l", "r")
    def __init__(self, op, l, r):
        self.op, self.l, self.r = op, l, r
def ev(e):
    match e:
        case Num(v):
            return v
        case BinOp("+", l, r):
            return ev(l) + ev(r)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", l, r):
            return ev(l) * ev(r)
        case BinOp(op, _, _):
            raise ValueError(f"unknown op {op}")
def show(e):
    match e:
        case Num(v):
            return str(v)
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"
tree = BinOp("+", Num(2), BinOp("*", Num(3), Num(4)))
print(show(tree), "=", ev(tree))
print(ev(BinOp("*", Num(0), BinOp("/", Num(1), Num(0)))))
try:
    ev(BinOp("/", Num(1), Num(2)))
except ValueError as e:
    print("ValueError:", e)
