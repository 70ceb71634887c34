//! `gen [--huge] SEED [COUNT DIR]`: print program SEED, or write programs
//! SEED..SEED+COUNT to DIR/SEED.py (for the diff driver, fuzz/diff.py).
fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let huge = if args.first().map(String::as_str) == Some("--huge") {
        args.remove(0);
        true
    } else {
        false
    };
    let make = |s: u64| if huge { pyx_fuzz_gen::huge_program_from_seed(s) } else { pyx_fuzz_gen::program_from_seed(s) };
    let seed: u64 = args.first().and_then(|s| s.parse().ok()).expect("usage: gen [--huge] SEED [COUNT DIR]");
    match (args.get(1), args.get(2)) {
        (Some(count), Some(dir)) => {
            let count: u64 = count.parse().expect("COUNT");
            std::fs::create_dir_all(dir).expect("DIR");
            for s in seed..seed + count {
                std::fs::write(format!("{dir}/{s}.py"), make(s)).expect("write");
            }
        }
        _ => print!("{}", make(seed)),
    }
}
