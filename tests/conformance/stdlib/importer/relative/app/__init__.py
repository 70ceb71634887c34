from . import util
from .util import helper
from .core import engine
print("app init:", util.NAME, helper(), engine.run())
