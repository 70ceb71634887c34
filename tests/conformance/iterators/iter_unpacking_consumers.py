class Three:
    def __iter__(self):
        print("iter called")
        yield from (1, 2, 3)
print(list(Three()))
print(tuple(Three()))
a, *b = Three()
print(a, b)
print(max(Three()), min(Three()), sorted(Three(), reverse=True))
print(dict.fromkeys(Three()), set(Three()) == {1, 2, 3})
print(*Three())
print("".join(map(str, Three())))
