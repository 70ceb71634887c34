//! The uncaught traceback is the program's output too: what the `pyx`
//! command prints of it stays within what `--max-output` has left.

/// The note that replaces what of a traceback did not fit the output cap.
const CLIPPED: &str = "[... traceback cut at the output limit ...]\n";

/// `traceback` within `budget` bytes: all of it when it fits; otherwise a
/// note, the end of the frames (the most recent calls) and the start of the
/// exception's line (its type and the start of its message).
pub fn clip_to_output(traceback: &str, budget: Option<usize>) -> std::borrow::Cow<'_, str> {
    let Some(budget) = budget.filter(|&b| b < traceback.len()) else { return traceback.into() };
    if budget <= CLIPPED.len() + 1 {
        return "".into();
    }
    let room = budget - CLIPPED.len() - 1;
    let body = traceback.trim_end_matches('\n');
    let (frames, last) = match body.rfind('\n') {
        Some(i) => (&body[..=i], &body[i + 1..]),
        None => ("", body),
    };
    let last_keep = floor_boundary(last, last.len().min(room.saturating_sub(frames.len()).max(room / 2)));
    let frames_keep = room - last_keep;
    let frames_from = ceil_boundary(frames, frames.len() - frames.len().min(frames_keep));
    let mut out = String::with_capacity(budget);
    out.push_str(CLIPPED);
    out.push_str(&frames[frames_from..]);
    out.push_str(&last[..last_keep]);
    out.push('\n');
    out.into()
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn tracebacks_are_clipped_to_the_output_left() {
        let t = format!("Traceback (most recent call last):\n  File \"a.py\", line 1, in <module>\nValueError: {}\n", "x\u{e9}".repeat(1000));
        assert_eq!(clip_to_output(&t, None), t);
        assert_eq!(clip_to_output(&t, Some(t.len())), t);
        for budget in [0, 10, 60, 200, 1000, t.len() - 1] {
            let c = clip_to_output(&t, Some(budget));
            assert!(c.len() <= budget, "{budget}: {}", c.len());
            assert!(c.is_empty() || c.starts_with(CLIPPED));
            if budget >= 200 {
                assert!(c.lines().last().unwrap_or("").starts_with("ValueError: x"), "{c}");
            }
        }
    }
}
