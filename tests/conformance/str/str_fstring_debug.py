x, y = 3, "hi"
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{x=:>5}")
print(f"{x=!s}")
print(f"{y=}")
print(f"{y=!s}")
print(f"{items[0]=}", f"{len(items)=}", f"{x*2=}", f"{x  *  2=}")
print(f"{x=:#b}", f"{3.5=:.0f}", f"{'a'=}")
print(f"{x}{y}{x}", f"{x!r:^5}|", f"{y!r:^8}|")
