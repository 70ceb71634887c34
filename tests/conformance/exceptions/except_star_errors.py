srcs = [
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
    "try:\n    pass\nexcept*:\n    pass\n",
    "for x in []:\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
try:
    try:
        raise ValueError("x")
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
