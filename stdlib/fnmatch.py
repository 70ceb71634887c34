"""Unix shell-style wildcard matching, as CPython 3.11's `fnmatch`
(written for pyx from CPython's documentation).

Patterns: `*` any run of characters, `?` one character, `[seq]` one
character in seq, `[!seq]` one character not in seq.  `translate`
returns the regular expression used, in CPython's form; the text
between two `*` becomes an atomic group so that matching never
backtracks catastrophically.
"""

import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_compiled = {}
_MAX_CACHED = 32768


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN (case as the OS compares it:
    exactly, on POSIX)."""
    name = posixpath.normcase(name)
    pat = posixpath.normcase(pat)
    return fnmatchcase(name, pat)


def _compile_pattern(pat):
    key = (type(pat), pat)
    match = _compiled.get(key)
    if match is None:
        if isinstance(pat, bytes):
            res = translate(str(pat, "ISO-8859-1"))
            res = bytes(res, "ISO-8859-1")
        else:
            res = translate(pat)
        match = re.compile(res).match
        if len(_compiled) >= _MAX_CACHED:
            _compiled.clear()
        _compiled[key] = match
    return match


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    pat = posixpath.normcase(pat)
    match = _compile_pattern(pat)
    return [name for name in names if match(posixpath.normcase(name))]


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    match = _compile_pattern(pat)
    return match(name) is not None


class _Star:
    """A `*` of the pattern (consecutive ones count once)."""


_STAR = _Star()


def _bracket(pat, start, end):
    """The regex class for the bracket expression pat[start:end] (the text
    between `[` and `]`)."""
    body = pat[start:end]
    if "-" not in body:
        text = body.replace("\\", "\\\\")
    else:
        # Split at the hyphens that make ranges; a hyphen first (after an
        # optional `!`) or last is a literal one.
        pieces = []
        piece_start = start
        search_from = start + 2 if pat[start] == "!" else start + 1
        while True:
            k = pat.find("-", search_from, end)
            if k < 0:
                break
            pieces.append(pat[piece_start:k])
            piece_start = k + 1
            search_from = k + 3
        tail = pat[piece_start:end]
        if tail:
            pieces.append(tail)
        else:
            pieces[-1] += "-"
        # Drop empty ranges (z-a), which a regex would reject.
        k = len(pieces) - 1
        while k > 0:
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
            k -= 1
        text = "-".join(p.replace("\\", "\\\\").replace("-", "\\-") for p in pieces)
    # Set operations of future regex versions must stay literal.
    escaped = []
    for ch in text:
        if ch in "&~|":
            escaped.append("\\")
        escaped.append(ch)
    text = "".join(escaped)
    if not text:
        return "(?!)"
    if text == "!":
        return "."
    if text[0] == "!":
        text = "^" + text[1:]
    elif text[0] in ("^", "["):
        text = "\\" + text
    return "[" + text + "]"


def translate(pat):
    """Translate a shell PATTERN to a regular expression."""
    atoms = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not atoms or atoms[-1] is not _STAR:
                atoms.append(_STAR)
        elif c == "?":
            atoms.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                atoms.append("\\[")
            else:
                atoms.append(_bracket(pat, i, j))
                i = j + 1
        else:
            atoms.append(re.escape(c))

    out = []
    k = 0
    m = len(atoms)
    while k < m and atoms[k] is not _STAR:
        out.append(atoms[k])
        k += 1
    while k < m:
        # atoms[k] is a star; collect the fixed text up to the next one.
        k += 1
        if k == m:
            out.append(".*")
            break
        fixed = []
        while k < m and atoms[k] is not _STAR:
            fixed.append(atoms[k])
            k += 1
        fixed = "".join(fixed)
        if k == m:
            out.append(".*")
            out.append(fixed)
        else:
            # An atomic group: once the fixed text is found, never retry.
            out.append("(?>.*?%s)" % fixed)
    return "(?s:%s)\\Z" % "".join(out)
