//! The `str` methods that are pure text algorithms, matching CPython 3.11
//! exactly, Unicode included. Indices and lengths are in code points, as in
//! Python; results borrow from the input where they can.

mod case;
mod pad;
mod predicates;
mod search;
mod split;
mod translate;

pub use case::{capitalize, casefold, lower, swapcase, title, upper};
pub use pad::{center, expandtabs, expandtabs_len, ljust, lstrip, rjust, rstrip, strip, zfill};
pub use predicates::{
    isalnum, isalpha, isascii, isdecimal, isdigit, isidentifier, islower, isnumeric, isprintable, isspace,
    istitle, isupper,
};
pub use search::{count, endswith, find, index, replace, rfind, rindex, startswith};
pub use split::{partition, rpartition, rsplit, split, splitlines};
pub use translate::{translate, Translation};

/// Code-point length of `s` (`len(s)`).
pub fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}
