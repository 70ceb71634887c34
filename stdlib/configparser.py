"""Configuration files in the INI style: sections of `name = value` options.

Our own implementation, written from the configparser documentation of
Python 3.11 (behaviour and messages follow CPython; the code is ours).

A parser keeps one dict of options per section plus the defaults (the
`DEFAULT` section, seen through every other section). Values are read
raw and turned into strings at `get` time by an interpolation object.
Files are read through the builtin `open`, so `read()` reaches only what
the host granted; a name it cannot open is skipped, as in CPython.
"""

import builtins
import functools
import io
import itertools
import re
import sys
import warnings
from collections import ChainMap as _ChainMap
from collections.abc import MutableMapping

__all__ = ("NoSectionError", "DuplicateOptionError", "DuplicateSectionError",
           "NoOptionError", "InterpolationError", "InterpolationDepthError",
           "InterpolationMissingOptionError", "InterpolationSyntaxError",
           "ParsingError", "MissingSectionHeaderError",
           "ConfigParser", "SafeConfigParser", "RawConfigParser",
           "Interpolation", "BasicInterpolation", "ExtendedInterpolation",
           "LegacyInterpolation", "SectionProxy", "ConverterMapping",
           "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH")

_default_dict = dict
DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10


class _Unset:
    """Marks an argument the caller did not pass (None is a real value)."""

    def __repr__(self):
        return '<unset>'


_UNSET = _Unset()


# ---------------------------------------------------------------- errors

class Error(Exception):
    """Base class for configparser exceptions; str() is the message."""

    def __init__(self, msg=''):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


def _where(source, lineno):
    """'While reading from 'x' [line  3]: ' for the duplicate errors."""
    text = "While reading from %r" % (source,)
    if lineno is not None:
        text += " [line %2d]" % lineno
    return text + ": "


class NoSectionError(Error):
    """A section was asked for that does not exist."""

    def __init__(self, section):
        Error.__init__(self, 'No section: %r' % (section,))
        self.section = section
        self.args = (section,)


class DuplicateSectionError(Error):
    """A section appears twice (in one source, or added twice)."""

    def __init__(self, section, source=None, lineno=None):
        if source is None:
            msg = "Section %r already exists" % (section,)
        else:
            msg = _where(source, lineno) + "section %r already exists" % (section,)
        Error.__init__(self, msg)
        self.section = section
        self.source = source
        self.lineno = lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):
    """An option appears twice in one section of one source."""

    def __init__(self, section, option, source=None, lineno=None):
        tail = "%r in section %r already exists" % (option, section)
        if source is None:
            msg = "Option " + tail
        else:
            msg = _where(source, lineno) + "option " + tail
        Error.__init__(self, msg)
        self.section = section
        self.option = option
        self.source = source
        self.lineno = lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):
    """An option was asked for that the section does not have."""

    def __init__(self, option, section):
        Error.__init__(self, "No option %r in section: %r" % (option, section))
        self.option = option
        self.section = section
        self.args = (option, section)


class InterpolationError(Error):
    """Base class for errors while expanding a value."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option = option
        self.section = section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    """A value refers to an option that does not exist."""

    def __init__(self, option, section, rawval, reference):
        msg = ("Bad value substitution: option {!r} in section {!r} contains "
               "an interpolation key {!r} which is not a valid option name. "
               "Raw value: {!r}".format(option, section, reference, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """A value's interpolation markers are malformed."""


class InterpolationDepthError(InterpolationError):
    """Expanding a value took more than MAX_INTERPOLATION_DEPTH steps."""

    def __init__(self, option, section, rawval):
        msg = ("Recursion limit exceeded in value substitution: option {!r} "
               "in section {!r} contains an interpolation key which "
               "cannot be substituted in {} steps. Raw value: {!r}"
               "".format(option, section, MAX_INTERPOLATION_DEPTH, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """Lines of a source that could not be parsed (collected, then raised)."""

    def __init__(self, source=None, filename=None):
        if filename and source:
            raise ValueError("Cannot specify both `filename' and `source'. "
                             "Use `source'.")
        if not filename and not source:
            raise ValueError("Required argument `source' not given.")
        if filename:
            source = filename
        Error.__init__(self, 'Source contains parsing errors: %r' % source)
        self.source = source
        self.errors = []
        self.args = (source,)

    @property
    def filename(self):
        warnings.warn("The 'filename' attribute will be removed in Python 3.12. "
                      "Use 'source' instead.", DeprecationWarning, stacklevel=2)
        return self.source

    @filename.setter
    def filename(self, value):
        warnings.warn("The 'filename' attribute will be removed in Python 3.12. "
                      "Use 'source' instead.", DeprecationWarning, stacklevel=2)
        self.source = value

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += '\n\t[line %2d]: %s' % (lineno, line)


class MissingSectionHeaderError(ParsingError):
    """An option line came before any [section] header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, 'File contains no section headers.\nfile: %r, '
                       'line: %d\n%r' % (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.errors = []
        self.args = (filename, lineno, line)


# --------------------------------------------------------- interpolation

class Interpolation:
    """No interpolation: values are returned as stored."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class _MarkerInterpolation(Interpolation):
    """Shared walk for the `%(name)s` and `${name}` styles.

    A subclass names its marker character (`%` or `$`), the opening
    character after it, and a pattern for a whole reference; it resolves
    a matched reference in `_lookup`.
    """

    _MARK = None
    _OPEN = None
    _KEYCRE = None

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        self._expand(parser, option, pieces, value, section, defaults, 1)
        return ''.join(pieces)

    def before_set(self, parser, section, option, value):
        rest = value.replace(self._MARK * 2, '')
        rest = self._KEYCRE.sub('', rest)
        at = rest.find(self._MARK)
        if at >= 0:
            raise ValueError("invalid interpolation syntax in %r at "
                             "position %d" % (value, at))
        return value

    def _expand(self, parser, option, pieces, rest, section, mapping, depth):
        raw = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, raw)
        mark = self._MARK
        while rest:
            at = rest.find(mark)
            if at < 0:
                pieces.append(rest)
                return
            if at:
                pieces.append(rest[:at])
                rest = rest[at:]
            follower = rest[1:2]
            if follower == mark:
                pieces.append(mark)
                rest = rest[2:]
                continue
            if follower != self._OPEN:
                raise InterpolationSyntaxError(
                    option, section,
                    "'%s' must be followed by '%s' or '%s', found: %r"
                    % (mark, mark, self._OPEN, rest))
            found = self._KEYCRE.match(rest)
            if found is None:
                raise InterpolationSyntaxError(
                    option, section,
                    "bad interpolation variable reference %r" % rest)
            rest = rest[found.end():]
            self._lookup(parser, option, pieces, section, mapping, depth,
                         raw, found.group(1), rest)


class BasicInterpolation(_MarkerInterpolation):
    """`%(name)s` refers to another option of the same section (or the
    defaults); `%%` is a literal percent sign."""

    _MARK = '%'
    _OPEN = '('
    _KEYCRE = re.compile(r"%\(([^)]+)\)s")

    def _lookup(self, parser, option, pieces, section, mapping, depth, raw,
                name, rest):
        key = parser.optionxform(name)
        try:
            value = mapping[key]
        except KeyError:
            raise InterpolationMissingOptionError(option, section, raw,
                                                  key) from None
        if '%' in value:
            self._expand(parser, option, pieces, value, section, mapping,
                         depth + 1)
        else:
            pieces.append(value)


class ExtendedInterpolation(_MarkerInterpolation):
    """`${name}` refers to an option of the same section, `${sect:name}`
    to one of another section; `$$` is a literal dollar sign."""

    _MARK = '$'
    _OPEN = '{'
    _KEYCRE = re.compile(r"\$\{([^}]+)\}")

    def _lookup(self, parser, option, pieces, section, mapping, depth, raw,
                name, rest):
        parts = name.split(':')
        target_section = section
        target_option = option
        try:
            if len(parts) == 1:
                target_option = parser.optionxform(parts[0])
                value = mapping[target_option]
            elif len(parts) == 2:
                target_section = parts[0]
                target_option = parser.optionxform(parts[1])
                value = parser.get(target_section, target_option, raw=True)
            else:
                raise InterpolationSyntaxError(
                    option, section, "More than one ':' found: %r" % (rest,))
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(option, section, raw,
                                                  ':'.join(parts)) from None
        if '$' in value:
            self._expand(parser, target_option, pieces, value, target_section,
                         dict(parser.items(target_section, raw=True)),
                         depth + 1)
        else:
            pieces.append(value)


class LegacyInterpolation(Interpolation):
    """The pre-3.2 `%(name)s` expansion by repeated `%` formatting
    (deprecated)."""

    _KEYCRE = re.compile(r"%\(([^)]*)\)s|.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        warnings.warn(
            "LegacyInterpolation has been deprecated since Python 3.2 "
            "and will be removed from the configparser module in Python 3.13. "
            "Use BasicInterpolation or ExtendedInterpolation instead.",
            DeprecationWarning, stacklevel=2)

    def before_get(self, parser, section, option, value, vars):
        raw = value
        for _ in range(MAX_INTERPOLATION_DEPTH):
            if not (value and "%(" in value):
                break
            value = self._KEYCRE.sub(
                lambda m: self._normalise(m, parser), value)
            try:
                value = value % vars
            except KeyError as e:
                raise InterpolationMissingOptionError(
                    option, section, raw, e.args[0]) from None
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, raw)
        return value

    def before_set(self, parser, section, option, value):
        return value

    @staticmethod
    def _normalise(match, parser):
        name = match.group(1)
        if name is None:
            return match.group()
        return "%%(%s)s" % parser.optionxform(name)


# ---------------------------------------------------------------- parser

def _fspath_or_none(name):
    """The str/bytes path of `name`, or None when it is not path-like."""
    if isinstance(name, (str, bytes)):
        return name
    fspath = getattr(type(name), '__fspath__', None)
    if fspath is None:
        return None
    return fspath(name)


class RawConfigParser(MutableMapping):
    """A parser without interpolation: values come back as written."""

    _SECT_TMPL = r"""
        \[                                 # [
        (?P<header>.+)                     # the name, anything
        \]                                 # ]
        """
    _OPT_TMPL = r"""
        (?P<option>.*?)                    # option name
        \s*(?P<vi>{delim})\s*              # a delimiter with spaces around
        (?P<value>.*)$                     # the value
        """
    _OPT_NV_TMPL = r"""
        (?P<option>.*?)                    # option name
        \s*(?:                             # optionally
            (?P<vi>{delim})\s*             # a delimiter
            (?P<value>.*))?$               # and a value
        """
    _DEFAULT_INTERPOLATION = Interpolation()
    SECTCRE = re.compile(_SECT_TMPL, re.VERBOSE)
    OPTCRE = re.compile(_OPT_TMPL.format(delim="=|:"), re.VERBOSE)
    OPTCRE_NV = re.compile(_OPT_NV_TMPL.format(delim="=|:"), re.VERBOSE)
    NONSPACECRE = re.compile(r"\S")
    BOOLEAN_STATES = {'1': True, 'yes': True, 'true': True, 'on': True,
                      '0': False, 'no': False, 'false': False, 'off': False}

    def __init__(self, defaults=None, dict_type=_default_dict,
                 allow_no_value=False, *, delimiters=('=', ':'),
                 comment_prefixes=('#', ';'), inline_comment_prefixes=None,
                 strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT,
                 interpolation=_UNSET, converters=_UNSET):
        self._dict = dict_type
        self._sections = self._dict()
        self._defaults = self._dict()
        self._converters = ConverterMapping(self)
        self._proxies = self._dict()
        self._proxies[default_section] = SectionProxy(self, default_section)
        self._delimiters = tuple(delimiters)
        if delimiters == ('=', ':'):
            self._optcre = self.OPTCRE_NV if allow_no_value else self.OPTCRE
        else:
            alternatives = "|".join(re.escape(d) for d in delimiters)
            template = self._OPT_NV_TMPL if allow_no_value else self._OPT_TMPL
            self._optcre = re.compile(template.format(delim=alternatives),
                                      re.VERBOSE)
        self._comment_prefixes = tuple(comment_prefixes or ())
        self._inline_comment_prefixes = tuple(inline_comment_prefixes or ())
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        if interpolation is None:
            interpolation = Interpolation()
        if not isinstance(interpolation, Interpolation):
            raise TypeError("interpolation= must be None or an instance of "
                            "Interpolation; got an object of type %s"
                            % type(interpolation))
        self._interpolation = interpolation
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._read_defaults(defaults)

    # -- sections and options

    def defaults(self):
        return self._defaults

    def sections(self):
        """The section names, without the default section."""
        return list(self._sections.keys())

    def add_section(self, section):
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % section)
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._sections[section] = self._dict()
        self._proxies[section] = SectionProxy(self, section)

    def has_section(self, section):
        return section in self._sections

    def options(self, section):
        """The option names of `section`, defaults included."""
        try:
            names = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        names.update(self._defaults)
        return list(names.keys())

    def has_option(self, section, option):
        option = self.optionxform(option)
        if not section or section == self.default_section:
            return option in self._defaults
        own = self._sections.get(section)
        if own is None:
            return False
        return option in own or option in self._defaults

    def optionxform(self, optionstr):
        return optionstr.lower()

    def _section_dict(self, section):
        """The dict `set`/`remove_option` write: the defaults for '' or
        the default section's name."""
        if not section or section == self.default_section:
            return self._defaults
        try:
            return self._sections[section]
        except KeyError:
            raise NoSectionError(section) from None

    def set(self, section, option, value=None):
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        self._section_dict(section)[self.optionxform(option)] = value

    def remove_option(self, section, option):
        """Remove `option`; True when it existed."""
        options = self._section_dict(section)
        option = self.optionxform(option)
        if option not in options:
            return False
        del options[option]
        return True

    def remove_section(self, section):
        """Remove `section`; True when it existed."""
        if section not in self._sections:
            return False
        del self._sections[section]
        del self._proxies[section]
        return True

    # -- reading

    def read(self, filenames, encoding=None):
        """Read each file that can be opened; return the names read."""
        single = _fspath_or_none(filenames)
        if single is not None:
            filenames = [filenames]
        done = []
        # `open` exists only when the host granted a directory; without it
        # no file can be opened, and those are skipped as in CPython
        opener = getattr(builtins, 'open', None)
        for name in filenames:
            if opener is None:
                continue
            try:
                with opener(name, encoding=encoding) as fp:
                    self._read(fp, name)
            except OSError:
                continue
            path = _fspath_or_none(name)
            done.append(name if path is None else path)
        return done

    def read_file(self, f, source=None):
        """Read lines from the iterable `f`; `source` names it in errors
        (default: `f.name`, else '<???>')."""
        if source is None:
            source = getattr(f, 'name', '<???>')
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Read sections from a mapping of section name -> mapping of
        options; keys and values are converted to strings."""
        seen = set()
        for section, options in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict and section in seen:
                    raise
            seen.add(section)
            for key, value in options.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in seen:
                    raise DuplicateOptionError(section, key, source)
                seen.add((section, key))
                self.set(section, key, value)

    def readfp(self, fp, filename=None):
        warnings.warn("This method will be removed in Python 3.12. "
                      "Use 'parser.read_file()' instead.",
                      DeprecationWarning, stacklevel=2)
        self.read_file(fp, source=filename)

    def _comment_start(self, line):
        """Index where a comment begins in `line`, or None.

        A full-line prefix (after leading spaces) makes the whole line a
        comment; an inline prefix counts only at the line start or after
        whitespace."""
        stripped = line.strip()
        for prefix in self._comment_prefixes:
            if stripped.startswith(prefix):
                return 0
        # Inline prefixes are tried in rounds: the first occurrence of
        # each, then the second of each, ...; the first round with an
        # occurrence at the start or after whitespace decides.
        searching = {prefix: -1 for prefix in self._inline_comment_prefixes}
        while searching:
            best = None
            following = {}
            for prefix, after in searching.items():
                at = line.find(prefix, after + 1)
                if at < 0:
                    continue
                following[prefix] = at
                if (at == 0 or line[at - 1].isspace()) and (
                        best is None or at < best):
                    best = at
            if best is not None:
                return best
            searching = following
        return None

    def _read(self, fp, fpname):
        """Parse the lines of `fp` into the sections.

        Lines indented deeper than the option's own line continue its
        value; an option's value is kept as a list of lines until the end,
        then joined. Unparsable lines are collected into one
        ParsingError raised after the whole source is read."""
        seen = set()
        section = None       # the option dict being filled
        sectname = None
        optname = None       # the option a continuation line extends
        indent = 0
        error = None
        for lineno, line in enumerate(fp, start=1):
            comment_at = self._comment_start(line)
            text = line[:comment_at].strip()
            if not text:
                if self._empty_lines_in_values:
                    # an empty line (not a comment) inside a value is kept
                    if (comment_at is None and section is not None and optname
                            and section[optname] is not None):
                        section[optname].append('')
                else:
                    # an empty line ends the value
                    indent = sys.maxsize
                continue
            first = self.NONSPACECRE.search(line)
            line_indent = first.start() if first else 0
            if section is not None and optname and line_indent > indent:
                section[optname].append(text)
                continue
            indent = line_indent
            header = self.SECTCRE.match(text)
            if header:
                sectname = header.group('header')
                if sectname in self._sections:
                    if self._strict and sectname in seen:
                        raise DuplicateSectionError(sectname, fpname, lineno)
                    section = self._sections[sectname]
                    seen.add(sectname)
                elif sectname == self.default_section:
                    section = self._defaults
                else:
                    section = self._dict()
                    self._sections[sectname] = section
                    self._proxies[sectname] = SectionProxy(self, sectname)
                    seen.add(sectname)
                optname = None
                continue
            if section is None:
                raise MissingSectionHeaderError(fpname, lineno, line)
            found = self._optcre.match(text)
            if not found:
                error = self._note_error(error, fpname, lineno, line)
                continue
            optname, _, optval = found.group('option', 'vi', 'value')
            if not optname:
                error = self._note_error(error, fpname, lineno, line)
            optname = self.optionxform(optname.rstrip())
            if self._strict and (sectname, optname) in seen:
                raise DuplicateOptionError(sectname, optname, fpname, lineno)
            seen.add((sectname, optname))
            section[optname] = None if optval is None else [optval.strip()]
        self._join_multiline_values()
        if error:
            raise error

    @staticmethod
    def _note_error(error, fpname, lineno, line):
        if not error:
            error = ParsingError(fpname)
        error.append(lineno, repr(line))
        return error

    def _join_multiline_values(self):
        every = itertools.chain(((self.default_section, self._defaults),),
                                self._sections.items())
        for section, options in every:
            for name, value in options.items():
                if isinstance(value, list):
                    value = '\n'.join(value).rstrip()
                options[name] = self._interpolation.before_read(
                    self, section, name, value)

    def _read_defaults(self, defaults):
        # RawConfigParser stores constructor defaults as given: keys go
        # through optionxform only, values stay unconverted
        for key, value in defaults.items():
            self._defaults[self.optionxform(key)] = value

    # -- getting values

    def _unify_values(self, section, vars):
        """A lookup chain: `vars`, then the section, then the defaults."""
        try:
            own = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
            own = {}
        extra = {}
        if vars:
            for key, value in vars.items():
                if value is not None:
                    value = str(value)
                extra[self.optionxform(key)] = value
        return _ChainMap(extra, own, self._defaults)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """The value of `option` in `section`, interpolated unless `raw`;
        `fallback` (when given) instead of NoSectionError/NoOptionError."""
        try:
            chain = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = chain[option]
        except KeyError:
            if fallback is _UNSET:
                raise NoOptionError(option, section)
            return fallback
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value,
                                              chain)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None,
                  fallback=_UNSET, **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars,
                             **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(self, section, option, *, raw=False, vars=None,
               fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None,
                 fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None,
                   fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean,
                              raw=raw, vars=vars, fallback=fallback, **kwargs)

    def _convert_to_boolean(self, value):
        state = self.BOOLEAN_STATES.get(value.lower())
        if state is None:
            raise ValueError('Not a boolean: %s' % value)
        return state

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without `section`: (name, SectionProxy) pairs, the default
        section first. With it: (option, value) pairs, defaults included."""
        if section is _UNSET:
            return super().items()
        merged = self._defaults.copy()
        try:
            merged.update(self._sections[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section)
        names = list(merged.keys())
        if vars:
            for key, value in vars.items():
                merged[self.optionxform(key)] = value
        if raw:
            return [(name, merged[name]) for name in names]
        before_get = self._interpolation.before_get
        return [(name, before_get(self, section, name, merged[name], merged))
                for name in names]

    def popitem(self):
        """Remove and return the first (name, SectionProxy) after the
        default section."""
        for name in self.sections():
            proxy = self[name]
            del self[name]
            return name, proxy
        raise KeyError

    # -- writing

    def write(self, fp, space_around_delimiters=True):
        """Write the configuration in INI form to the text file `fp`."""
        delimiter = self._delimiters[0]
        if space_around_delimiters:
            delimiter = " %s " % delimiter
        if self._defaults:
            self._write_section(fp, self.default_section,
                                self._defaults.items(), delimiter)
        for name in self._sections:
            self._write_section(fp, name, self._sections[name].items(),
                                delimiter)

    def _write_section(self, fp, section_name, section_items, delimiter):
        fp.write("[%s]\n" % (section_name,))
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key,
                                                     value)
            if value is None and self._allow_no_value:
                fp.write("%s\n" % (key,))
            else:
                fp.write("%s%s%s\n" % (key, delimiter,
                                       str(value).replace('\n', '\n\t')))
        fp.write("\n")

    # -- the mapping protocol: section name -> SectionProxy

    def __getitem__(self, key):
        if key != self.default_section and not self.has_section(key):
            raise KeyError(key)
        return self._proxies[key]

    def __setitem__(self, key, value):
        if key in self and self[key] is value:
            # `parser[s] = parser[s]` would clear, then read nothing back
            return
        if key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return len(self._sections) + 1

    def __iter__(self):
        return itertools.chain((self.default_section,), self._sections.keys())

    def _validate_value_types(self, *, section="", option="", value=""):
        if not isinstance(section, str):
            raise TypeError("section names must be strings")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        if not self._allow_no_value or value:
            if not isinstance(value, str):
                raise TypeError("option values must be strings")

    @property
    def converters(self):
        return self._converters


class ConfigParser(RawConfigParser):
    """The parser with `%(name)s` interpolation and str-only values."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        self._validate_value_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        self._validate_value_types(section=section)
        super().add_section(section)

    def _read_defaults(self, defaults):
        # defaults given to the constructor are stored as they are, not
        # checked for interpolation syntax
        held = self._interpolation
        try:
            self._interpolation = Interpolation()
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = held


class SafeConfigParser(ConfigParser):
    """The old name of ConfigParser (deprecated)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        warnings.warn(
            "The SafeConfigParser class has been renamed to ConfigParser "
            "in Python 3.2. This alias will be removed in Python 3.12."
            " Use ConfigParser directly instead.",
            DeprecationWarning, stacklevel=2)


class SectionProxy(MutableMapping):
    """One section of a parser seen as a mapping of option -> value."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        for conv in parser.converters:
            key = 'get' + conv
            setattr(self, key, functools.partial(self.get,
                                                 _impl=getattr(parser, key)))

    def __repr__(self):
        return '<Section: %s>' % (self._name,)

    def __getitem__(self, key):
        if not self._parser.has_option(self._name, key):
            raise KeyError(key)
        return self._parser.get(self._name, key)

    def __setitem__(self, key, value):
        self._parser._validate_value_types(option=key, value=value)
        return self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        if not (self._parser.has_option(self._name, key)
                and self._parser.remove_option(self._name, key)):
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return iter(self._options())

    def _options(self):
        if self._name != self._parser.default_section:
            return self._parser.options(self._name)
        return self._parser.defaults()

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

    def get(self, option, fallback=None, *, raw=False, vars=None,
            _impl=None, **kwargs):
        """Like parser.get(section, option) with `fallback` defaulting to
        None; the `getX` converters call it with their own `_impl`."""
        if not _impl:
            _impl = self._parser.get
        return _impl(self._name, option, raw=raw, vars=vars,
                     fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """The parser's `getX` converters by name X.

    Setting `converters['X'] = f` adds `getX` to the parser and every
    section proxy; deleting it removes them. The built-in getters are
    listed with the value None (they are methods, not installed here)."""

    GETTERCRE = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for attr in dir(self._parser):
            found = self.GETTERCRE.match(attr)
            if found and callable(getattr(self._parser, attr)):
                self._data[found.group('name')] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        try:
            name = 'get' + key
        except TypeError:
            raise ValueError('Incompatible key: {} (type: {})'
                             ''.format(key, type(key)))
        if name == 'get':
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        getter = functools.partial(self._parser._get_conv, conv=value)
        getter.converter = value
        setattr(self._parser, name, getter)
        for proxy in self._parser.values():
            setattr(proxy, name, functools.partial(proxy.get, _impl=getter))

    def __delitem__(self, key):
        try:
            name = 'get' + (key or None)
        except TypeError:
            raise KeyError(key)
        del self._data[key]
        for owner in itertools.chain((self._parser,), self._parser.values()):
            try:
                delattr(owner, name)
            except AttributeError:
                continue

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)
