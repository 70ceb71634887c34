import sys
def show(e):
    print(type(e).__name__, "|", e, "|", getattr(e, "name", None))
for stmt in ["import nosuchmod", "import plain.sub", "import pk.nosub",
             "from pk import nosub", "from plain import nothing",
             "import pk.imports_missing", "from pk import imports_missing",
             "import nosuch.deeper", "from nosuch import x",
             "import plain.a.b"]:
    try:
        exec(stmt, {})
    except ImportError as e:
        show(e)
try:
    import broken
except RuntimeError as e:
    print("RuntimeError", e)
print("broken" in sys.modules)
try:
    import broken
except RuntimeError as e:
    print("again", e)
try:
    import pk.badsub
except ValueError as e:
    print("ValueError", e)
import pk
print("pk.badsub" in sys.modules, hasattr(pk, "badsub"))
print("pk.imports_missing" in sys.modules)
try:
    import syntaxbad
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
print("syntaxbad" in sys.modules)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    show(e)
try:
    from blocked import x
except ImportError as e:
    show(e)
sys.modules["pk.blocked"] = None
try:
    from pk import blocked
except ImportError as e:
    show(e)
try:
    from plain import V, W
except ImportError as e:
    show(e)
try:
    __import__("pk", fromlist=[1])
except TypeError as e:
    print("TypeError", e)
