class Req:
    __match_args__ = ("method", "path")
    def __init__(self, method, path, headers=None):
        self.method, self.path, self.headers = method, path, headers or {}
def route(r):
    match r:
        case Req("GET", "/"):
            return "home"
        case Req("GET", path=p) if p.startswith("/static/"):
            return f"static file {p[8:]}"
        case Req(method="POST", path="/login", headers={"auth": token}):
            return f"login with {token}"
        case Req(method=("PUT" | "PATCH") as m, path=p):
            return f"update {p} via {m}"
        case Req(m, p):
            return f"{m} {p} not found"
for r in [Req("GET", "/"), Req("GET", "/static/app.js"), Req("POST", "/login", {"auth": "t0k", "x": 1}), Req("POST", "/login"), Req("PATCH", "/item/1"), Req("DELETE", "/x")]:
    print(route(r))
class NoAttr:
    pass
match NoAttr():
    case NoAttr(missing=1):
        print("impossible")
    case NoAttr():
        print("missing attribute just fails the pattern")
