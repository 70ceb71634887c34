//! 100 interpreters on several threads, each with its own directory
//! capability and limits: no cross-talk. Plus measurements (ignored test,
//! run with `--ignored --nocapture`).

use std::time::{Duration, Instant};

use pyx::embed::{Access, Data, DirCapability, Error, Interpreter, Limit, Output};

#[test]
fn hundred_interpreters_on_threads_do_not_see_each_other() {
    let threads: Vec<_> = (0..4)
        .map(|t| {
            std::thread::Builder::new()
                .stack_size(64 << 20)
                .spawn(move || {
                    for k in 0..25 {
                        let id = t * 25 + k;
                        let tmp = tempfile::tempdir().expect("tmp");
                        std::fs::write(tmp.path().join("id.txt"), id.to_string()).expect("write");
                        let cap = DirCapability::open_host_dir(tmp.path(), "mine", Access::ReadWrite).expect("cap");
                        let mut i = Interpreter::builder()
                            .stdout(Output::Capture)
                            .max_memory((16 + id as usize) << 20)
                            .max_steps(5_000_000 + id as u64)
                            .allow_open("", cap)
                            .build()
                            .expect("build");
                        let src = format!(
                            "import sys\nsys.modules['shared'] = {id}\nmine = int(open('id.txt').read())\nopen('out.txt', 'w').write(str(mine * 2))\nx = [mine] * 1000\nprint(mine)\n"
                        );
                        i.run(&src, "t.py").expect("run");
                        assert_eq!(i.take_stdout(), format!("{id}\n"));
                        assert_eq!(i.eval::<Data>("sys.modules['shared']").expect("eval"), Data::Int(id as i64));
                        assert_eq!(std::fs::read_to_string(tmp.path().join("out.txt")).expect("out"), (id * 2).to_string());
                        // Each one's own step limit holds.
                        assert_eq!(i.run("while True:\n    pass\n", "loop.py"), Err(Error::Limit(Limit::Steps)));
                        assert_eq!(i.eval::<Data>("mine").expect("still"), Data::Int(id as i64));
                    }
                })
                .expect("spawn")
        })
        .collect();
    for t in threads {
        t.join().expect("thread");
    }
}

fn vm_kb(field: &str) -> u64 {
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    s.lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

#[test]
#[ignore]
fn measurements() {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(|| {
            let base = vm_kb("VmHWM:");
            let bombs = [
                "x = 'a' * 10**10",
                "x = [0] * 10**10",
                "x = 10**10**10",
                "s = 'a'\nwhile True:\n    s = s + s",
                "l = []\nwhile True:\n    l.append([1, 2, 3])",
                "x = list(range(10**10))",
                "x = 'ab'.join(['x' * 1000] * 10**7)",
                "x = bytes(10**10)",
                "x = (1,) * 10**10",
            ];
            for b in bombs {
                let mut i = Interpreter::builder().max_memory(256 << 20).build().expect("build");
                let r = i.run(b, "bomb.py");
                drop(i);
                println!("bomb {:?}: {:?}; peak RSS growth so far {} MB", b.lines().last().unwrap_or(""), r.err(), (vm_kb("VmHWM:") - base) / 1024);
            }
            println!("MEASURE peak RSS growth over all bombs under a 256 MB cap: {} MB", (vm_kb("VmHWM:") - base) / 1024);

            let mut i = Interpreter::builder().max_time(Duration::from_secs(1)).build().expect("build");
            let t = Instant::now();
            let r = i.run("while True:\n    pass\n", "loop.py");
            println!("MEASURE while True under max_time 1s: stopped after {:?} with {:?}", t.elapsed(), r);

            for _ in 0..100 {
                drop(Interpreter::new().expect("build"));
            }
            let rss0 = vm_kb("VmRSS:");
            let t = Instant::now();
            for _ in 0..10_000 {
                let mut i = Interpreter::new().expect("build");
                let _ = i.eval::<Data>("1 + 1");
            }
            let el = t.elapsed();
            println!(
                "MEASURE 10,000 interpreters created, 1+1, dropped: RSS {} KB -> {} KB; {:.1} µs each",
                rss0,
                vm_kb("VmRSS:"),
                el.as_secs_f64() * 1e6 / 10_000.0
            );
            let t = Instant::now();
            for _ in 0..1000 {
                let mut i = Interpreter::builder().no_sys().build().expect("build");
                let _ = i.eval::<Data>("1 + 1");
            }
            println!("MEASURE bare interpreter (no sys) + 1+1: {:.1} µs", t.elapsed().as_secs_f64() * 1e6 / 1000.0);
        })
        .expect("spawn")
        .join()
        .expect("join");
}
