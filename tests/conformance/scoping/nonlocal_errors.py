srcs = [
    "def f():\n    nonlocal x\n",
    "nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "def f(a):\n    global a\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f():\n    def g():\n        nonlocal y\n    y = 1\n",
    "class C:\n    nonlocal q\n",
]
for s in srcs:
    try:
        exec(s)
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
