import sys
import app
print("main of", __name__, __package__, sys.argv)
print(app.VERSION, app.core.leaf_name(), app.sub.leaf.core is app.core)
