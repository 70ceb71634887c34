//! The character loop of `str.translate`; the VM looks each character up
//! in the user's table and says what to do with it.

/// What the translation table says for one character.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Translation {
    /// Not in the table (`LookupError`): keep the character.
    Keep,
    /// Mapped to `None`: delete it.
    Delete,
    /// Mapped to a code point or a string.
    Replace(String),
}

/// `s.translate(table)` where `lookup` consults the table for each
/// character and may fail with the VM's own error.
pub fn translate<E>(s: &str, mut lookup: impl FnMut(char) -> Result<Translation, E>) -> Result<String, E> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match lookup(c)? {
            Translation::Keep => out.push(c),
            Translation::Delete => {}
            Translation::Replace(r) => out.push_str(&r),
        }
    }
    Ok(out)
}
