class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, code):
        super().__init__(f"table {table} failed")
        self.table, self.code = table, code
class WithStr(Exception):
    def __str__(self):
        return "custom str"
class NoInitCall(Exception):
    def __init__(self, x):
        self.x = x
for exc in [AppError(), AppError("msg"), AppError("a", 2), DbError("users", 7), WithStr("ignored"), NoInitCall(5)]:
    print(type(exc).__name__, repr(str(exc)), exc.args, repr(exc))
try:
    raise DbError("orders", 9)
except AppError as e:
    print("caught", e, e.table, e.code, isinstance(e, Exception))
class Coded(Exception):
    def __init__(self, code, msg="default"):
        super().__init__(code, msg)
        self.code = code
e = Coded(404)
print(e, e.args, e.code)
print(str(Exception("single")), str(Exception(("tuple",))), str(Exception(1, 2)), repr(Exception("q'uote")))
