//! Any bytes in, a module or a SyntaxError out: never a panic, a hang or a
//! stack overflow. Bytes go through source decoding first, as `pyx` does.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = pyx_lexer::decode_source(data) else {
        return;
    };
    // Every token stream must end (the lexer stops after its first error).
    for token in pyx_lexer::tokenize(&source) {
        if token.is_err() {
            break;
        }
    }
    let _ = pyx_parser::parse_module(&source);
});
