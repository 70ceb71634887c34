import argparse
import contextlib
import io

def build():
    p = argparse.ArgumentParser(prog="tool", description="A tool that does things with files and numbers, described at some length so that it wraps.", epilog="See the manual.")
    p.add_argument("src", help="source file")
    p.add_argument("dst", nargs="?", default="out", help="destination (default %(default)s)")
    p.add_argument("-n", "--count", type=int, default=1, help="how many times")
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("--mode", choices=["fast", "slow"], default="fast", help="mode: %(choices)s")
    p.add_argument("--tag", action="append", help="tags")
    p.add_argument("--flag", action="store_true")
    p.add_argument("--no-x", dest="x", action="store_false")
    p.add_argument("--const", action="store_const", const=42)
    p.add_argument("--pair", nargs=2, metavar=("A", "B"))
    p.add_argument("--many", nargs="+", type=float)
    p.add_argument("--opt", nargs="*")
    p.add_argument("--color", action=argparse.BooleanOptionalAction, default=True, help="colour output")
    g = p.add_mutually_exclusive_group()
    g.add_argument("-q", "--quiet", action="store_true")
    g.add_argument("-l", "--loud", action="store_true")
    grp = p.add_argument_group("extra", "Extra options.")
    grp.add_argument("--level", type=int, choices=range(1, 4), help=argparse.SUPPRESS)
    grp.add_argument("--name", metavar="NAME", required=False, help="a name")
    p.add_argument("--version", action="version", version="%(prog)s 1.0")
    return p

def build_sub():
    p = argparse.ArgumentParser(prog="git")
    p.add_argument("--debug", action="store_true")
    sub = p.add_subparsers(dest="cmd", title="commands", help="sub-command help")
    a = sub.add_parser("add", help="add files", aliases=["a"])
    a.add_argument("files", nargs="+")
    a.add_argument("-f", "--force", action="store_true")
    c = sub.add_parser("commit", help="record changes")
    c.add_argument("-m", "--message", required=True)
    c.add_argument("--amend", action="store_true")
    r = sub.add_parser("rest")
    r.add_argument("args", nargs=argparse.REMAINDER)
    return p

def build_small():
    p = argparse.ArgumentParser(prog="calc", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument("x", type=int)
    p.add_argument("y", type=int, nargs="*", default=[0])
    p.add_argument("-o", "--op", default="add", choices=["add", "mul"])
    p.add_argument("-e", "--extend", action="extend", nargs="+", type=int)
    p.add_argument("-c", action="append_const", const="C", dest="cs")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--a1", action="store_true")
    g.add_argument("--a2", action="store_true")
    return p

def run(builder, argv, what):
    p = builder()
    out, err = io.StringIO(), io.StringIO()
    code = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            if what == "help": p.print_help()
            elif what == "usage": p.print_usage()
            else:
                ns = p.parse_known_args(argv) if what == "known" else p.parse_args(argv)
                print(sorted(vars(ns[0] if what == "known" else ns).items(), key=str), ns[1] if what == "known" else "")
        except SystemExit as e:
            code = e.code
    return out.getvalue(), err.getvalue(), code

cases = [
    (build, [], "help"), (build, [], "usage"), (build_sub, [], "help"), (build_small, [], "help"),
    (build, ["a"], "p"), (build, ["a", "b", "-n", "3", "-vvv", "--mode", "slow"], "p"),
    (build, ["a", "--tag", "x", "--tag=y", "--flag", "--no-x", "--const"], "p"),
    (build, ["a", "--pair", "1", "2", "--many", "1.5", "2", "--opt"], "p"),
    (build, ["a", "--no-color"], "p"), (build, ["a", "--color"], "p"),
    (build, [], "p"), (build, ["a", "-n", "x"], "p"), (build, ["a", "--mode", "zzz"], "p"),
    (build, ["a", "-q", "-l"], "p"), (build, ["a", "--pair", "1"], "p"), (build, ["a", "b", "c"], "p"),
    (build, ["a", "--cou", "5"], "p"), (build, ["a", "--co"], "p"), (build, ["a", "--flag=1"], "p"),
    (build, ["a", "-n5", "-v"], "p"), (build, ["a", "--many"], "p"), (build, ["--", "-a"], "p"),
    (build, ["a", "--version"], "p"), (build, ["-h"], "p"), (build, ["a", "--unknown", "z"], "known"),
    (build, ["a", "--level", "9"], "p"), (build, ["a", "-vq", "x"], "p"),
    (build_sub, ["add", "x", "y", "-f"], "p"), (build_sub, ["a", "x"], "p"), (build_sub, ["--debug", "commit", "-m", "msg"], "p"),
    (build_sub, ["commit"], "p"), (build_sub, ["nope"], "p"), (build_sub, ["rest", "--x", "-y", "z"], "p"),
    (build_sub, ["add", "-h"], "p"), (build_sub, ["commit", "-h"], "p"), (build_sub, [], "p"),
    (build_small, ["1", "2", "3", "--a1"], "p"), (build_small, ["1", "--a2", "-e", "4", "5", "-e", "6", "-c", "-c"], "p"),
    (build_small, ["1"], "p"), (build_small, ["1", "--a1", "--a2"], "p"), (build_small, ["x", "--a1"], "p"),
    (build_small, ["-5", "--a1"], "p"), (build_small, ["1", "-o", "div", "--a1"], "p"),
]

for builder, argv, what in cases:
    out, err, code = run(builder, argv, what)
    print("==", builder.__name__, argv, what, "exit", code)
    print(out, end="")
    if err:
        print("stderr:", err, end="")
