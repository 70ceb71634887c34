//! Link options of the `pyx` binary.

fn main() {
    println!("cargo:rerun-if-env-changed=PYX_NO_PACKED_RELOCS");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    // Pack the executable's relative relocations (DT_RELR, glibc 2.36+ and
    // binutils 2.38+). The
    // 16,500 of them otherwise make a 400 KB `.rela.dyn` that the loader
    // reads at every start: `pyx -c pass` peaks ~300 KB lower with them
    // packed into 5 KB. `PYX_NO_PACKED_RELOCS=1` builds without, for a
    // binary that must run on an older glibc.
    if os == "linux" && env == "gnu" && std::env::var_os("PYX_NO_PACKED_RELOCS").is_none() {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}
