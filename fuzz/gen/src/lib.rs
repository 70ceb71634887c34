//! A generator of whole Python programs for the pyx fuzzers.
//!
//! One generator serves both modes:
//! - the `run` target (libFuzzer) draws its choices from the fuzzer's bytes
//!   ([`program_from_bytes`]), so mutations of the input steer the program;
//! - the `diff` driver draws them from a seeded PRNG ([`program_from_seed`])
//!   and compares pyx with CPython on the result.
//!
//! Programs are made of statements over the built-ins and the methods of
//! str/bytes/bytearray/list/dict/set/int/float/tuple: format specs and
//! %-formats with huge widths and precisions, slices with huge steps, big
//! ints, deeply nested source (compiled through `eval`, so a SyntaxError
//! or RecursionError stays inside one statement), classes whose dunders
//! call back into themselves, and exceptions. Every statement is wrapped in
//! `try`/`except Exception` printing its number and the exception's type
//! name, so one exception does not end the program. Output is meant to be
//! deterministic under CPython: values are printed through `show`, which
//! sorts sets and shortens long reprs; no ids or str hashes are printed
//! (the diff driver also blanks `at 0x...` addresses).

use std::fmt::Write;

/// Where the generator's choices come from.
enum Source<'a> {
    /// The fuzzer's input; past its end every choice is 0 (the simplest).
    Bytes(&'a [u8], usize),
    /// splitmix64 state.
    Seeded(u64),
}

pub struct Gen<'a> {
    src: Source<'a>,
    /// Allow sizes that only make sense under pyx's caps (10**9 widths,
    /// infinite iterators...). Off for the diff mode, where CPython runs
    /// the same program without caps.
    huge: bool,
    /// Statements left to generate (bounds nested statements too).
    stmts_left: u32,
    label: u32,
    /// Names of the classes the prelude defined.
    classes: Vec<String>,
}

const VARS: usize = 6;

impl<'a> Gen<'a> {
    fn byte(&mut self) -> u8 {
        match &mut self.src {
            Source::Bytes(d, pos) => {
                let b = d.get(*pos).copied().unwrap_or(0);
                *pos += 1;
                b
            }
            Source::Seeded(s) => {
                *s = s.wrapping_add(0x9E37_79B9_7F4A_7C15);
                let mut z = *s;
                z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
                z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
                (z ^ (z >> 31)) as u8
            }
        }
    }

    fn exhausted(&self) -> bool {
        matches!(&self.src, Source::Bytes(d, pos) if *pos >= d.len())
    }

    /// A choice in `0..n`.
    fn pick(&mut self, n: usize) -> usize {
        if n <= 1 {
            return 0;
        }
        if n <= 256 {
            self.byte() as usize % n
        } else {
            (((self.byte() as usize) << 8) | self.byte() as usize) % n
        }
    }

    fn one<'s>(&mut self, xs: &[&'s str]) -> &'s str {
        xs[self.pick(xs.len())]
    }

    /// True one time in `n`.
    fn chance(&mut self, n: usize) -> bool {
        self.pick(n) == 0 && !self.exhausted()
    }

    fn var(&mut self) -> String {
        format!("v{}", self.pick(VARS))
    }

    fn class(&mut self) -> String {
        let i = self.pick(self.classes.len());
        self.classes[i].clone()
    }

    // ----- leaves -----

    fn int_lit(&mut self) -> String {
        const SMALL: &[&str] = &[
            "0", "1", "-1", "2", "3", "7", "10", "255", "256", "-5", "2**31", "2**31-1", "2**32", "2**63",
            "2**63-1", "-2**63", "2**64", "10**18", "10**100", "-10**50", "2**1000", "0x7fffffff", "True",
            "False", "1_000_000", "-0", "0o777", "0b1011",
        ];
        const HUGE: &[&str] = &["2**100000", "10**5000", "7**80000", "-(2**(2**20))", "10**4300", "10**4299"];
        if self.huge && self.chance(12) {
            return self.one(HUGE).to_string();
        }
        self.one(SMALL).to_string()
    }

    fn float_lit(&mut self) -> &'static str {
        self.one(&[
            "0.0", "-0.0", "1.5", "-2.25", "0.1", "1e300", "1e-300", "5e-324", "1.7976931348623157e308",
            "float('inf')", "-float('inf')", "float('nan')", "3.0", "2.5e10", "1e16", "123456.789", "0.5",
            "2.675", "1e22", "-1e-7",
        ])
    }

    fn str_lit(&mut self) -> &'static str {
        self.one(&[
            "''", "'a'", "'abc'", "'Hello World'", "'h\\u00e9llo'", "'\\U0001f600x'", "'a b  c'", "'  pad  '",
            "'x\\ty\\n'", "'{}'", "'%s'", "'%d'", "'10'", "'-3'", "'1_000'", "'0x1f'", "'ab'*3", "'\\u00df'",
            "'\\u0130'", "'\\x00'", "'{0}{1}'", "'\\ufb01'", "'a,b,,c'", "'1e5'", "' 42 '", "'inf'", "'\\u0663'",
            "'\\r\\n\\x0b'", "'aAbB'", "'_x1'", "'%'", "'\\\\'",
        ])
    }

    fn bytes_lit(&mut self) -> &'static str {
        self.one(&[
            "b''", "b'abc'", "b'\\xff\\x00'", "b'a,b,,c'", "b'  x '", "b'%s'", "b'%d %x'", "bytearray(b'xyz')",
            "bytearray()", "b'0'", "b'\\t1\\n'", "bytearray(3)", "b'AbC'",
        ])
    }

    fn container_lit(&mut self) -> String {
        const C: &[&str] = &[
            "[]", "[1, 2, 3]", "[3, 1, 2]", "()", "(1,)", "(1, 'a')", "{}", "{1: 'a', 2: 'b'}", "{'k': 1}",
            "set()", "{1, 2, 3}", "frozenset({4, 5})", "range(10)", "range(-5, 5, 3)", "range(0)", "None",
            "[[1], [2]]", "list(range(20))", "[None] * 4", "{(1, 2): [3]}", "range(-2**63, 2**63, 2**62)",
            "[1.5, -0.0, 2]", "{'a': {'b': {'c': 1}}}", "[1, 'a', b'b', None]", "...", "NotImplemented",
            "slice(1, None, 2)", "(x for x in range(3))", "iter([1, 2])", "zip([1], 'ab')", "dict(a=1, b=2)",
        ];
        if self.huge && self.chance(16) {
            return self.one(&["range(2**64)", "range(10**9)", "itertools_count()"]).to_string();
        }
        self.one(C).to_string()
    }

    /// A width / count / size argument.
    fn size(&mut self) -> String {
        const S: &[&str] = &[
            "0", "1", "3", "10", "-1", "-5", "100", "1000", "10**5", "2**63", "2**64", "-2**63", "2**31", "True",
            "65535", "65536", "2**31-1", "2**32",
        ];
        const H: &[&str] = &["10**9", "2**40", "10**7", "2**62", "10**18", "2**63-1", "2**30"];
        if self.huge && self.chance(5) {
            return self.one(H).to_string();
        }
        self.one(S).to_string()
    }

    fn index(&mut self) -> &'static str {
        self.one(&[
            "0", "1", "-1", "2", "-2", "100", "-100", "2**63", "-2**63-1", "2**63-1", "10**20", "True", "None",
            "3", "-2**63", "2**64", "-10**20", "C0(1)",
        ])
    }

    fn slice_part(&mut self) -> String {
        match self.pick(4) {
            0 => String::new(),
            1 => self.index().to_string(),
            _ => self.one(&["0", "1", "-1", "2", "-3", "5", "None"]).to_string(),
        }
    }

    fn step(&mut self) -> &'static str {
        self.one(&[
            "1", "2", "-1", "-2", "0", "2**63", "-2**63", "2**63-1", "-2**63+1", "2**64", "10**30", "-10**30", "3",
            "None", "True",
        ])
    }

    fn format_spec(&mut self) -> String {
        let mut s = String::new();
        if self.chance(4) {
            s.push_str(self.one(&["*", "0", "_", " ", "x", "\u{e9}", "\u{1f600}"]));
            s.push_str(self.one(&["<", ">", "^", "="]));
        } else {
            s.push_str(self.one(&["", "", "<", ">", "^", "="]));
        }
        s.push_str(self.one(&["", "", "+", "-", " "]));
        if self.chance(4) {
            s.push('#');
        }
        if self.chance(4) {
            s.push('0');
        }
        let mut widths = vec!["", "", "1", "5", "20", "100", "1000", "65535", "65536", "70000", "100000"];
        if self.huge {
            widths.extend(["10000000", "2147483647", "2147483648", "9223372036854775807", "99999999999999999999"]);
        } else {
            widths.extend(["9223372036854775808", "99999999999999999999"]);
        }
        s.push_str(self.one(&widths));
        s.push_str(self.one(&["", "", "", ",", "_"]));
        let mut precs = vec!["", "", "", ".0", ".1", ".3", ".10", ".50", ".100", ".70000", ".17"];
        if self.huge {
            precs.extend([".2147483647", ".99999999999999999999", ".1000000", ".4294967296"]);
        } else {
            precs.extend([".99999999999999999999"]);
        }
        s.push_str(self.one(&precs));
        s.push_str(self.one(&[
            "", "", "d", "s", "f", "F", "e", "E", "g", "G", "%", "x", "X", "o", "b", "c", "n", "r", "a",
        ]));
        s
    }

    fn percent_format(&mut self, depth: u32) -> String {
        let bytes = self.chance(4);
        let mut spec = String::from("%");
        let mut args: Vec<String> = Vec::new();
        let n = 1 + self.pick(3);
        for _ in 0..n {
            let mut one = String::new();
            if self.chance(4) {
                one.push_str("(k)");
            }
            for f in ["-", "+", " ", "#", "0"] {
                if self.chance(5) {
                    one.push_str(f);
                }
            }
            match self.pick(4) {
                0 => {
                    one.push('*');
                    args.push(self.size());
                }
                1 => one.push_str(self.one(&["5", "20", "100", "70000", "2147483648", "99999999999999999999"])),
                _ => {}
            }
            match self.pick(4) {
                0 => {
                    one.push_str(".*");
                    args.push(self.size());
                }
                1 => one.push_str(self.one(&[".0", ".3", ".50", ".70000", ".2147483648"])),
                _ => {}
            }
            one.push_str(self.one(&["s", "d", "i", "f", "e", "E", "g", "G", "x", "X", "o", "c", "r", "a", "%", "u", "b", "y"]));
            spec.push_str(&one);
            spec.push(' ');
            args.push(self.expr(depth + 1));
        }
        let lit = if bytes { format!("b'{}'", spec) } else { format!("'{}'", spec) };
        if self.chance(5) {
            format!("{lit} % {{'k': {}}}", self.expr(depth + 1))
        } else if args.len() == 1 && self.chance(2) {
            format!("{lit} % {}", args[0])
        } else {
            format!("{lit} % ({},)", args.join(", "))
        }
    }

    fn leaf(&mut self) -> String {
        match self.pick(9) {
            0 | 1 => self.var(),
            2 => self.int_lit(),
            3 => self.float_lit().to_string(),
            4 => self.str_lit().to_string(),
            5 => self.bytes_lit().to_string(),
            6 => self.container_lit(),
            7 => {
                let c = self.class();
                let a = self.int_lit();
                format!("{c}({a})")
            }
            _ => format!("D0().{}", self.one(&["a", "b", "c"])),
        }
    }

    // ----- expressions -----

    pub fn expr(&mut self, depth: u32) -> String {
        if depth >= 4 || self.exhausted() {
            return self.leaf();
        }
        let d = depth + 1;
        match self.pick(24) {
            0..=4 => self.leaf(),
            5 | 6 => {
                let op = self.one(&["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]);
                format!("({} {op} {})", self.expr(d), self.expr(d))
            }
            7 => {
                let op = self.one(&["-", "+", "~", "not "]);
                format!("({op}{})", self.expr(d))
            }
            8 => {
                let op = self.one(&["==", "!=", "<", "<=", ">", ">=", "in", "not in"]);
                format!("({} {op} {})", self.expr(d), self.expr(d))
            }
            9 | 10 => self.builtin_call(d),
            11..=13 => self.method_call(d),
            14 => format!("({})[{}]", self.expr(d), self.index()),
            15 => {
                let (a, b, c) = (self.slice_part(), self.slice_part(), self.step());
                format!("({})[{a}:{b}:{c}]", self.expr(d))
            }
            16 => self.formatting(d),
            17 => {
                let v = self.one(&["q", "w"]);
                let e = self.expr(d);
                let it = self.expr(d);
                match self.pick(4) {
                    0 => format!("[{e} for {v} in {it}]"),
                    1 => format!("{{{v}: {e} for {v} in {it}}}"),
                    2 => format!("list({e} for {v} in {it} if {v})"),
                    _ => format!("[{v} for {v} in {it} if {e}]"),
                }
            }
            18 => format!("({} if {} else {})", self.expr(d), self.expr(d), self.expr(d)),
            19 => {
                let items: Vec<String> = (0..self.pick(4)).map(|_| self.expr(d)).collect();
                match self.pick(4) {
                    0 => format!("[{}]", items.join(", ")),
                    1 if items.is_empty() => "()".to_string(),
                    1 => format!("({},)", items.join(", ")),
                    2 => format!("{{{}}}", items.iter().map(|i| format!("{i}: {i}")).collect::<Vec<_>>().join(", ")),
                    _ => format!("[*{}, *{}]", self.expr(d), self.expr(d)),
                }
            }
            20 => self.deep_nesting(),
            21 => format!("(lambda q, w=None: {})({})", self.expr(d), self.expr(d)),
            22 => format!("({}).{}", self.expr(d), self.one(&["v", "real", "imag", "__class__.__name__", "a", "start", "stop"])),
            _ => {
                let c = self.class();
                format!("{c}({})", self.expr(d))
            }
        }
    }

    fn builtin_call(&mut self, d: u32) -> String {
        let e = self.expr(d);
        match self.pick(46) {
            0 => format!("len({e})"),
            1 => format!("repr({e})"),
            2 => format!("str({e})"),
            3 => format!("ascii({e})"),
            4 => format!("int({e})"),
            5 => format!("int({e}, {})", self.one(&["0", "2", "10", "16", "36", "37", "1", "-1", "2**64", "C0(8)"])),
            6 => format!("float({e})"),
            7 => format!("bool({e})"),
            8 => format!("abs({e})"),
            9 => format!("divmod({e}, {})", self.expr(d)),
            10 => format!("pow({e}, {})", self.expr(d)),
            11 => format!("pow({e}, {}, {})", self.expr(d), self.expr(d)),
            12 => format!("round({e})"),
            13 => format!("round({e}, {})", self.index()),
            14 => format!("{}({e})", self.one(&["hex", "oct", "bin"])),
            15 => format!("chr({e})"),
            16 => format!("ord({e})"),
            17 => format!("sorted({e})"),
            18 => format!("list({e})"),
            19 => format!("tuple({e})"),
            20 => format!("dict({e})"),
            21 => format!("{}({e})", self.one(&["set", "frozenset"])),
            22 => format!("{}({e})", self.one(&["min", "max", "sum", "any", "all"])),
            23 => format!("{}({e}, {})", self.one(&["min", "max", "sum"]), self.expr(d)),
            24 => format!("list(enumerate({e}, {}))", self.index()),
            25 => format!("list(zip({e}, {}))", self.expr(d)),
            26 => format!("list(reversed({e}))"),
            27 => format!("list(map(str, {e}))"),
            28 => format!("format({e}, '{}')", self.format_spec()),
            29 => format!("{}({e})", self.one(&["bytes", "bytearray"])),
            30 => format!("range({e}, {}, {})", self.expr(d), self.step()),
            31 => format!("next(iter({e}))"),
            32 => format!("(hash({e}) == hash({e}))"),
            33 => format!("callable({e})"),
            34 => format!("complex({e}, {})", self.expr(d)),
            35 => format!("int.from_bytes({e}, '{}')", self.one(&["big", "little", "middle"])),
            36 => format!("{}.join({e})", self.one(&["''", "', '", "b'-'"])),
            37 => format!("getattr({e}, '{}', None)", self.one(&["v", "a", "__len__", "__dict__"])),
            38 => format!("type({e}).__name__"),
            39 => format!("isinstance({e}, {})", self.one(&["int", "str", "(list, tuple)", "C0", "object"])),
            40 => format!("eval(repr({e}))"),
            41 => format!("{}({e})", self.one(&["iter", "vars", "dir", "sum"])),
            42 => format!("sorted({e}, key={}, reverse={})", self.one(&["repr", "len", "str", "lambda q: -q", "id"]), self.one(&["True", "False", "2"])),
            43 => format!("max({e}, default={})", self.expr(d)),
            44 => format!("{}({e}, {})", self.one(&["filter", "map"]), self.expr(d)),
            _ => format!("{}(*{e})", self.one(&["print", "max", "len", "str", "zip"])),
        }
    }

    fn method_call(&mut self, d: u32) -> String {
        // (name, argument kinds): e any expression, W a size, I an index,
        // s a str literal, b a bytes literal, F a format spec, K sort keys.
        const M: &[(&str, &str)] = &[
            ("upper", ""), ("lower", ""), ("title", ""), ("capitalize", ""), ("swapcase", ""), ("casefold", ""),
            ("strip", ""), ("strip", "s"), ("lstrip", "s"), ("rstrip", ""), ("split", ""), ("split", "s"),
            ("split", "sI"), ("rsplit", "sI"), ("splitlines", ""), ("splitlines", "e"), ("join", "e"),
            ("replace", "ss"), ("replace", "ssI"), ("find", "s"), ("rfind", "sII"), ("index", "e"), ("count", "e"),
            ("count", "sII"), ("startswith", "e"), ("endswith", "s"), ("center", "W"), ("center", "Ws"),
            ("ljust", "Ws"), ("rjust", "W"), ("zfill", "W"), ("expandtabs", "W"), ("encode", ""), ("encode", "s"),
            ("partition", "s"), ("rpartition", "e"), ("isdigit", ""), ("isalpha", ""), ("isspace", ""),
            ("isidentifier", ""), ("istitle", ""), ("isnumeric", ""), ("isdecimal", ""), ("isascii", ""),
            ("format", "ee"), ("format_map", "e"), ("removeprefix", "s"), ("removesuffix", "e"), ("translate", "e"),
            ("__mul__", "W"), ("__rmul__", "W"), ("__getitem__", "I"), ("__contains__", "e"), ("__mod__", "e"),
            ("decode", ""), ("decode", "s"), ("hex", ""), ("hex", "sI"), ("fromhex", "s"), ("center", "Wb"),
            ("ljust", "W"), ("split", "b"), ("replace", "bb"), ("count", "b"), ("find", "b"),
            ("append", "e"), ("extend", "e"), ("insert", "Ie"), ("pop", ""), ("pop", "I"), ("remove", "e"),
            ("sort", ""), ("sort", "K"), ("reverse", ""), ("copy", ""), ("clear", ""), ("__imul__", "W"),
            ("__setitem__", "Ie"), ("__delitem__", "I"), ("index", "eII"),
            ("get", "e"), ("get", "ee"), ("pop", "e"), ("setdefault", "ee"), ("update", "e"), ("keys", ""),
            ("items", ""), ("values", ""), ("popitem", ""), ("fromkeys", "e"), ("fromkeys", "ee"),
            ("add", "e"), ("discard", "e"), ("union", "e"), ("intersection", "e"), ("difference", "e"),
            ("symmetric_difference", "e"), ("issubset", "e"), ("issuperset", "e"), ("isdisjoint", "e"),
            ("intersection_update", "e"),
            ("bit_length", ""), ("to_bytes", "Ws"), ("to_bytes", "W"), ("as_integer_ratio", ""), ("conjugate", ""),
            ("__round__", "I"), ("bit_count", ""), ("__pow__", "ee"), ("__format__", "F"), ("is_integer", ""),
            ("__trunc__", ""), ("__floor__", ""), ("__ceil__", ""), ("__divmod__", "e"), ("__lshift__", "W"),
            ("__rshift__", "I"), ("__reduce_ex__", "I"), ("__sizeof__", ""), ("__reversed__", ""),
            ("__iter__", ""), ("__len__", ""), ("__hash__", ""), ("__index__", ""), ("__repr__", ""),
            ("__eq__", "e"), ("__lt__", "e"), ("__add__", "e"), ("__iadd__", "e"), ("__get__", "ee"),
            ("__call__", "e"), ("__bool__", ""), ("__str__", ""), ("__next__", ""),
        ];
        let (name, kinds) = M[self.pick(M.len())];
        let recv = self.expr(d);
        let mut args = Vec::new();
        for k in kinds.chars() {
            args.push(match k {
                'e' => self.expr(d),
                'W' => self.size(),
                'I' => self.index().to_string(),
                's' => self.str_lit().to_string(),
                'b' => self.bytes_lit().to_string(),
                'F' => format!("'{}'", self.format_spec()),
                _ => self.one(&["key=repr", "reverse=True", "key=lambda q: q", "key=len", "key=lambda q: 1/0"]).to_string(),
            });
        }
        if name == "fromhex" && self.chance(2) {
            return format!("{}.fromhex({})", self.one(&["bytes", "float", "bytearray"]), args.join(", "));
        }
        format!("({recv}).{name}({})", args.join(", "))
    }

    fn formatting(&mut self, d: u32) -> String {
        match self.pick(6) {
            0 | 1 => self.percent_format(d),
            2 => {
                let (a, b) = (self.var(), self.var());
                let conv = self.one(&["", "", "!r", "!s", "!a"]);
                if self.chance(3) {
                    format!("f'{{{a}{conv}:{{{b}}}}}'")
                } else {
                    format!("f'{{{a}{conv}:{}}}'", self.format_spec())
                }
            }
            3 => format!("'{{0:{}}}'.format({})", self.format_spec(), self.expr(d)),
            4 => {
                let field = self.one(&["{0[0]}", "{0.v}", "{0!r:>{1}}", "{:{}}", "{0}{0}{0}", "{0[a]}", "{0:{0}}", "{}", "{1}", "{0.__class__}"]);
                format!("'{field}'.format({}, {})", self.expr(d), self.size())
            }
            _ => format!("format({}, '{}')", self.expr(d), self.format_spec()),
        }
    }

    /// Source nested deeper than any normal program, compiled with `eval` so
    /// a SyntaxError or RecursionError stays inside its statement.
    fn deep_nesting(&mut self) -> String {
        let depths: &[usize] = if self.huge { &[10, 50, 99, 150, 300, 1000, 5000] } else { &[10, 30, 50, 90] };
        let n = depths[self.pick(depths.len())];
        let body = match self.pick(9) {
            0 => format!("{}1{}", "(".repeat(n), ")".repeat(n)),
            1 => format!("{}{}", "[".repeat(n), "]".repeat(n)),
            2 => format!("{}1", "-".repeat(n)),
            3 => format!("{}1", "not ".repeat(n)),
            4 => format!("{}-1{}", "abs(".repeat(n), ")".repeat(n)),
            5 => format!("{}1{}", "{'a': ".repeat(n), "}".repeat(n)),
            6 => format!("{}0", "lambda: ".repeat(n)),
            7 => format!("1{}", " + 1".repeat(n)),
            _ => format!("{}1{}", "[".repeat(n), "][0]".repeat(n)),
        };
        format!("eval({body:?})")
    }

    // ----- statements -----

    fn stmt(&mut self, ind: usize, out: &mut String) {
        let pad = " ".repeat(ind);
        let label = self.label;
        self.stmts_left = self.stmts_left.saturating_sub(1);
        match self.pick(20) {
            0..=4 => {
                let e = self.expr(0);
                let _ = writeln!(out, "{pad}print('#{label}', show({e}))");
            }
            5..=7 => {
                let (v, e) = (self.var(), self.expr(0));
                let _ = writeln!(out, "{pad}{v} = {e}");
            }
            8 => {
                let v = self.var();
                let op = self.one(&["+=", "-=", "*=", "//=", "%=", "|=", "&=", "^=", "<<=", "**="]);
                let e = self.expr(1);
                let _ = writeln!(out, "{pad}{v} {op} {e}");
            }
            9 => {
                let (v, it) = (self.var(), self.expr(0));
                let _ = writeln!(out, "{pad}for _, {v} in zip(range(20), {it}):");
                let e = self.expr(1);
                let _ = writeln!(out, "{pad}    print('#{label}', show({e}))");
            }
            10 => {
                let c = self.expr(0);
                let _ = writeln!(out, "{pad}if {c}:");
                self.inner(ind + 4, out);
                let _ = writeln!(out, "{pad}else:");
                self.inner(ind + 4, out);
            }
            11 => {
                let (v, i, e) = (self.var(), self.index(), self.expr(1));
                if self.chance(2) {
                    let (a, b, c) = (self.slice_part(), self.slice_part(), self.step());
                    let _ = writeln!(out, "{pad}{v}[{a}:{b}:{c}] = {e}");
                } else {
                    let _ = writeln!(out, "{pad}{v}[{i}] = {e}");
                }
            }
            12 => {
                let e = self.expr(1);
                let c = self.class();
                let _ = match self.pick(4) {
                    0 => writeln!(out, "{pad}raise {c}({e})"),
                    1 => writeln!(out, "{pad}raise ValueError({e}) from {c}({e})"),
                    2 => writeln!(out, "{pad}assert {e}, {e}"),
                    _ => writeln!(out, "{pad}raise {e}"),
                };
            }
            13 => {
                // A recursive function over a generated expression.
                let e = self.expr(1);
                let a = self.expr(1);
                let _ = writeln!(out, "{pad}def f{label}(q, n=0):");
                let _ = writeln!(out, "{pad}    if n > {}:", self.one(&["3", "10", "50", "2000"]));
                let _ = writeln!(out, "{pad}        return q");
                let _ = writeln!(out, "{pad}    return f{label}({e}, n + 1)");
                let _ = writeln!(out, "{pad}print('#{label}', show(f{label}({a})))");
            }
            14 => {
                let (a, b) = (self.expr(1), self.expr(1));
                let _ = writeln!(out, "{pad}def g{label}():");
                let _ = writeln!(out, "{pad}    yield {a}");
                let _ = writeln!(out, "{pad}    yield from {b}");
                let _ = writeln!(out, "{pad}print('#{label}', show(list(zip(range(20), g{label}()))))");
            }
            15 => {
                let _ = writeln!(out, "{pad}try:");
                self.inner(ind + 4, out);
                let _ = writeln!(out, "{pad}except {} as e{label}:", self.one(&["Exception", "TypeError", "(ValueError, OverflowError)", "C2", "ArithmeticError"]));
                let _ = writeln!(out, "{pad}    print('#{label}', 'caught', type(e{label}).__name__)");
                let _ = writeln!(out, "{pad}    raise");
                let _ = writeln!(out, "{pad}finally:");
                self.inner(ind + 4, out);
            }
            16 => {
                let (v, e) = (self.var(), self.expr(1));
                let _ = writeln!(out, "{pad}del {v}[{e}]");
            }
            17 => {
                let (v, e) = (self.var(), self.expr(0));
                let _ = writeln!(out, "{pad}{v} = [{v}, {e}]");
                let _ = writeln!(out, "{pad}{v}[0] = {v}");
                let _ = writeln!(out, "{pad}print('#{label}', show({v}))");
            }
            18 => {
                let (n, e) = (self.pick(3), self.expr(1));
                let _ = writeln!(out, "{pad}w{label} = 0");
                let _ = writeln!(out, "{pad}while w{label} < {}:", self.one(&["3", "30", "100"]));
                let _ = writeln!(out, "{pad}    w{label} += 1");
                let _ = writeln!(out, "{pad}    v{n} = {e}");
                let _ = writeln!(out, "{pad}print('#{label}', show(v{n}))");
            }
            _ => {
                let e = self.expr(1);
                let _ = writeln!(out, "{pad}with C3({e}) as w{label}:");
                self.inner(ind + 4, out);
            }
        }
    }

    fn inner(&mut self, ind: usize, out: &mut String) {
        if self.stmts_left == 0 || self.exhausted() {
            let _ = writeln!(out, "{}pass", " ".repeat(ind));
            return;
        }
        self.stmt(ind, out);
    }

    // ----- classes -----

    fn dunder(&mut self, cls: &str, out: &mut String) {
        // (signature, bodies); `self`, `o`, `a`, `spec`, `obj`, `t` are the
        // parameters; bodies may call back into the same dunder.
        const D: &[(&str, &[&str])] = &[
            ("__repr__(self)", &["'%s(%r)' % (type(self).__name__, self.v)", "repr(self)", "repr(self.v)", "'K'", "str(self)", "self.v", "repr([self])", "f'{self!r}'", "'%s' % (self,)", "repr(self.v) * 3"]),
            ("__str__(self)", &["str(self)", "'s' + repr(self)", "self.v", "format(self)", "str(self.v)"]),
            ("__eq__(self, o)", &["self.v == o", "self == o", "o == self", "NotImplemented", "isinstance(o, type(self)) and self.v == o.v", "[self] == [o]", "True", "1/0", "{self: 1} == {o: 1}"]),
            ("__hash__(self)", &["hash(self.v)", "hash(self)", "self.v", "2**100", "-1", "'x'", "0", "len(self)", "None", "hash((self.v, 1))"]),
            ("__index__(self)", &["self.v", "int(self)", "self.__index__()", "2**100", "-1", "'3'", "len(self)", "3", "2**63", "operator_index(self)"]),
            ("__len__(self)", &["self.v", "len(self)", "-1", "2**63", "2**100", "'x'", "len([self])", "3", "len(list(self))"]),
            ("__iter__(self)", &["iter([self.v, self])", "iter(self)", "self", "iter(range(self.v % 64))", "iter(list(self))", "None", "(q for q in [1, 2])", "iter(repr(self))"]),
            ("__next__(self)", &["_stop()", "next(self)", "next(iter([]))", "_stop()"]),
            ("__get__(self, obj, t=None)", &["self", "self.v", "obj", "t", "self.__get__(obj, t)", "getattr(obj, 'a', None)", "len(self)", "type(obj).a"]),
            ("__call__(self, *a)", &["self(*a)", "a", "self.v", "self", "list(a)", "repr(self)", "self(self)"]),
            ("__lt__(self, o)", &["self.v < o", "o < self", "self < o", "NotImplemented", "True", "o > self"]),
            ("__add__(self, o)", &["self.v + o", "o + self", "self + o", "type(self)(self)", "NotImplemented"]),
            ("__radd__(self, o)", &["o + self.v", "self + o", "NotImplemented", "o"]),
            ("__bool__(self)", &["bool(self.v)", "bool(self)", "self.v", "1", "not self"]),
            ("__format__(self, spec)", &["format(self.v, spec)", "format(self, spec)", "spec", "self.v", "'%s' % spec", "f'{self:{spec}}'"]),
            ("__contains__(self, o)", &["o in self", "o == self.v", "True", "o in self.v"]),
            ("__getitem__(self, o)", &["self.v[o]", "self[o]", "o", "[self][o]", "self.v"]),
            ("__getattr__(self, o)", &["getattr(self, o)", "o", "self.__dict__[o]", "_raise(AttributeError(o))"]),
            ("__int__(self)", &["int(self)", "self.v", "2**70", "1.5"]),
            ("__float__(self)", &["float(self)", "1.5", "self.v", "2"]),
            ("__enter__(self)", &["self", "self.v", "self.__enter__()"]),
            ("__exit__(self, *a)", &["False", "True", "print('exit', a[0] is None)", "1/0"]),
        ];
        let mut used = [false; 32];
        let n = 2 + self.pick(8);
        for _ in 0..n {
            let i = self.pick(D.len());
            if used[i] {
                continue;
            }
            used[i] = true;
            let (sig, bodies) = D[i];
            let body = bodies[self.pick(bodies.len())];
            if sig.starts_with("__next__") && body == "self.v" && !self.huge {
                continue;
            }
            let _ = writeln!(out, "    def {sig}:\n        return {body}");
        }
        // A context manager class always has both halves.
        if cls == "C3" {
            if !used[20] {
                let _ = writeln!(out, "    def __enter__(self):\n        return self");
            }
            if !used[21] {
                let _ = writeln!(out, "    def __exit__(self, *a):\n        return False");
            }
        }
    }

    fn prelude(&mut self, out: &mut String) {
        out.push_str(PRELUDE);
        for i in 0..4 {
            let name = format!("C{i}");
            let base = match i {
                0 => "object",
                2 => self.one(&["Exception", "ValueError", "C0", "object"]),
                _ => self.one(&["object", "C0", "int", "str", "list", "dict", "tuple", "float", "bytes", "Exception"]),
            };
            let _ = writeln!(out, "class {name}({base}):");
            if matches!(base, "object" | "C0" | "Exception" | "ValueError" | "list" | "dict") {
                let _ = writeln!(out, "    def __init__(self, v=0, *a):\n        self.v = v");
            } else {
                let _ = writeln!(out, "    v = 7");
            }
            self.dunder(&name, out);
            self.classes.push(name);
        }
        // Descriptors: instances of the generated classes as class attributes.
        let _ = writeln!(out, "class D0:\n    a = C0(1)\n    b = C1()\n    c = C2()");
        out.push_str("v0 = 0\nv1 = 'abc'\nv2 = [1, 2, 3]\nv3 = {1: 2}\nv4 = b'xy'\nv5 = 1.5\n");
    }
}

/// Helpers every program starts with. `show` prints a value
/// deterministically: sets sorted by their members' reprs, long reprs cut.
const PRELUDE: &str = r#"def _stop():
    raise StopIteration
def _raise(e):
    raise e
def operator_index(x):
    return [0, 1, 2, 3][x:][0] if False else x.__index__()
def itertools_count():
    n = 0
    while True:
        yield n
        n += 1
def show(x, d=0):
    t = type(x)
    if d > 4:
        r = '...'
    elif t is set or t is frozenset:
        r = t.__name__ + '{' + ', '.join(sorted([show(i, d + 1) for i in x])) + '}'
    elif t is list and len(x) < 50:
        r = '[' + ', '.join([show(i, d + 1) for i in x]) + ']'
    elif t is tuple and len(x) < 50:
        r = '(' + ', '.join([show(i, d + 1) for i in x]) + (',)' if len(x) == 1 else ')')
    elif t is dict and len(x) < 50:
        r = '{' + ', '.join([show(k, d + 1) + ': ' + show(v, d + 1) for k, v in x.items()]) + '}'
    else:
        r = repr(x)
    if len(r) > 300:
        r = r[:150] + '...%d...' % len(r) + r[-150:]
    return r
"#;

fn generate(src: Source<'_>, huge: bool) -> String {
    let mut g = Gen { src, huge, stmts_left: 0, label: 0, classes: Vec::new() };
    let mut out = String::new();
    g.prelude(&mut out);
    let n = 1 + g.pick(if huge { 40 } else { 30 });
    g.stmts_left = n as u32 + 10;
    for i in 0..n {
        if g.exhausted() && i > 0 {
            break;
        }
        g.label = i as u32;
        out.push_str("try:\n");
        g.stmt(4, &mut out);
        let _ = writeln!(out, "except Exception as e:\n    print('#{i}', type(e).__name__)");
        g.stmts_left = g.stmts_left.max(2);
    }
    out.push_str("print('done')\n");
    out
}

/// The program the `run` fuzz target runs for this input (huge sizes on).
pub fn program_from_bytes(data: &[u8]) -> String {
    generate(Source::Bytes(data, 0), true)
}

/// The program number `seed` of the diff mode (sizes CPython can run
/// without caps).
pub fn program_from_seed(seed: u64) -> String {
    generate(Source::Seeded(seed), false)
}

/// A seeded program with huge sizes (for reproducing `run`-style programs
/// outside libFuzzer).
pub fn huge_program_from_seed(seed: u64) -> String {
    generate(Source::Seeded(seed), true)
}
