//! Compiles examples/c/example.c with `cc` against the static library
//! cargo built for this test run, runs it (under valgrind, when installed,
//! which must report no error and no leak), and checks its output.

use std::path::{Path, PathBuf};
use std::process::Command;

fn static_library() -> PathBuf {
    let exe = std::env::current_exe().expect("current exe");
    let deps = exe.parent().expect("deps dir");
    let profile = deps.parent().expect("profile dir");
    for dir in [profile, deps] {
        let p = dir.join("libpyx_capi.a");
        if p.exists() {
            return p;
        }
    }
    panic!("libpyx_capi.a was not built next to {}", exe.display());
}

fn have(tool: &str) -> bool {
    Command::new(tool)
        .arg("--version")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

const EXPECTED: &str = r#"stdout: hello from pyx
eval: [1024,1.5,"café",true]
call: {"x":40,"sum":126,"items":[1,null,"a"]}
traceback ends: ZeroDivisionError: division by zero
exception: kind=1 type=ZeroDivisionError message=division by zero
host error: kind=1 type=BadInput message=add() wants two integers
limit: kind=3 type=steps message=execution step limit exceeded
missing: kind=4 type=HostError message=call('nope'): no function named 'nope' in __main__
interrupted: kind=3 type=interrupted message=interrupted by the host
after: 2
host: add was called 3 times
"#;

#[test]
fn the_c_example_runs_cleanly() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let example = root.join("../../examples/c/example.c");
    let tmp = tempfile::tempdir().expect("tmp");
    let bin = tmp.path().join("example");
    let cc = Command::new("cc")
        .args(["-std=c99", "-Wall", "-Wextra", "-Werror", "-g"])
        .arg(&example)
        .arg("-I")
        .arg(root.join("include"))
        .arg(static_library())
        .args(["-lpthread", "-ldl", "-lm", "-o"])
        .arg(&bin)
        .output()
        .expect("run cc");
    assert!(
        cc.status.success(),
        "cc failed:\n{}",
        String::from_utf8_lossy(&cc.stderr)
    );
    let out = if have("valgrind") {
        Command::new("valgrind")
            .args([
                "--error-exitcode=99",
                "--leak-check=full",
                "--errors-for-leak-kinds=definite,indirect",
                "--show-leak-kinds=definite,indirect",
                "-q",
            ])
            .arg(&bin)
            .output()
            .expect("run valgrind")
    } else {
        Command::new(&bin).output().expect("run the example")
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "the example failed ({:?}):\n{stdout}\n{stderr}",
        out.status
    );
    assert_eq!(stdout, EXPECTED, "stderr:\n{stderr}");
}
