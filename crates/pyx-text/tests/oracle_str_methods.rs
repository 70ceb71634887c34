//! The pure `str` methods against CPython, plus case mappings and
//! predicates over sampled code points.
mod common;
use common::*;
use pyx_text::repr::repr_str;
use pyx_text::str_methods as m;
use pyx_text::TextResult;

#[derive(Debug)]
enum Arg {
    None,
    Bool(bool),
    Int(i64),
    Str(String),
    Tuple(Vec<String>),
}

fn decode_arg(a: &str) -> Arg {
    match a.split_at(1) {
        ("N", _) => Arg::None,
        ("b", v) => Arg::Bool(v == "1"),
        ("i", v) => Arg::Int(v.parse().unwrap()),
        ("s", v) => Arg::Str(unesc(v)),
        ("T", v) => Arg::Tuple(v.split('\u{1f}').map(unesc).collect()),
        _ => panic!("bad arg {a}"),
    }
}

fn list_repr(items: &[&str]) -> String {
    format!("[{}]", items.iter().map(|s| repr_str(s)).collect::<Vec<_>>().join(", "))
}

fn tuple3(t: (&str, &str, &str)) -> String {
    format!("({}, {}, {})", repr_str(t.0), repr_str(t.1), repr_str(t.2))
}

fn bool_repr(b: bool) -> String {
    (if b { "True" } else { "False" }).to_string()
}

fn out<T>(r: TextResult<T>, f: impl FnOnce(T) -> String) -> String {
    match r {
        Ok(v) => f(v),
        Err(e) => err_text(&e),
    }
}

fn run(method: &str, s: &str, args: &[Arg]) -> String {
    let opt_str = |i: usize| match args.get(i) {
        Some(Arg::Str(v)) => Some(v.as_str()),
        _ => None,
    };
    let int = |i: usize, d: i64| match args.get(i) {
        Some(Arg::Int(v)) => *v,
        _ => d,
    };
    let opt_int = |i: usize| match args.get(i) {
        Some(Arg::Int(v)) => Some(*v),
        _ => None,
    };
    let string = |i: usize| opt_str(i).unwrap_or("").to_string();
    match method {
        "split" => out(m::split(s, opt_str(0), int(1, -1)), |v| list_repr(&v)),
        "rsplit" => out(m::rsplit(s, opt_str(0), int(1, -1)), |v| list_repr(&v)),
        "splitlines" => list_repr(&m::splitlines(s, matches!(args.first(), Some(Arg::Bool(true))))),
        "strip" => repr_str(m::strip(s, opt_str(0))),
        "lstrip" => repr_str(m::lstrip(s, opt_str(0))),
        "rstrip" => repr_str(m::rstrip(s, opt_str(0))),
        "partition" => out(m::partition(s, &string(0)), tuple3),
        "rpartition" => out(m::rpartition(s, &string(0)), tuple3),
        "center" | "ljust" | "rjust" => {
            let fill = string(1);
            let mut cs = fill.chars();
            let (Some(c), None) = (cs.next(), cs.next()) else {
                return "!TypeError: The fill character must be exactly one character long".into();
            };
            let w = int(0, 0);
            repr_str(&match method {
                "center" => m::center(s, w, c),
                "ljust" => m::ljust(s, w, c),
                _ => m::rjust(s, w, c),
            })
        }
        "zfill" => repr_str(&m::zfill(s, int(0, 0))),
        "expandtabs" => repr_str(&m::expandtabs(s, int(0, 8))),
        "find" => m::find(s, &string(0), opt_int(1), opt_int(2)).to_string(),
        "rfind" => m::rfind(s, &string(0), opt_int(1), opt_int(2)).to_string(),
        "index" => out(m::index(s, &string(0), opt_int(1), opt_int(2)), |v| v.to_string()),
        "rindex" => out(m::rindex(s, &string(0), opt_int(1), opt_int(2)), |v| v.to_string()),
        "count" => m::count(s, &string(0), opt_int(1), opt_int(2)).to_string(),
        "replace" => repr_str(&m::replace(s, &string(0), &string(1), int(2, -1))),
        "startswith" | "endswith" => {
            let owned: Vec<String> = match args.first() {
                Some(Arg::Tuple(t)) => t.clone(),
                _ => vec![string(0)],
            };
            let refs: Vec<&str> = owned.iter().map(String::as_str).collect();
            let r = if method == "startswith" {
                m::startswith(s, &refs, opt_int(1), opt_int(2))
            } else {
                m::endswith(s, &refs, opt_int(1), opt_int(2))
            };
            bool_repr(r)
        }
        "upper" => repr_str(&m::upper(s)),
        "lower" => repr_str(&m::lower(s)),
        "casefold" => repr_str(&m::casefold(s)),
        "swapcase" => repr_str(&m::swapcase(s)),
        "capitalize" => repr_str(&m::capitalize(s)),
        "title" => repr_str(&m::title(s)),
        "isalpha" => bool_repr(m::isalpha(s)),
        "isdigit" => bool_repr(m::isdigit(s)),
        "isdecimal" => bool_repr(m::isdecimal(s)),
        "isnumeric" => bool_repr(m::isnumeric(s)),
        "isalnum" => bool_repr(m::isalnum(s)),
        "isspace" => bool_repr(m::isspace(s)),
        "isidentifier" => bool_repr(m::isidentifier(s)),
        "isprintable" => bool_repr(m::isprintable(s)),
        "islower" => bool_repr(m::islower(s)),
        "isupper" => bool_repr(m::isupper(s)),
        "istitle" => bool_repr(m::istitle(s)),
        "isascii" => bool_repr(m::isascii(s)),
        other => panic!("unknown method {other}"),
    }
}

#[test]
fn str_methods_match_cpython() {
    let mut t = Tally::new("str_methods");
    for f in lines(include_str!("oracle/str_methods.txt")) {
        let s = unesc(f[1]);
        let want = unesc(f[2]);
        let args: Vec<Arg> = f[3..].iter().map(|a| decode_arg(a)).collect();
        let got = run(f[0], &s, &args);
        t.check(got == want, || format!("{s:?}.{}({args:?}): got {got} want {want}", f[0]));
    }
    t.finish();
}

#[test]
fn case_mappings_and_predicates_match_cpython() {
    let mut t = Tally::new("str_cases");
    for f in lines(include_str!("oracle/str_cases.txt")) {
        let s = unesc(f[1]);
        let got = [m::upper(&s), m::lower(&s), m::title(&s), m::swapcase(&s), m::capitalize(&s), m::casefold(&s)];
        let preds: String = [
            m::isalpha(&s),
            m::isdigit(&s),
            m::isdecimal(&s),
            m::isnumeric(&s),
            m::isalnum(&s),
            m::isspace(&s),
            m::isidentifier(&s),
            m::isprintable(&s),
            m::islower(&s),
            m::isupper(&s),
            m::istitle(&s),
        ]
        .iter()
        .map(|&b| if b { '1' } else { '0' })
        .collect();
        let want: Vec<String> = f[2..8].iter().map(|x| unesc(x)).collect();
        t.check(got.as_slice() == want.as_slice() && preds == f[8], || {
            format!("{s:?}: got {got:?} {preds} want {want:?} {}", f[8])
        });
    }
    t.finish();
}
