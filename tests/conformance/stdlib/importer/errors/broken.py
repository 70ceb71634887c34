print("broken starts")
import sys
print("in modules while running:", "broken" in sys.modules)
raise RuntimeError("boom")
