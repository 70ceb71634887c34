# http.cookies: Morsel and SimpleCookie (parse, quote, output, errors).
import pickle
from http import cookies

c = cookies.SimpleCookie()
c.load('chips=ahoy; vienna=finger; keebler="E=mc2; L=\\"Loves\\"; fudge=\\012;"')
print(sorted(c.keys()))
print(c["keebler"].value)
print(repr(c))
print(c.output())
print(c.output(header="Cookie:", sep="|"))

c = cookies.SimpleCookie()
c["name"] = "value with spaces; and \"quotes\""
c["name"]["path"] = "/"
c["name"]["max-age"] = 3600
c["name"]["secure"] = True
c["name"]["httponly"] = False
c["name"]["comment"] = "a comment"
print(c["name"].coded_value)
print(c.output())
print(c["name"].OutputString(["path"]))
print(repr(c["name"]))

c = cookies.SimpleCookie('Customer="WILE_E_COYOTE"; Version=1; Path=/acme; Secure')
m = c["Customer"]
print(m.key, m.value, m["version"], m["path"], m["secure"])

m = cookies.Morsel()
try:
    m["bogus"] = 1
except cookies.CookieError as e:
    print("CookieError", e)
try:
    m.set("path", "v", "v")
except cookies.CookieError as e:
    print("CookieError", e)
try:
    m.set("bad key", "v", "v")
except cookies.CookieError as e:
    print("CookieError", e)
m.set("k", "v", "v")
m2 = m.copy()
print(m == m2, m2.key, m.isReservedKey("Path"), m.isReservedKey("x"))
m2.update({"Domain": "example.com"})
print(m2.output(), m == m2)

# A malformed header changes nothing.
c = cookies.SimpleCookie()
c.load("a=1; path=/; =bad; b")
print(dict(c))
c.load("expires=never")
print(dict(c))

c = cookies.SimpleCookie()
c["x"] = "1"
c["x"]["domain"] = "d"
for proto in range(6):
    c2 = pickle.loads(pickle.dumps(c, proto))
    print(proto, type(c2).__name__, c2.output())

base = cookies.BaseCookie()
base["n"] = 12
print(base["n"].value, repr(base["n"].coded_value))
print(cookies._quote("plain"), cookies._quote("a b"), cookies._unquote('"a\\040b\\"c"'))
