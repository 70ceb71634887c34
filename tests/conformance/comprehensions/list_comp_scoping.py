x = "outer"
result = [x for x in range(3)]
print(result, x)
i = 100
squares = [i * i for i in range(4)]
print(squares, i)
def f():
    y = 10
    return [y + k for k in range(3)]
print(f())
funcs = [lambda: k for k in range(3)]
print([g() for g in funcs])
funcs2 = [lambda k=k: k for k in range(3)]
print([g() for g in funcs2])
try:
    print(k)
except NameError as e:
    print("NameError:", e)
