//! pyx-text must never touch the OS: no file system, network, processes,
//! environment, clocks or host randomness.

const SOURCES: &[(&str, &str)] = &[
    ("lib.rs", include_str!("../src/lib.rs")),
    ("error.rs", include_str!("../src/error.rs")),
    ("float_repr.rs", include_str!("../src/float_repr.rs")),
    ("format_spec.rs", include_str!("../src/format_spec.rs")),
    ("format_string.rs", include_str!("../src/format_string.rs")),
    ("hash.rs", include_str!("../src/hash.rs")),
    ("int_ops.rs", include_str!("../src/int_ops.rs")),
    ("int_text.rs", include_str!("../src/int_text.rs")),
    ("number_layout.rs", include_str!("../src/number_layout.rs")),
    ("number_parse.rs", include_str!("../src/number_parse.rs")),
    ("printf.rs", include_str!("../src/printf.rs")),
    ("repr.rs", include_str!("../src/repr.rs")),
    ("unicode_db.rs", include_str!("../src/unicode_db.rs")),
    ("str_methods/mod.rs", include_str!("../src/str_methods/mod.rs")),
    ("str_methods/case.rs", include_str!("../src/str_methods/case.rs")),
    ("str_methods/pad.rs", include_str!("../src/str_methods/pad.rs")),
    ("str_methods/predicates.rs", include_str!("../src/str_methods/predicates.rs")),
    ("str_methods/search.rs", include_str!("../src/str_methods/search.rs")),
    ("str_methods/split.rs", include_str!("../src/str_methods/split.rs")),
    ("str_methods/translate.rs", include_str!("../src/str_methods/translate.rs")),
];

const FORBIDDEN: &[&str] = &[
    "std::fs", "std::net", "std::process", "std::env", "std::time", "SystemTime", "Instant", "thread_rng",
    "getrandom", "RandomState", "std::thread",
];

#[test]
fn sources_do_not_reach_the_os() {
    for (name, text) in SOURCES {
        // Doc comments may name what is forbidden; code may not use it.
        for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for bad in FORBIDDEN {
                assert!(!line.contains(bad), "{name} uses {bad}: {line}");
            }
        }
    }
}
