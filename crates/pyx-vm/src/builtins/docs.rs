//! Docstrings of native functions and methods, for `__doc__` and `help()`.
//!
//! Written for pyx (one or two sentences each, in our own words); the
//! signature is not repeated here, since `help()` shows it from
//! `__text_signature__`. A native with no entry has `__doc__` None.

/// The docstring of `owner.name`: `owner` is a module name for functions
/// (`builtins`, `math`) and a type name for methods (`str`, `list`).
pub fn native_doc(owner: &str, name: &str) -> Option<&'static str> {
    Some(match owner {
        "builtins" => builtins(name)?,
        "math" => math(name)?,
        "zlib" => zlib(name)?,
        "_heapq" => heapq(name)?,
        "_bisect" => bisect(name)?,
        "unicodedata" => unicodedata(name)?,
        "sys" => sys(name)?,
        "str" => str_method(name)?,
        "list" => list_method(name)?,
        "dict" => dict_method(name)?,
        "set" | "frozenset" => set_method(name)?,
        "tuple" => match name {
            "count" => "Return how many items of the tuple are equal to value.",
            "index" => "Return the index of the first item equal to value.\n\nRaises ValueError if there is none.",
            _ => return None,
        },
        "int" | "bool" => int_method(name)?,
        "float" => float_method(name)?,
        _ => return None,
    })
}

fn builtins(name: &str) -> Option<&'static str> {
    Some(match name {
        "abs" => "Return the absolute value of the argument.",
        "all" => "Return True if every item of the iterable is true (True for an empty iterable).",
        "any" => "Return True if some item of the iterable is true (False for an empty iterable).",
        "ascii" => "Return a repr() of the object in which non-ASCII characters are escaped.",
        "bin" => "Return the binary text of an integer, such as '0b101'.",
        "callable" => "Return whether the object can be called.",
        "chr" => "Return the one-character string of the Unicode code point i (0 <= i <= 0x10ffff).",
        "delattr" => "Delete the named attribute of an object: delattr(x, 'y') is del x.y.",
        "dir" => "Return the sorted names of an object's attributes, or of the current scope without an argument.",
        "divmod" => "Return the pair (x // y, x % y).",
        "eval" => "Evaluate an expression in the given globals and locals (by default, the current scope's).",
        "exec" => "Run source code or a code object in the given globals and locals (by default, the current scope's).",
        "compile" => "Compile source code into a code object that exec() or eval() can run.",
        "format" => "Return value formatted by the format specification, as value.__format__(format_spec) does.",
        "getattr" => "Return the named attribute of an object: getattr(x, 'y') is x.y.\n\nWith a default, it is returned when the attribute does not exist.",
        "globals" => "Return the dictionary of the current module's global names.",
        "hasattr" => "Return whether the object has the named attribute.",
        "hash" => "Return the hash of the object: equal objects have equal hashes.",
        "hex" => "Return the hexadecimal text of an integer, such as '0xff'.",
        "id" => "Return a number that identifies the object among those alive at the same time.",
        "isinstance" => "Return whether an object is an instance of a class, or of one of a tuple (or union) of classes.",
        "issubclass" => "Return whether a class is derived from another class, or from one of a tuple (or union) of classes.",
        "iter" => "Return an iterator over an iterable.\n\nWith a sentinel, call the first argument until it returns the sentinel.",
        "aiter" => "Return an asynchronous iterator over an asynchronous iterable.",
        "anext" => "Return an awaitable for the next item of an asynchronous iterator.",
        "len" => "Return the number of items in a container.",
        "locals" => "Return a dictionary of the current scope's local names.",
        "max" => "Return the largest item of an iterable, or the largest of two or more arguments.\n\nkey= orders the items; default= is returned for an empty iterable.",
        "min" => "Return the smallest item of an iterable, or the smallest of two or more arguments.\n\nkey= orders the items; default= is returned for an empty iterable.",
        "next" => "Return the next item of an iterator.\n\nWith a default, it is returned when the iterator is exhausted instead of raising StopIteration.",
        "oct" => "Return the octal text of an integer, such as '0o17'.",
        "ord" => "Return the Unicode code point of a one-character string.",
        "pow" => "Return base ** exp, or base ** exp % mod with a modulus (computed efficiently).",
        "print" => "Write the values to a stream (sys.stdout by default), separated by sep and followed by end.",
        "repr" => "Return the canonical text of the object; for many objects eval(repr(obj)) == obj.",
        "round" => "Round a number to ndigits digits after the point (to an integer without ndigits).\n\nHalves round to the even neighbour.",
        "setattr" => "Set the named attribute of an object: setattr(x, 'y', v) is x.y = v.",
        "sorted" => "Return a new list of the iterable's items in ascending order.\n\nkey= orders by a function of each item; reverse=True sorts in descending order.",
        "sum" => "Return start plus the sum of the iterable's numbers.",
        "vars" => "Return the __dict__ of an object, or the current scope's names without an argument.",
        "__import__" => "Import a module; the import statement calls this.",
        "__build_class__" => "Build a class; the class statement calls this.",
        _ => return None,
    })
}

fn math(name: &str) -> Option<&'static str> {
    Some(match name {
        "sqrt" => "Return the square root of x.",
        "exp" => "Return e raised to the power x.",
        "exp2" => "Return 2 raised to the power x.",
        "expm1" => "Return exp(x) - 1, accurately for small x.",
        "log" => "Return the logarithm of x to the given base (e if not given).",
        "log2" => "Return the base-2 logarithm of x.",
        "log10" => "Return the base-10 logarithm of x.",
        "log1p" => "Return the natural logarithm of 1 + x, accurately for x near zero.",
        "sin" => "Return the sine of x (in radians).",
        "cos" => "Return the cosine of x (in radians).",
        "tan" => "Return the tangent of x (in radians).",
        "asin" => "Return the arc sine of x, in radians.",
        "acos" => "Return the arc cosine of x, in radians.",
        "atan" => "Return the arc tangent of x, in radians.",
        "atan2" => "Return the arc tangent of y/x, in radians, in the quadrant of the point (x, y).",
        "sinh" => "Return the hyperbolic sine of x.",
        "cosh" => "Return the hyperbolic cosine of x.",
        "tanh" => "Return the hyperbolic tangent of x.",
        "asinh" => "Return the inverse hyperbolic sine of x.",
        "acosh" => "Return the inverse hyperbolic cosine of x.",
        "atanh" => "Return the inverse hyperbolic tangent of x.",
        "fabs" => "Return the absolute value of x as a float.",
        "degrees" => "Convert the angle x from radians to degrees.",
        "radians" => "Convert the angle x from degrees to radians.",
        "pow" => "Return x ** y as floats.",
        "hypot" => "Return the Euclidean norm of the coordinates: sqrt(sum(x**2 for x in coordinates)).",
        "dist" => "Return the Euclidean distance between the points p and q.",
        "erf" => "Return the error function at x.",
        "erfc" => "Return the complementary error function at x.",
        "gamma" => "Return the gamma function at x.",
        "lgamma" => "Return the natural logarithm of the absolute value of the gamma function at x.",
        "copysign" => "Return a float with the magnitude of x and the sign of y.",
        "fmod" => "Return the remainder of x / y with the sign of x (as C's fmod).",
        "remainder" => "Return the IEEE 754 remainder of x / y: x - n*y with n the integer nearest x / y.",
        "isnan" => "Return whether x is a NaN.",
        "isinf" => "Return whether x is a positive or negative infinity.",
        "isfinite" => "Return whether x is neither an infinity nor a NaN.",
        "isclose" => "Return whether a and b are close: within rel_tol of the larger magnitude, or within abs_tol.",
        "floor" => "Return the largest integer <= x.",
        "ceil" => "Return the smallest integer >= x.",
        "trunc" => "Return x with its fractional part removed, as an integer.",
        "gcd" => "Return the greatest common divisor of the integers.",
        "lcm" => "Return the least common multiple of the integers.",
        "factorial" => "Return n! for a non-negative integer n.",
        "comb" => "Return the number of ways to choose k of n items, without order.",
        "perm" => "Return the number of ways to choose k of n items, in order.",
        "isqrt" => "Return the integer square root of n: the largest integer whose square is <= n.",
        "fsum" => "Return an accurately rounded float sum of the values.",
        "prod" => "Return start times the product of the iterable's numbers.",
        "modf" => "Return the fractional and integer parts of x, both floats with the sign of x.",
        "frexp" => "Return (m, e) with x == m * 2**e and 0.5 <= abs(m) < 1.",
        "ldexp" => "Return x * 2**i.",
        "cbrt" => "Return the cube root of x.",
        "nextafter" => "Return the next float after x towards y.",
        "ulp" => "Return the value of the least significant bit of the float x.",
        _ => return None,
    })
}

fn zlib(name: &str) -> Option<&'static str> {
    Some(match name {
        "compress" => "Return data compressed with DEFLATE, in a zlib, gzip or raw stream as wbits asks.",
        "decompress" => "Return the bytes that the compressed data stands for.",
        "compressobj" => "Return an object that compresses data given to it piece by piece.",
        "decompressobj" => "Return an object that decompresses data given to it piece by piece.",
        "crc32" => "Return the CRC-32 checksum of data, continuing from value.",
        "adler32" => "Return the Adler-32 checksum of data, continuing from value.",
        _ => return None,
    })
}

fn heapq(name: &str) -> Option<&'static str> {
    Some(match name {
        "heappush" => "Add item to the heap, keeping it a heap.",
        "heappop" => "Remove and return the smallest item of the heap, keeping it a heap.",
        "heappushpop" => "Add item, then remove and return the smallest item: faster than the two calls.",
        "heapreplace" => "Remove and return the smallest item, then add item: the heap never shrinks.",
        "heapify" => "Rearrange a list in place into a heap, in linear time.",
        _ => return None,
    })
}

fn bisect(name: &str) -> Option<&'static str> {
    Some(match name {
        "bisect_left" => "Return where x would go in the sorted a[lo:hi], before any items equal to it.",
        "bisect_right" => "Return where x would go in the sorted a[lo:hi], after any items equal to it.",
        "insort_left" => "Insert x into the sorted a, before any items equal to it.",
        "insort_right" => "Insert x into the sorted a, after any items equal to it.",
        _ => return None,
    })
}

fn unicodedata(name: &str) -> Option<&'static str> {
    Some(match name {
        "category" => "Return the general category of the character, such as 'Lu' or 'Nd'.",
        "bidirectional" => "Return the bidirectional class of the character, or '' when it has none.",
        "east_asian_width" => "Return the East Asian width of the character, such as 'W' or 'Na'.",
        "combining" => "Return the canonical combining class of the character (0 when it has none).",
        "mirrored" => "Return 1 if the character is mirrored in bidirectional text, else 0.",
        "decimal" => "Return the decimal value of the character, or default when it has none.",
        "digit" => "Return the digit value of the character, or default when it has none.",
        "numeric" => "Return the numeric value of the character as a float, or default when it has none.",
        "name" => "Return the Unicode name of the character, or default when it has none.",
        "lookup" => "Return the character that has the given Unicode name (or alias).",
        "normalize" => "Return the string in normal form 'NFC', 'NFKC', 'NFD' or 'NFKD'.",
        "is_normalized" => "Return whether the string is already in the given normal form.",
        _ => return None,
    })
}

fn sys(name: &str) -> Option<&'static str> {
    Some(match name {
        "exit" => "Leave the program by raising SystemExit(status).",
        "intern" => "Return the string itself, as the interned copy of it.",
        "exc_info" => "Return (type, value, traceback) of the exception being handled, or three Nones.",
        "exception" => "Return the exception being handled, or None.",
        "excepthook" => "Print an exception and its traceback to sys.stderr.",
        "getrecursionlimit" => "Return how deep Python calls may nest in this interpreter.",
        "get_int_max_str_digits" => "Return this interpreter's limit on digits in int and str conversions.",
        "set_int_max_str_digits" => "Set this interpreter's limit on digits in int and str conversions (0: none).",
        _ => return None,
    })
}

fn str_method(name: &str) -> Option<&'static str> {
    Some(match name {
        "split" => "Return a list of the words of the string, split at sep (by default, at runs of whitespace).\n\nmaxsplit limits the number of splits (-1: no limit).",
        "rsplit" => "Return a list of the words of the string, split at sep from the right (by default, at runs of whitespace).",
        "splitlines" => "Return a list of the lines of the string, with their line endings if keepends is true.",
        "join" => "Return the strings of the iterable joined with this string between them.",
        "replace" => "Return a copy with occurrences of old replaced by new (the first count of them when count is given).",
        "strip" => "Return a copy without leading and trailing whitespace (or characters of chars).",
        "lstrip" => "Return a copy without leading whitespace (or characters of chars).",
        "rstrip" => "Return a copy without trailing whitespace (or characters of chars).",
        "lower" => "Return a copy with every cased character in lower case.",
        "upper" => "Return a copy with every cased character in upper case.",
        "casefold" => "Return a copy suited to caseless comparisons.",
        "capitalize" => "Return a copy with the first character in title case and the rest in lower case.",
        "title" => "Return a copy in which each word starts in title case and continues in lower case.",
        "swapcase" => "Return a copy with upper case characters in lower case and the other way round.",
        "startswith" => "Return whether the string starts with prefix (or one of a tuple of prefixes).",
        "endswith" => "Return whether the string ends with suffix (or one of a tuple of suffixes).",
        "find" => "Return the lowest index where sub is found in s[start:end], or -1.",
        "rfind" => "Return the highest index where sub is found in s[start:end], or -1.",
        "index" => "Return the lowest index where sub is found in s[start:end].\n\nRaises ValueError when it is not found.",
        "rindex" => "Return the highest index where sub is found in s[start:end].\n\nRaises ValueError when it is not found.",
        "count" => "Return the number of non-overlapping occurrences of sub in s[start:end].",
        "format" => "Return the string with its replacement fields ({}) filled from the arguments.",
        "format_map" => "Return the string with its replacement fields ({name}) filled from a mapping.",
        "encode" => "Return the string encoded to bytes with the codec (UTF-8 by default).",
        "partition" => "Split at the first occurrence of sep: return (before, sep, after).",
        "rpartition" => "Split at the last occurrence of sep: return (before, sep, after).",
        "center" => "Return the string centred in a field of width characters, padded with fillchar.",
        "ljust" => "Return the string left-justified in a field of width characters, padded with fillchar.",
        "rjust" => "Return the string right-justified in a field of width characters, padded with fillchar.",
        "zfill" => "Return the string padded on the left with zeros to width characters, after any sign.",
        "expandtabs" => "Return a copy with tabs replaced by spaces, to columns tabsize apart.",
        "isalpha" => "Return whether the string is non-empty and all its characters are letters.",
        "isdigit" => "Return whether the string is non-empty and all its characters are digits.",
        "isdecimal" => "Return whether the string is non-empty and all its characters are decimal digits.",
        "isnumeric" => "Return whether the string is non-empty and all its characters are numeric.",
        "isalnum" => "Return whether the string is non-empty and all its characters are letters or digits.",
        "isspace" => "Return whether the string is non-empty and all its characters are whitespace.",
        "islower" => "Return whether the string has cased characters and all of them are lower case.",
        "isupper" => "Return whether the string has cased characters and all of them are upper case.",
        "istitle" => "Return whether the string is in title case.",
        "isidentifier" => "Return whether the string is a valid Python identifier.",
        "isprintable" => "Return whether every character of the string is printable.",
        "isascii" => "Return whether every character of the string is ASCII.",
        "removeprefix" => "Return the string without prefix, if it starts with it.",
        "removesuffix" => "Return the string without suffix, if it ends with it.",
        "translate" => "Return a copy with each character mapped through the table (a mapping of code points).",
        "maketrans" => "Return a translation table for str.translate.",
        _ => return None,
    })
}

fn list_method(name: &str) -> Option<&'static str> {
    Some(match name {
        "append" => "Add object at the end of the list.",
        "extend" => "Add the items of the iterable at the end of the list.",
        "insert" => "Insert object before index.",
        "pop" => "Remove and return the item at index (the last by default).\n\nRaises IndexError if the list is empty or index is out of range.",
        "remove" => "Remove the first item equal to value.\n\nRaises ValueError if there is none.",
        "clear" => "Remove every item of the list.",
        "copy" => "Return a shallow copy of the list.",
        "count" => "Return how many items of the list are equal to value.",
        "index" => "Return the index of the first item equal to value.\n\nRaises ValueError if there is none.",
        "reverse" => "Reverse the list in place.",
        "sort" => "Sort the list in place, in ascending order, keeping the order of equal items.\n\nkey= orders by a function of each item; reverse=True sorts in descending order.",
        _ => return None,
    })
}

fn dict_method(name: &str) -> Option<&'static str> {
    Some(match name {
        "get" => "Return the value for key if key is in the dictionary, else default.",
        "setdefault" => "Return the value for key, first inserting key with default if it is missing.",
        "pop" => "Remove key and return its value; if it is missing, return default, or raise KeyError without one.",
        "popitem" => "Remove and return the last (key, value) pair inserted.\n\nRaises KeyError if the dictionary is empty.",
        "keys" => "Return a view of the dictionary's keys.",
        "values" => "Return a view of the dictionary's values.",
        "items" => "Return a view of the dictionary's (key, value) pairs.",
        "update" => "Add the pairs of a mapping or iterable of pairs, then the keyword arguments, replacing existing keys.",
        "clear" => "Remove every item of the dictionary.",
        "copy" => "Return a shallow copy of the dictionary.",
        "fromkeys" => "Return a new dictionary with the iterable's items as keys, each with value.",
        _ => return None,
    })
}

fn set_method(name: &str) -> Option<&'static str> {
    Some(match name {
        "add" => "Add an element to the set.",
        "remove" => "Remove an element from the set.\n\nRaises KeyError if it is not a member.",
        "discard" => "Remove an element from the set if it is a member.",
        "pop" => "Remove and return an arbitrary element.\n\nRaises KeyError if the set is empty.",
        "clear" => "Remove every element of the set.",
        "copy" => "Return a shallow copy of the set.",
        "union" => "Return a new set with the elements of the set and of all the others.",
        "intersection" => "Return a new set with the elements common to the set and all the others.",
        "difference" => "Return a new set with the elements of the set that are in none of the others.",
        "symmetric_difference" => "Return a new set with the elements in exactly one of the two sets.",
        "update" => "Add the elements of all the others to the set.",
        "intersection_update" => "Keep only the elements found in the set and all the others.",
        "difference_update" => "Remove the elements of all the others from the set.",
        "symmetric_difference_update" => "Keep the elements in exactly one of the set and the other.",
        "issubset" => "Return whether every element of the set is in the other.",
        "issuperset" => "Return whether every element of the other is in the set.",
        "isdisjoint" => "Return whether the set and the other have no element in common.",
        _ => return None,
    })
}

fn int_method(name: &str) -> Option<&'static str> {
    Some(match name {
        "bit_length" => "Return the number of bits needed to write the integer in binary, without sign and leading zeros.",
        "bit_count" => "Return the number of ones in the binary form of the integer's absolute value.",
        "to_bytes" => "Return the bytes that represent the integer in length bytes, in the given byte order.\n\nsigned=True allows negative integers (two's complement).",
        "from_bytes" => "Return the integer that the bytes represent, in the given byte order.",
        "as_integer_ratio" => "Return the pair (self, 1).",
        "conjugate" => "Return the integer itself (the conjugate of a real number).",
        _ => return None,
    })
}

fn float_method(name: &str) -> Option<&'static str> {
    Some(match name {
        "is_integer" => "Return whether the float has no fractional part.",
        "as_integer_ratio" => "Return a pair of integers whose ratio is exactly the float, with a positive denominator.",
        "hex" => "Return the hexadecimal text of the float, such as '0x1.8000000000000p+0'.",
        "fromhex" => "Return the float that the hexadecimal text represents.",
        "conjugate" => "Return the float itself (the conjugate of a real number).",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::native_doc;

    #[test]
    fn known_natives_have_docs_and_others_none() {
        assert_eq!(native_doc("builtins", "len"), Some("Return the number of items in a container."));
        assert!(native_doc("str", "split").unwrap().starts_with("Return a list of the words"));
        assert_eq!(native_doc("builtins", "no_such"), None);
        assert_eq!(native_doc("_heapq", "heappush"), Some("Add item to the heap, keeping it a heap."));
        assert_eq!(native_doc("no_such_module", "len"), None);
    }
}
