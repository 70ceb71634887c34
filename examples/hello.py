# A first program for pyx.
def greet(name: str) -> str:
    return f"hello, {name}!"

for who in ["world", "pyx"]:
    print(greet(who))
