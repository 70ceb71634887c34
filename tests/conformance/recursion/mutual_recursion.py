def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(400), is_odd(401), is_even(7))
def parse_expr(tokens, i=0):
    val, i = parse_term(tokens, i)
    while i < len(tokens) and tokens[i] in "+-":
        op = tokens[i]
        rhs, i = parse_term(tokens, i + 1)
        val = val + rhs if op == "+" else val - rhs
    return val, i
def parse_term(tokens, i):
    val, i = parse_atom(tokens, i)
    while i < len(tokens) and tokens[i] in "*/":
        op = tokens[i]
        rhs, i = parse_atom(tokens, i + 1)
        val = val * rhs if op == "*" else val // rhs
    return val, i
def parse_atom(tokens, i):
    if tokens[i] == "(":
        val, i = parse_expr(tokens, i + 1)
        return val, i + 1
    return int(tokens[i]), i + 1
expr = "2*(3+4)-(10/(1+1))+" + "(" * 50 + "1" + ")" * 50
print(parse_expr(list(expr.replace("10", "X")).copy() if False else [t for t in expr.replace("10", " 10 ").split(" ") for t in ([t] if t == "10" else list(t)) if t])[0])
