files = ["main.py", "test_main.py", "README.md", "setup.cfg", "notes.txt", ".gitignore"]
print([f for f in files if f.endswith((".py", ".cfg"))])
print([f for f in files if f.startswith(("test_", "."))])
print([f.rsplit(".", 1) for f in files])
print([f.partition(".")[2] for f in files])
print("abc".startswith("b", 1), "abc".startswith("b", 1, 1), "abc".endswith("c", -1), "abc".startswith(("x", "a"), 0, 1))
