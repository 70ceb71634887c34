sources = [
    "match x:\n    case a:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case a | 1:\n        pass\n",
    "match x:\n    case {**r, 'k': 1}:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case 1 + 1:\n        pass\n",
    "match x:\n    case f(x):\n        pass\n" if False else "match x:\n    case {'k': 1, 'k': 2}:\n        pass\n",
    "match x:\n    case _ | 1:\n        pass\n",
]
for src in sources:
    try:
        compile(src, "<m>", "exec")
        print("compiled ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
