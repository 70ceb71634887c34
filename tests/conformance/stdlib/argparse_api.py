import argparse
import contextlib
import io


def attempt(f, *args, **kw):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            r = f(*args, **kw)
        except SystemExit as e:
            r = "SystemExit(%r)" % (e.code,)
        except Exception as e:
            r = "%s: %s" % (type(e).__name__, e)
    print(r)
    if out.getvalue():
        print("stdout:", out.getvalue(), end="")
    if err.getvalue():
        print("stderr:", err.getvalue(), end="")


ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(a=1, b="x"), "a" in ns, "c" in ns, vars(ns))
print(argparse.Namespace(**{"not valid": 1, "ok": 2}))

p = argparse.ArgumentParser(prog="p", exit_on_error=False)
p.add_argument("--n", type=int)
p.add_argument("pos", choices=["a", "b"])
attempt(p.parse_args, ["--n", "x", "a"])
attempt(p.parse_args, ["c"])
try:
    p.parse_args(["--n", "1", "z"])
except argparse.ArgumentError as e:
    print("ArgumentError", e.argument_name, "|", e.message, "|", e)
print(repr(p))

# errors when declaring arguments
q = argparse.ArgumentParser(prog="q")
attempt(q.add_argument, "x", required=True)
attempt(q.add_argument, "--s", nargs=0)
attempt(q.add_argument, "--s", const=1)
attempt(q.add_argument, "--t", action="bogus")
attempt(q.add_argument, "--u", type="int")
attempt(q.add_argument, "--v", nargs=2, metavar=("A", "B", "C"))
attempt(q.add_argument, "bad", "--x")
attempt(q.add_argument, "-h")
attempt(q.add_argument, "--", dest=None)
g = q.add_mutually_exclusive_group()
attempt(g.add_argument, "--w", required=True)
attempt(q.add_argument, "--file", type=argparse.FileType)

# custom types and ArgumentTypeError
def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError("%r is not even" % s)
    return v
r = argparse.ArgumentParser(prog="r")
r.add_argument("n", type=even)
r.add_argument("--f", type=float, default="2.5")
attempt(r.parse_args, ["4"])
attempt(r.parse_args, ["3"])
attempt(r.parse_args, ["x"])

# defaults
d = argparse.ArgumentParser(prog="d", argument_default=argparse.SUPPRESS)
d.add_argument("--a")
d.add_argument("--b", default=7)
d.set_defaults(c=3, b=8)
attempt(d.parse_args, [])
print(d.get_default("b"), d.get_default("c"), d.get_default("zz"))

# parents and conflict resolution
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--common", default="c")
child = argparse.ArgumentParser(prog="child", parents=[parent], conflict_handler="resolve")
child.add_argument("--common", default="override", help="new")
attempt(child.parse_args, [])
attempt(child.print_help)

# prefix chars and negative numbers
pc = argparse.ArgumentParser(prog="pc", prefix_chars="+-")
pc.add_argument("+x", action="store_true")
pc.add_argument("num", type=int)
attempt(pc.parse_args, ["+x", "-5"])
neg = argparse.ArgumentParser(prog="neg")
neg.add_argument("-1", dest="one", action="store_true")
neg.add_argument("v", nargs="?")
attempt(neg.parse_args, ["-1"])
attempt(neg.parse_args, ["-2"])

# formatters
raw = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawTextHelpFormatter,
                              description="line one\n    indented line\nline three")
raw.add_argument("--opt", help="first\nsecond line")
attempt(raw.print_help)
rawd = argparse.ArgumentParser(prog="rawd", formatter_class=argparse.RawDescriptionHelpFormatter,
                               description="  keep\n  this   spacing", epilog="end   text")
rawd.add_argument("--opt", help="joined   help\ntext")
attempt(rawd.print_help)
mv = argparse.ArgumentParser(prog="mv", formatter_class=argparse.MetavarTypeHelpFormatter)
mv.add_argument("--n", type=int)
mv.add_argument("x", type=float)
attempt(mv.print_help)

# a long program name and many options wrap the usage differently
long = argparse.ArgumentParser(prog="a-very-long-program-name-that-takes-most-of-the-line-width")
for i in range(6):
    long.add_argument("--option-number-%d" % i, metavar="VALUE%d" % i)
long.add_argument("inputs", nargs="+")
attempt(long.print_usage)
custom = argparse.ArgumentParser(prog="c", usage="%(prog)s [options] FILE")
attempt(custom.print_help)
attempt(custom.error, "custom failure")
attempt(custom.exit, 3, "bye\n")
nohelp = argparse.ArgumentParser(prog="nh", add_help=False, allow_abbrev=False)
nohelp.add_argument("--long-name")
attempt(nohelp.parse_args, ["--long", "x"])
attempt(nohelp.parse_known_args, ["--long-name", "v", "extra", "--zz"])
attempt(nohelp.print_help)
attempt(lambda: argparse.ArgumentParser(prog="x", conflict_handler="nope"))
print(argparse.FileType("w"), argparse.FileType("rb", 0, encoding="utf-8"))
sp = argparse.ArgumentParser(prog="sp")
sub = sp.add_subparsers()
sub.add_parser("one")
attempt(sp.add_subparsers)
attempt(sp.parse_args, [])
attempt(sp.parse_args, ["one"])

# intermixed options and positionals
im = argparse.ArgumentParser(prog="im")
im.add_argument("--foo")
im.add_argument("cmd")
im.add_argument("rest", nargs="*", type=int)
attempt(im.parse_args, "doit 1 --foo bar 2 3".split())
attempt(im.parse_intermixed_args, "doit 1 --foo bar 2 3".split())
attempt(im.parse_known_intermixed_args, "doit 1 --foo bar 2 3 --zz".split())
attempt(im.parse_intermixed_args, [])
bad = argparse.ArgumentParser(prog="bad")
bad.add_argument("r", nargs=argparse.REMAINDER)
attempt(bad.parse_intermixed_args, [])
