"""Open URLs over the granted network: ``urlopen`` and ``Request``, for
``http:`` and ``https:`` URLs, following redirects.

Every hop of a redirect is a new connection through ``socket``, so it is
checked against the host's grants like the first: a ``Location:`` cannot
lead a program to an endpoint it was not granted (no SSRF through
redirects). A refused hop raises ``PermissionError`` naming the endpoint;
other network failures raise ``URLError`` as in CPython. There are no
proxies (the environment is not read) and no opener/handler chain.
``https:`` goes through ``ssl``: certificates and names are verified
(``context=``, or ``cafile=``/``cadata=`` via a context, to trust other CAs);
a failed verification raises ``URLError`` whose ``reason`` is the
``ssl.SSLCertVerificationError``."""

import socket
import http.client
from urllib.parse import urlsplit, urljoin, unquote, quote
from urllib.error import URLError, HTTPError

__all__ = ['Request', 'urlopen', 'URLError', 'HTTPError', 'MAX_REDIRECTIONS']

__version__ = '3.11'
MAX_REDIRECTIONS = 10
_REDIRECT_CODES = (301, 302, 303, 307, 308)


class Request:
    """A URL with its method, headers and body."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None,
                 unverifiable=False, method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self._data = None
        self.data = data
        for key, value in headers.items():
            self.add_header(key, value)
        if origin_req_host is None:
            origin_req_host = self.host
        self.origin_req_host = origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return '%s#%s' % (self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        url = url.strip() if isinstance(url, str) else url
        if not isinstance(url, str):
            raise TypeError('expected string or bytes-like object')
        self._full_url, _, self.fragment = url.partition('#')
        self._parse()

    @full_url.deleter
    def full_url(self):
        self._full_url = None
        self.fragment = None
        self.selector = ''

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        if data != self._data:
            self._data = data
            if self.has_header('Content-length'):
                self.remove_header('Content-length')

    @data.deleter
    def data(self):
        self.data = None

    def _parse(self):
        scheme, sep, rest = self._full_url.partition(':')
        if not sep or not scheme or not all(c.isalnum() or c in '+-.' for c in scheme):
            raise ValueError('unknown url type: %r' % self.full_url)
        self.type = scheme.lower()
        parts = urlsplit(self._full_url)
        if rest.startswith('//'):
            self.host = unquote(parts.netloc)
            self.selector = rest[2 + len(parts.netloc):] or ''
        else:
            self.host = ''
            self.selector = rest
        if self.host:
            self.host = self.host.rpartition('@')[2]

    def get_method(self):
        default_method = 'POST' if self.data is not None else 'GET'
        return getattr(self, 'method', default_method)

    def get_full_url(self):
        return self.full_url

    def set_proxy(self, host, type):
        raise PermissionError('pyx: proxies are not available; every hop is checked '
                              'against the network grants')

    def has_proxy(self):
        return False

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name, self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        hdrs = {**self.unredirected_hdrs, **self.headers}
        return list(hdrs.items())

    def __repr__(self):
        return '<urllib.request.Request object>'


def _open_once(req, timeout, context=None):
    """Send `req` over a new connection and return the response (any
    status)."""
    if req.type not in ('http', 'https'):
        raise URLError('unknown url type: %s' % req.type)
    host = req.host
    if not host:
        raise URLError('no host given')
    headers = dict(req.unredirected_hdrs)
    headers.update({k: v for k, v in req.headers.items() if k not in headers})
    data = req.data
    if data is not None:
        if isinstance(data, str):
            raise TypeError('POST data should be bytes, an iterable of bytes, or a file '
                            'object. It cannot be of type str.')
        if 'Content-type' not in headers:
            headers['Content-type'] = 'application/x-www-form-urlencoded'
        if 'Content-length' not in headers and 'Transfer-encoding' not in headers:
            if isinstance(data, (bytes, bytearray)):
                headers['Content-length'] = '%d' % len(data)
            else:
                headers['Transfer-encoding'] = 'chunked'
    headers.setdefault('Host', host)
    headers.setdefault('User-agent', 'Python-urllib/%s' % __version__)
    headers['Connection'] = 'close'
    headers = {name.title(): val for name, val in headers.items()}
    if req.type == 'https':
        conn = http.client.HTTPSConnection(host, timeout=timeout, context=context)
    else:
        conn = http.client.HTTPConnection(host, timeout=timeout)
    try:
        conn.request(req.get_method(), req.selector or '/', data, headers,
                     encode_chunked=headers.get('Transfer-Encoding') == 'chunked')
        r = conn.getresponse()
    except PermissionError:
        # A refused endpoint is the grants speaking: say so directly.
        conn.close()
        raise
    except OSError as err:
        conn.close()
        raise URLError(err) from None
    r.url = req.get_full_url()
    r.msg = r.reason
    return r


def _redirect(req, code, msg, headers, fp, newurl):
    """The request for the next hop, as CPython's HTTPRedirectHandler
    builds it."""
    m = req.get_method()
    if (not (code in (301, 302, 303, 307, 308) and m in ('GET', 'HEAD')
             or code in (301, 302, 303) and m == 'POST')):
        raise HTTPError(req.full_url, code, msg, headers, fp)
    newurl = newurl.replace(' ', '%20')
    content_headers = ('content-length', 'content-type')
    newheaders = {k: v for k, v in req.headers.items() if k.lower() not in content_headers}
    return Request(newurl, headers=newheaders, origin_req_host=req.origin_req_host,
                   unverifiable=True)


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, *, cafile=None,
            capath=None, cadefault=False, context=None):
    """Open an http: or https: URL (a string or a Request) and return the
    response.

    Redirects are followed up to MAX_REDIRECTIONS hops; each hop connects
    afresh and is checked against the network grants."""
    if cafile or capath or cadefault:
        import warnings
        warnings.warn('cafile, capath and cadefault are deprecated, use a '
                      'custom context instead.', DeprecationWarning, 2)
        if context is not None:
            raise ValueError("You can't pass both context and any of cafile, capath, and "
                             "cadefault")
        import ssl
        context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=cafile,
                                             capath=capath)
    if isinstance(url, str):
        req = Request(url, data)
    else:
        req = url
        if data is not None:
            req.data = data
    visited = {}
    hops = 0
    while True:
        r = _open_once(req, timeout, context)
        code = r.status
        if 200 <= code < 300:
            return r
        hdrs = r.headers
        if code in _REDIRECT_CODES and ('location' in hdrs or 'uri' in hdrs):
            newurl = hdrs.get('location') or hdrs.get('uri')
            parts = urlsplit(newurl)
            if parts.scheme not in ('http', 'https', 'ftp', ''):
                raise HTTPError(newurl, code,
                                "%s - Redirection to url '%s' is not allowed" % (r.reason, newurl),
                                hdrs, r)
            if not parts.path and parts.netloc:
                newurl = newurl + '/' if not (parts.query or parts.fragment) else newurl
            newurl = quote(newurl, encoding='iso-8859-1', safe="!#$%&'()*+,/:;=?@[\\]^_`{|}~")
            newurl = urljoin(req.full_url, newurl)
            new = _redirect(req, code, r.reason, hdrs, r, newurl)
            hops += 1
            if visited.get(newurl, 0) >= 4 or hops > MAX_REDIRECTIONS:
                raise HTTPError(req.full_url, code,
                                'The HTTP server returned a redirect error that would lead '
                                'to an infinite loop.\nThe last 30x error message was:\n'
                                + r.reason, hdrs, r)
            visited[newurl] = visited.get(newurl, 0) + 1
            r.read()
            r.close()
            req = new
            continue
        raise HTTPError(req.full_url, code, r.reason, hdrs, r)
