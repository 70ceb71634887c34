import sys
print("tool", __name__, sys.argv[1:])
