def handle(eg):
    try:
        raise eg
    except* ValueError as g:
        print("ValueError group:", repr(g.exceptions))
    except* TypeError as g:
        print("TypeError group:", repr(g.exceptions))
handle(ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)]))
handle(ExceptionGroup("only", [TypeError("t")]))
try:
    handle(ExceptionGroup("rest", [ValueError("v"), KeyError("k")]))
except ExceptionGroup as e:
    print("unhandled:", repr(e), e.message)
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", type(g).__name__, repr(g.exceptions), g.message)
try:
    try:
        raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
    except* ValueError as g:
        print("vals:", repr(g))
except ExceptionGroup as rest:
    print("rest:", repr(rest))
