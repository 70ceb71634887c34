"""The pyx_sandbox contract, from Python (runs under pytest or unittest)."""

import asyncio
import os
import tempfile
import threading
import time
import unittest

import pyx_sandbox as pyx


class Basics(unittest.TestCase):
    def test_run_eval_call_set_get(self):
        it = pyx.Interpreter()
        self.assertIsNone(it.run("def f(a, b, key=0):\n    return a + b + key\nx = 5", filename="plugin.py"))
        self.assertEqual(it.eval("1 + 1"), 2)
        self.assertEqual(it.call("f", 2, 3, key=4), 9)
        self.assertEqual(it.get("x"), 5)
        it.set("y", [1, 2])
        self.assertEqual(it.eval("y + [3]"), [1, 2, 3])
        self.assertEqual(it.call("math.sqrt", 9), 3.0)

    def test_plain_data_round_trips(self):
        it = pyx.Interpreter()
        values = [
            None, True, False, 0, -7, 2**200, -(2**70), 1.5, float("inf"), "héllo", b"\x00\xff",
            [1, [2, (3,)]], (1, "a"), {"z": 1, "a": 2, 3: None}, {1, 2, 3}, frozenset({"a"}), {},
        ]
        for v in values:
            it.set("v", v)
            got = it.eval("v")
            self.assertEqual(got, v)
            self.assertIs(type(got), type(v))
        # Dicts keep their order both ways.
        self.assertEqual(list(it.eval("{'z': 1, 'a': 2, 'm': 3}")), ["z", "a", "m"])
        it.set("d", {"z": 1, "a": 2})
        self.assertEqual(it.eval("list(d)"), ["z", "a"])
        # A copy, not a reference.
        lst = [1]
        it.set("l", lst)
        it.run("l.append(2)")
        self.assertEqual(lst, [1])

    def test_only_plain_data_crosses(self):
        it = pyx.Interpreter()
        for bad in [object(), len, lambda: 1, {"k": object()}]:
            with self.assertRaises(TypeError):
                it.set("v", bad)
        cyc = []
        cyc.append(cyc)
        with self.assertRaises(ValueError):
            it.set("v", cyc)
        it.run("class K: pass")
        with self.assertRaises(pyx.Error) as cm:
            it.eval("K")
        self.assertIn("not plain data", str(cm.exception))
        with self.assertRaises(pyx.Error):
            it.call("no_such_function")

    def test_captured_output(self):
        it = pyx.Interpreter()
        it.run("import sys\nprint('out', 1)\nprint('err', file=sys.stderr)")
        self.assertEqual(it.take_stdout(), "out 1\n")
        self.assertEqual(it.take_stderr(), "err\n")
        self.assertEqual(it.take_stdout(), "")


class Errors(unittest.TestCase):
    def test_python_error_carries_text_only(self):
        it = pyx.Interpreter()
        with self.assertRaises(pyx.PythonError) as cm:
            it.run("def g():\n    1/0\ng()", filename="boom.py")
        e = cm.exception
        self.assertIsInstance(e, pyx.Error)
        self.assertIs(pyx.SandboxError, pyx.PythonError)
        self.assertEqual(e.type_name, "ZeroDivisionError")
        self.assertEqual(e.message, "division by zero")
        self.assertIn('File "boom.py", line 2, in g', e.traceback)
        self.assertEqual(str(e), "ZeroDivisionError: division by zero")

    def test_limits(self):
        cases = [
            (dict(max_time=0.2), "while True:\n    pass", "time"),
            (dict(max_steps=10_000), "while True:\n    pass", "steps"),
            (dict(max_memory=8 << 20), "x = []\nwhile True:\n    x.append('a' * 1000)", "memory"),
            (dict(max_output=1000), "while True:\n    print('x' * 100)", "output"),
        ]
        for kwargs, code, limit in cases:
            it = pyx.Interpreter(**kwargs)
            with self.assertRaises(pyx.LimitExceeded) as cm:
                it.run(code)
            self.assertEqual(cm.exception.limit, limit)
            # Python code cannot catch it, and the interpreter stays usable.
            self.assertEqual(it.eval("2 + 2"), 4)
        it = pyx.Interpreter(max_steps=10_000)
        with self.assertRaises(pyx.LimitExceeded):
            it.run("try:\n    while True:\n        pass\nexcept BaseException:\n    pass")

    def test_interrupt_from_another_thread_and_before_a_run(self):
        it = pyx.Interpreter(max_time=30.0)
        t = threading.Timer(0.1, it.interrupt)
        t.start()
        with self.assertRaises(pyx.LimitExceeded) as cm:
            it.run("while True:\n    pass")
        t.join()
        self.assertEqual(cm.exception.limit, "interrupted")
        it.interrupt()
        with self.assertRaises(pyx.LimitExceeded):
            it.eval("1")
        self.assertEqual(it.eval("1"), 1)


class HostFunctions(unittest.TestCase):
    def test_functions_and_modules(self):
        calls = []

        def record(*args, **kwargs):
            calls.append((args, kwargs))
            return len(calls)

        it = pyx.Interpreter(
            functions={"double": lambda x: 2 * x, "record": record},
            modules={"store": {"get": lambda k: {"a": 1}.get(k), "VERSION": "1.0"}},
        )
        self.assertEqual(it.eval("double(21)"), 42)
        self.assertEqual(it.eval("record(1, [2], k='v')"), 1)
        self.assertEqual(calls, [((1, [2]), {"k": "v"})])
        it.run("import store\nv = (store.get('a'), store.VERSION)")
        self.assertEqual(it.get("v"), (1, "1.0"))
        # Host functions show no host object.
        self.assertEqual(it.eval("type(double).__name__"), "builtin_function_or_method")
        self.assertEqual(it.eval("hasattr(double, '__closure__')"), False)

    def test_host_exceptions_enter_by_type_name(self):
        class QuotaError(Exception):
            pass

        def charge(n):
            if n > 10:
                raise QuotaError(f"{n} is over quota")
            if n < 0:
                raise KeyError("negative")
            return n

        it = pyx.Interpreter(functions={"charge": charge, "leak": lambda: object()})
        it.run(
            "try:\n    charge(11)\nexcept Exception as e:\n    r = (type(e).__name__, str(e))\n"
            "try:\n    charge(-1)\nexcept KeyError as e:\n    k = str(e)\n"
        )
        self.assertEqual(it.get("r"), ("QuotaError", "11 is over quota"))
        self.assertEqual(it.get("k"), "'negative'")
        with self.assertRaises(pyx.PythonError) as cm:
            it.eval("charge(100)")
        self.assertEqual(cm.exception.type_name, "QuotaError")
        with self.assertRaises(pyx.PythonError) as cm:
            it.eval("leak()")
        self.assertEqual(cm.exception.type_name, "TypeError")

    def test_a_host_function_cannot_reenter_its_interpreter(self):
        holder = {}
        it = pyx.Interpreter(functions={"again": lambda: holder["it"].eval("1")})
        holder["it"] = it
        with self.assertRaises(pyx.PythonError) as cm:
            it.eval("again()")
        self.assertEqual(cm.exception.type_name, "RuntimeError")
        self.assertIn("already running", cm.exception.message)


class Grants(unittest.TestCase):
    def test_directories_and_import_paths(self):
        with tempfile.TemporaryDirectory() as d:
            data = os.path.join(d, "data")
            out = os.path.join(d, "out")
            lib = os.path.join(d, "lib")
            for p in (data, out, lib):
                os.mkdir(p)
            with open(os.path.join(data, "in.txt"), "w") as f:
                f.write("hello")
            with open(os.path.join(lib, "helper.py"), "w") as f:
                f.write("def shout(s):\n    return s.upper()\n")
            it = pyx.Interpreter(allow_read=[data], allow_write=[out], import_paths=[lib])
            it.run(
                f"import helper\ntext = helper.shout(open({os.path.join(data, 'in.txt')!r}).read())\n"
                f"open({os.path.join(out, 'o.txt')!r}, 'w').write(text)\n"
            )
            with open(os.path.join(out, "o.txt")) as f:
                self.assertEqual(f.read(), "HELLO")
            with self.assertRaises(pyx.PythonError) as cm:
                it.run(f"open({os.path.join(data, 'x.txt')!r}, 'w')")
            self.assertEqual(cm.exception.type_name, "PermissionError")
            with self.assertRaises(pyx.PythonError) as cm:
                it.run("open('/etc/passwd')")
            self.assertEqual(cm.exception.type_name, "PermissionError")
        # Nothing granted: no open(), no import of host files.
        bare = pyx.Interpreter()
        with self.assertRaises(pyx.PythonError) as cm:
            bare.run("open('x')")
        self.assertEqual(cm.exception.type_name, "NameError")


    def test_network_grants_reach_a_local_server_and_nothing_else(self):
        import socket
        import socketserver

        class Hello(socketserver.StreamRequestHandler):
            def handle(self):
                line = self.rfile.readline()
                while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                    pass
                body = b"hello " + line.split()[1]
                self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))

        with socketserver.ThreadingTCPServer(("127.0.0.1", 0), Hello) as server:
            port = server.server_address[1]
            threading.Thread(target=server.serve_forever, daemon=True).start()
            try:
                it = pyx.Interpreter(allow_net=[f"127.0.0.1:{port}"], max_time=30)
                it.run(
                    "import urllib.request\n"
                    f"body = urllib.request.urlopen('http://127.0.0.1:{port}/net').read()\n"
                )
                self.assertEqual(it.get("body"), b"hello /net")
                # Another port, or the same server by name: not granted.
                for url in (f"http://127.0.0.1:{port + 1}/", f"http://localhost:{port}/"):
                    with self.assertRaises(pyx.PythonError) as cm:
                        it.run(f"import urllib.request\nurllib.request.urlopen({url!r})")
                    self.assertEqual(cm.exception.type_name, "PermissionError")
                    self.assertIn("no network grant", str(cm.exception))
                # A denial wins over the grant.
                denied = pyx.Interpreter(allow_net=["*"], deny_net=[f"127.0.0.1:{port}"])
                with self.assertRaises(pyx.PythonError) as cm:
                    denied.run(f"import socket\nsocket.create_connection(('127.0.0.1', {port}))")
                self.assertEqual(cm.exception.type_name, "PermissionError")
            finally:
                server.shutdown()
        # No grant: no network at all; a bad grant is a ValueError.
        with self.assertRaises(pyx.PythonError) as cm:
            pyx.Interpreter().run("import socket\nsocket.create_connection(('127.0.0.1', 80))")
        self.assertEqual(cm.exception.type_name, "PermissionError")
        with self.assertRaises(ValueError):
            pyx.Interpreter(allow_net=["bad host:x"])


class Threads(unittest.TestCase):
    def test_the_gil_is_released_while_pyx_runs(self):
        it = pyx.Interpreter(max_time=30.0)
        ticks = []
        stop = threading.Event()

        def count():
            while not stop.is_set():
                ticks.append(1)
                time.sleep(0.001)

        t = threading.Thread(target=count)
        t.start()
        try:
            before = len(ticks)
            # A run that takes a while; the other thread must progress.
            it.run("n = 0\nfor i in range(3_000_000):\n    n += i")
            during = len(ticks) - before
        finally:
            stop.set()
            t.join()
        self.assertGreater(during, 0)

    def test_eight_threads_of_a_hundred_interpreters_each_do_not_cross_talk(self):
        errors = []
        barrier = threading.Barrier(8)

        def worker(t):
            try:
                its = [pyx.Interpreter(functions={"me": (lambda k=k: k)}) for k in range(100)]
                barrier.wait()
                for k, it in enumerate(its):
                    it.run(f"import sys\nsys.modules['shared'] = {t * 1000 + k}\nmine = me()")
                for k, it in enumerate(its):
                    got = it.eval("(sys.modules['shared'], mine)")
                    if got != (t * 1000 + k, k):
                        errors.append((t, k, got))
            except Exception as e:  # reported below
                errors.append(repr(e))

        threads = [threading.Thread(target=worker, args=(t,)) for t in range(8)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        self.assertEqual(errors, [])


class Async(unittest.TestCase):
    def test_run_async_and_cancel(self):
        async def main():
            it = pyx.Interpreter(max_time=30.0)
            await it.run_async("x = 21")
            self.assertEqual(await it.eval_async("x * 2"), 42)
            self.assertEqual(await it.call_async("max", 1, 5), 5)
            task = asyncio.ensure_future(it.run_async("while True:\n    pass"))
            await asyncio.sleep(0.1)
            task.cancel()
            with self.assertRaises(asyncio.CancelledError):
                await task
            self.assertEqual(await it.eval_async("1 + 1"), 2)

        asyncio.run(main())


class Stubs(unittest.TestCase):
    def test_the_type_stubs_name_what_the_module_has(self):
        import ast

        path = os.path.join(os.path.dirname(pyx.__file__), "__init__.pyi")
        with open(path) as f:
            tree = ast.parse(f.read())
        self.assertTrue(os.path.exists(os.path.join(os.path.dirname(pyx.__file__), "py.typed")))
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                cls = getattr(pyx, node.name)
                for item in node.body:
                    if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and item.name != "__init__":
                        self.assertTrue(hasattr(cls, item.name), f"{node.name}.{item.name}")
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id != "PlainData":
                self.assertTrue(hasattr(pyx, node.target.id), node.target.id)


if __name__ == "__main__":
    unittest.main()
