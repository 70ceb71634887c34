class A:
    def m(self, v):
        return 1 / v

obj = A()
r = obj.m(0)
