"""Message translation for pyx: the untranslated catalogue.

Translation catalogues are files in the host's locale directories, which a
sandboxed interpreter cannot read; every lookup returns the message itself,
as CPython's `gettext` does when no catalogue is found (`NullTranslations`).
"""

__all__ = ["NullTranslations", "GNUTranslations", "Catalog", "bindtextdomain",
           "find", "translation", "install", "textdomain", "dgettext",
           "dngettext", "gettext", "ngettext", "pgettext", "dpgettext",
           "npgettext", "dnpgettext"]

_current_domain = "messages"


class NullTranslations:
    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        raise RuntimeError("gettext.install() would change built-ins; "
                           "pyx interpreters do not allow it")


GNUTranslations = NullTranslations


def find(domain, localedir=None, languages=None, all=False):
    return [] if all else None


def translation(domain, localedir=None, languages=None, class_=None,
                fallback=False):
    if fallback:
        return NullTranslations()
    raise FileNotFoundError(2, "No translation file found for domain", domain)


Catalog = translation


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    return localedir


def bind_textdomain_codeset(domain, codeset=None):
    return codeset


def dgettext(domain, message):
    return message


def dngettext(domain, msgid1, msgid2, n):
    return msgid1 if n == 1 else msgid2


def dpgettext(domain, context, message):
    return message


def dnpgettext(domain, context, msgid1, msgid2, n):
    return msgid1 if n == 1 else msgid2


def gettext(message):
    return message


def ngettext(msgid1, msgid2, n):
    return msgid1 if n == 1 else msgid2


def pgettext(context, message):
    return message


def npgettext(context, msgid1, msgid2, n):
    return msgid1 if n == 1 else msgid2
