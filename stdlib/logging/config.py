"""Configuration of the logging package from a dictionary, as CPython
3.11's `logging.config.dictConfig` (written for pyx from CPython's
documentation).

Schema version 1: formatters, filters, handlers (`class` or `()` factory,
`level`, `formatter`, `filters`, constructor keywords, `.` properties),
loggers, root, `disable_existing_loggers`, `incremental`; `ext://` and
`cfg://` values.  `fileConfig` reads the configparser format from a file
name (through the granted `open`), a file object or a parser. `listen` has
no pyx version (it needs a listening socket).
"""

import logging
import re

__all__ = ["dictConfig", "fileConfig", "DictConfigurator", "BaseConfigurator",
           "valid_ident"]

IDENTIFIER = re.compile("^[a-z_][a-z0-9_]*$", re.I)


def valid_ident(s):
    m = IDENTIFIER.match(s)
    if not m:
        raise ValueError("Not a valid Python identifier: %r" % s)
    return True


def _copy_structure(value):
    """Copies of the dicts, lists and tuples (not named tuples) in `value`,
    down to the leaves, which are shared."""
    if isinstance(value, dict):
        return {k: _copy_structure(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy_structure(v) for v in value]
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        return tuple(_copy_structure(v) for v in value)
    return value


class _Converting:
    """Containers of a configuration whose items are converted by the
    configurator when read (`cfg://`/`ext://` strings resolved, nested
    containers wrapped); a converted item replaces the stored one, so each
    is converted once and `cfg://` references see the result."""

    configurator = None
    parent = None
    key = None

    def _converted(self, key, value, store=True):
        result = self.configurator.convert(value)
        if result is not value:
            if store:
                self._store(key, result)
            if isinstance(result, _Converting):
                result.parent = self
                result.key = key
        return result


class ConvertingDict(_Converting, dict):
    def __init__(self, items=(), configurator=None):
        dict.__init__(self, items)
        self.configurator = configurator

    def _store(self, key, value):
        dict.__setitem__(self, key, value)

    def __getitem__(self, key):
        return self._converted(key, dict.__getitem__(self, key))

    def get(self, key, default=None):
        return self._converted(key, dict.get(self, key, default))

    def pop(self, key, default=None):
        return self._converted(key, dict.pop(self, key, default), store=False)


class ConvertingList(_Converting, list):
    def __init__(self, items=(), configurator=None):
        list.__init__(self, items)
        self.configurator = configurator

    def _store(self, key, value):
        list.__setitem__(self, key, value)

    def __getitem__(self, key):
        return self._converted(key, list.__getitem__(self, key))

    def pop(self, idx=-1):
        return self._converted(idx, list.pop(self, idx), store=False)


class ConvertingTuple(_Converting, tuple):
    def __new__(cls, items=(), configurator=None):
        self = tuple.__new__(cls, items)
        self.configurator = configurator
        return self

    def __getitem__(self, key):
        return self._converted(key, tuple.__getitem__(self, key), store=False)


class BaseConfigurator(object):
    """The resolution of `ext://` and `cfg://` values and dotted names."""

    CONVERT_PATTERN = re.compile(r"^(?P<prefix>[a-z]+)://(?P<suffix>.*)$")
    WORD_PATTERN = re.compile(r"^\s*(\w+)\s*")
    DOT_PATTERN = re.compile(r"^\.\s*(\w+)\s*")
    INDEX_PATTERN = re.compile(r"^\[([^\[\]]*)\]\s*")
    DIGIT_PATTERN = re.compile(r"^\d+$")

    value_converters = {
        "ext": "ext_convert",
        "cfg": "cfg_convert",
    }

    importer = staticmethod(__import__)

    def __init__(self, config):
        # Configuring pops and replaces entries: work on a copy of the
        # dict/list/tuple structure so the caller's dictionary (often a
        # constant reused for several configurations) stays as given.
        self.config = ConvertingDict(_copy_structure(config), self)

    def resolve(self, s):
        """Resolve strings to objects using standard import and attribute
        syntax."""
        name = s.split(".")
        used = name.pop(0)
        try:
            found = self.importer(used)
            for frag in name:
                used += "." + frag
                try:
                    found = getattr(found, frag)
                except AttributeError:
                    self.importer(used)
                    found = getattr(found, frag)
            return found
        except ImportError as e:
            v = ValueError("Cannot resolve %r: %s" % (s, e))
            raise v from e

    def ext_convert(self, value):
        """Default converter for the ext:// protocol."""
        return self.resolve(value)

    def cfg_convert(self, value):
        """Default converter for the cfg:// protocol."""
        rest = value
        m = self.WORD_PATTERN.match(rest)
        if m is None:
            raise ValueError("Unable to convert %r" % value)
        rest = rest[m.end():]
        d = self.config[m.groups()[0]]
        while rest:
            m = self.DOT_PATTERN.match(rest)
            if m:
                d = d[m.groups()[0]]
            else:
                m = self.INDEX_PATTERN.match(rest)
                if m:
                    idx = m.groups()[0]
                    if not self.DIGIT_PATTERN.match(idx):
                        d = d[idx]
                    else:
                        try:
                            n = int(idx)
                            d = d[n]
                        except TypeError:
                            d = d[idx]
            if m:
                rest = rest[m.end():]
            else:
                raise ValueError("Unable to convert %r at %r" % (value, rest))
        return d

    def convert(self, value):
        """Convert an `ext://` or `cfg://` string to what it names; wrap a
        dict, list or tuple so that its items are converted when read."""
        if isinstance(value, _Converting):
            return value
        if isinstance(value, dict):
            return ConvertingDict(value, self)
        if isinstance(value, list):
            return ConvertingList(value, self)
        if isinstance(value, tuple) and not hasattr(value, "_fields"):
            return ConvertingTuple(value, self)
        if isinstance(value, str):
            m = self.CONVERT_PATTERN.match(value)
            if m:
                d = m.groupdict()
                prefix = d["prefix"]
                converter = self.value_converters.get(prefix, None)
                if converter:
                    suffix = d["suffix"]
                    converter = getattr(self, converter)
                    value = converter(suffix)
        return value

    def configure_custom(self, config):
        """Configure an object with a user-supplied factory."""
        c = config.pop("()")
        if not callable(c):
            c = self.resolve(c)
        kwargs = {k: self.convert(config[k]) for k in config
                  if k != "." and valid_ident(k)}
        result = c(**kwargs)
        # (popped only once the factory succeeded: configure_formatter
        # retries a factory that rejected `format`)
        props = config.pop(".", None)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def as_tuple(self, value):
        """Utility function which converts lists to tuples."""
        if isinstance(value, list):
            value = tuple(value)
        return value


class DictConfigurator(BaseConfigurator):
    """Configure logging using a dictionary-like object to describe the
    configuration."""

    def configure(self):
        """Do the configuration."""
        config = self.config
        if "version" not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config["version"] != 1:
            raise ValueError("Unsupported version: %s" % config["version"])
        incremental = config.pop("incremental", False)
        EMPTY_DICT = {}
        logging._acquireLock()
        try:
            if incremental:
                handlers = config.get("handlers", EMPTY_DICT)
                for name in handlers:
                    if name not in logging._handlers:
                        raise ValueError("No handler found with name %r" % name)
                    else:
                        try:
                            handler = logging._handlers[name]
                            handler_config = handlers[name]
                            level = handler_config.get("level", None)
                            if level:
                                handler.setLevel(logging._checkLevel(level))
                        except Exception as e:
                            raise ValueError("Unable to configure handler %r" % name) from e
                loggers = config.get("loggers", EMPTY_DICT)
                for name in loggers:
                    try:
                        self.configure_logger(name, loggers[name], True)
                    except Exception as e:
                        raise ValueError("Unable to configure logger %r" % name) from e
                root = config.get("root", None)
                if root:
                    try:
                        self.configure_root(root, True)
                    except Exception as e:
                        raise ValueError("Unable to configure root logger") from e
            else:
                disable_existing = config.pop("disable_existing_loggers", True)

                _clearExistingHandlers()

                formatters = config.get("formatters", EMPTY_DICT)
                for name in formatters:
                    try:
                        formatters[name] = self.configure_formatter(formatters[name])
                    except Exception as e:
                        raise ValueError("Unable to configure formatter %r" % name) from e
                filters = config.get("filters", EMPTY_DICT)
                for name in filters:
                    try:
                        filters[name] = self.configure_filter(filters[name])
                    except Exception as e:
                        raise ValueError("Unable to configure filter %r" % name) from e

                # Handlers in name order; a MemoryHandler whose target is
                # not made yet is done again at the end.
                handlers = config.get("handlers", EMPTY_DICT)
                deferred = []
                for name in sorted(handlers):
                    try:
                        handler = self.configure_handler(handlers[name])
                        handler.name = name
                        handlers[name] = handler
                    except Exception as e:
                        if "target not configured yet" in str(e.__cause__):
                            deferred.append(name)
                        else:
                            raise ValueError("Unable to configure handler %r" % name) from e
                for name in deferred:
                    try:
                        handler = self.configure_handler(handlers[name])
                        handler.name = name
                        handlers[name] = handler
                    except Exception as e:
                        raise ValueError("Unable to configure handler %r" % name) from e

                root = logging.root
                existing = list(root.manager.loggerDict.keys())
                existing.sort()
                child_loggers = []
                loggers = config.get("loggers", EMPTY_DICT)
                for name in loggers:
                    if name in existing:
                        i = existing.index(name) + 1
                        prefixed = name + "."
                        pflen = len(prefixed)
                        num_existing = len(existing)
                        while i < num_existing:
                            if existing[i][:pflen] == prefixed:
                                child_loggers.append(existing[i])
                            i += 1
                        existing.remove(name)
                    try:
                        self.configure_logger(name, loggers[name])
                    except Exception as e:
                        raise ValueError("Unable to configure logger %r" % name) from e

                _handle_existing_loggers(existing, child_loggers, disable_existing)

                root = config.get("root", None)
                if root:
                    try:
                        self.configure_root(root)
                    except Exception as e:
                        raise ValueError("Unable to configure root logger") from e
        finally:
            logging._releaseLock()

    def configure_formatter(self, config):
        """Configure a formatter from a dictionary."""
        if "()" in config:
            factory = config["()"]
            try:
                result = self.configure_custom(config)
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                # Name of parameter changed from fmt to format.
                config["fmt"] = config.pop("format")
                config["()"] = factory
                result = self.configure_custom(config)
        else:
            fmt = self.convert(config.get("format", None))
            dfmt = self.convert(config.get("datefmt", None))
            style = self.convert(config.get("style", "%"))
            cname = self.convert(config.get("class", None))
            defaults = self.convert(config.get("defaults", None))
            if not cname:
                c = logging.Formatter
            else:
                c = self.resolve(cname)
            kwargs = {}
            if defaults is not None:
                kwargs["defaults"] = defaults
            if "validate" in config:
                result = c(fmt, dfmt, style, config["validate"], **kwargs)
            else:
                result = c(fmt, dfmt, style, **kwargs)
        return result

    def configure_filter(self, config):
        """Configure a filter from a dictionary."""
        if "()" in config:
            result = self.configure_custom(config)
        else:
            name = self.convert(config.get("name", ""))
            result = logging.Filter(name)
        return result

    def add_filters(self, filterer, filters):
        """Add filters to a filterer from a list of names."""
        for f in filters:
            try:
                if callable(f) or callable(getattr(f, "filter", None)):
                    filter_ = f
                else:
                    filter_ = self.config["filters"][f]
                filterer.addFilter(filter_)
            except Exception as e:
                raise ValueError("Unable to add filter %r" % f) from e

    def configure_handler(self, config):
        """Configure a handler from a dictionary."""
        config_copy = dict(config)
        formatter = self.convert(config.pop("formatter", None))
        if formatter:
            try:
                formatter = self.config["formatters"][formatter]
            except Exception as e:
                raise ValueError("Unable to set formatter %r" % formatter) from e
        level = self.convert(config.pop("level", None))
        filters = config.pop("filters", None)
        if "()" in config:
            c = config.pop("()")
            if not callable(c):
                c = self.resolve(c)
            factory = c
        else:
            cname = config.pop("class")
            if callable(cname):
                klass = cname
            else:
                klass = self.resolve(cname)
            import logging.handlers as handlers_module
            if issubclass(klass, handlers_module.MemoryHandler) and "target" in config:
                try:
                    th = self.config["handlers"][config["target"]]
                    if not isinstance(th, logging.Handler):
                        config.update(config_copy)  # restore for deferred cfg
                        raise TypeError("target not configured yet")
                    config["target"] = th
                except Exception as e:
                    raise ValueError("Unable to set target handler %r" % config["target"]) from e
            factory = klass
        props = config.pop(".", None)
        kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
        try:
            result = factory(**kwargs)
        except TypeError as te:
            if "'stream'" not in str(te):
                raise
            # The argument name changed from strm to stream.
            kwargs["strm"] = kwargs.pop("stream")
            result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        """Add handlers to a logger from a list of names."""
        for h in handlers:
            try:
                logger.addHandler(self.config["handlers"][h])
            except Exception as e:
                raise ValueError("Unable to add handler %r" % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        """Perform configuration which is common to root and non-root loggers."""
        level = self.convert(config.get("level", None))
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get("handlers", None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get("filters", None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        """Configure a non-root logger from a dictionary."""
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get("propagate", None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        """Configure a root logger from a dictionary."""
        root = logging.getLogger()
        self.common_logger_config(root, config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging using a dictionary."""
    dictConfigClass(config).configure()


def _clearExistingHandlers():
    """Clear and close existing handlers"""
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    """Loggers configured before and not named now are disabled (or, for
    children of named loggers, reset to propagate to them)."""
    root = logging.root
    for log in existing:
        logger = root.manager.loggerDict[log]
        if log in child_loggers:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        else:
            logger.disabled = disable_existing


# ------------------------------------------------------------ fileConfig

def fileConfig(fname, defaults=None, disable_existing_loggers=True,
               encoding=None):
    """Configure logging from a configparser-format file: sections
    [formatters], [handlers], [loggers] list the keys, and each key has its
    own [formatter_K], [handler_K] or [logger_K] section.

    `fname` is a file name, a file object (anything with `readline`) or a
    RawConfigParser already filled. Handler `args`/`kwargs` are Python
    expressions evaluated with the logging module's names in scope, as in
    CPython: a configuration file is code, so only load trusted ones."""
    import configparser
    if isinstance(fname, str):
        # (checked by opening: os.path.exists needs a granted directory,
        # and like it, any OSError counts as "doesn't exist")
        import builtins
        opener = getattr(builtins, 'open', None)
        try:
            if opener is None:
                raise PermissionError(fname)
            with opener(fname, 'rb') as f:
                empty = not f.read(1)
        except OSError:
            raise FileNotFoundError(f"{fname} doesn't exist") from None
        if empty:
            raise RuntimeError(f"{fname} is an empty file")
    if isinstance(fname, configparser.RawConfigParser):
        cp = fname
    else:
        try:
            cp = configparser.ConfigParser(defaults)
            if hasattr(fname, 'readline'):
                cp.read_file(fname)
            else:
                cp.read(fname, encoding=encoding)
        except configparser.ParsingError as e:
            raise RuntimeError(f"{fname} is invalid: {e}")
    formatters = _formatters_from(cp)
    logging._acquireLock()
    try:
        _clearExistingHandlers()
        handlers = _handlers_from(cp, formatters)
        _loggers_from(cp, handlers, disable_existing_loggers)
    finally:
        logging._releaseLock()


def _resolve(name):
    """The object a dotted name refers to, importing modules on the way
    (an ImportError when there is none)."""
    parts = name.split('.')
    used = parts.pop(0)
    found = __import__(used)
    for part in parts:
        used += '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(used)
            found = getattr(found, part)
    return found


def _key_list(text):
    """'a, b ,c' -> ['a', 'b', 'c']; an empty string -> []."""
    if not len(text):
        return []
    return [k.strip() for k in text.split(",")]


def _formatters_from(cp):
    formatters = {}
    for name in _key_list(cp["formatters"]["keys"]):
        section = "formatter_%s" % name
        fmt = cp.get(section, "format", raw=True, fallback=None)
        datefmt = cp.get(section, "datefmt", raw=True, fallback=None)
        style = cp.get(section, "style", raw=True, fallback='%')
        cls = logging.Formatter
        class_name = cp[section].get("class")
        if class_name:
            cls = _resolve(class_name)
        formatters[name] = cls(fmt, datefmt, style)
    return formatters


def _handlers_from(cp, formatters):
    import logging.handlers
    names = _key_list(cp["handlers"]["keys"])
    handlers = {}
    targets = []
    scope = vars(logging)
    for name in names:
        section = cp["handler_%s" % name]
        cls_text = section["class"]
        formatter = section.get("formatter", "")
        try:
            cls = eval(cls_text, scope)
        except (AttributeError, NameError):
            cls = _resolve(cls_text)
        args = eval(section.get("args", '()'), scope)
        kwargs = eval(section.get("kwargs", '{}'), scope)
        handler = cls(*args, **kwargs)
        handler.name = name
        if "level" in section:
            handler.setLevel(section["level"])
        if len(formatter):
            handler.setFormatter(formatters[formatter])
        if issubclass(cls, logging.handlers.MemoryHandler):
            target = section.get("target", "")
            if len(target):
                targets.append((handler, target))
        handlers[name] = handler
    # a MemoryHandler's target may be listed after it
    for handler, target in targets:
        handler.setTarget(handlers[target])
    return handlers


def _attach(logger, names, handlers):
    for name in _key_list(names):
        logger.addHandler(handlers[name])


def _loggers_from(cp, handlers, disable_existing):
    names = _key_list(cp["loggers"]["keys"])
    names.remove("root")
    root = logging.root
    section = cp["logger_root"]
    if "level" in section:
        root.setLevel(section["level"])
    for h in root.handlers[:]:
        root.removeHandler(h)
    _attach(root, section["handlers"], handlers)
    existing = sorted(root.manager.loggerDict.keys())
    children = []
    for name in names:
        section = cp["logger_%s" % name]
        qualname = section["qualname"]
        propagate = section.getint("propagate", fallback=1)
        logger = logging.getLogger(qualname)
        if qualname in existing:
            # loggers below a configured one are reset, not disabled
            prefix = qualname + "."
            at = existing.index(qualname) + 1
            children.extend(n for n in existing[at:] if n.startswith(prefix))
            existing.remove(qualname)
        if "level" in section:
            logger.setLevel(section["level"])
        for h in logger.handlers[:]:
            logger.removeHandler(h)
        logger.propagate = propagate
        logger.disabled = 0
        _attach(logger, section["handlers"], handlers)
    _handle_existing_loggers(existing, children, disable_existing)
