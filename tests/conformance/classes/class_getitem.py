class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], Box[3])
print(list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__, list[int] == list[int])
print(list[int]([1, 2]), list[int].__origin__ is list, dict[str, int].__args__ == (str, int))
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
