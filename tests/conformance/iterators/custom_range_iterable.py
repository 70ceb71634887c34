class MyRange:
    def __init__(self, start, stop, step=1):
        if step == 0:
            raise ValueError("step must not be zero")
        self.start, self.stop, self.step = start, stop, step
    def __iter__(self):
        i = self.start
        while (self.step > 0 and i < self.stop) or (self.step < 0 and i > self.stop):
            yield i
            i += self.step
    def __len__(self):
        return len(range(self.start, self.stop, self.step))
    def __reversed__(self):
        return reversed(list(self))
    def __contains__(self, x):
        return x in range(self.start, self.stop, self.step)
r = MyRange(0, 10, 3)
print(list(r), len(r), list(reversed(r)), 6 in r, 7 in r, list(MyRange(5, 0, -2)))
try:
    MyRange(0, 1, 0)
except ValueError as e:
    print("ValueError:", e)
