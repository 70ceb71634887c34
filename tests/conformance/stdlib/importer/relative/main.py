import app
print(app.engine.__name__)
print(app.core.engine.run())
try:
    import app.core.bad
except ImportError as e:
    print(type(e).__name__, e)
try:
    import app.core.bad2
except ImportError as e:
    print(type(e).__name__, e)
import sys
print("app.core.bad" in sys.modules)
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .x import y
except ImportError as e:
    print(type(e).__name__, e)
g = {"__name__": "app.core.gears", "__package__": "app.core"}
m = __import__("util", g, None, ["helper"], 2)
print(m.__name__)
m = __import__("", g, None, ["gears"], 1)
print(m.__name__, m.gears.G)
m = __import__("core.gears", {"__name__": "app.util", "__package__": "app"}, None, [], 1)
print(m.__name__)
g2 = {"__name__": "app.core", "__path__": ["ignored"]}
print(__import__("gears", g2, None, ["G"], 1).G)
g3 = {"__name__": "app.core.engine"}
print(__import__("util", g3, None, ["NAME"], 2).NAME)
try:
    __import__("x", {"__package__": 5}, None, [], 1)
except TypeError as e:
    print("TypeError", e)
try:
    __import__("")
except ValueError as e:
    print("ValueError", e)
try:
    __import__("x", level=-1)
except ValueError as e:
    print("ValueError", e)
try:
    __import__(5)
except TypeError as e:
    print("TypeError", e)
