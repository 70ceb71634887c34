for n in [-5, 0, 5]:
    print("neg" if n < 0 else "zero" if n == 0 else "pos")
x = 1 if True else 1 / 0
y = 1 / 0 if False else "safe"
print(x, y)
f = (lambda v: "even" if v % 2 == 0 else "odd")
print([f(i) for i in range(4)])
print((1 if [] else 2), ("yes" if "0" else "no"), [a if a else "-" for a in [0, 1, "", "x"]])
