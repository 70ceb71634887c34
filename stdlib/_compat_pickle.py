"""Name maps between Python 2 and Python 3 for pickles (written for pyx).

`pickle` uses these with `fix_imports=True`: an Unpickler reading a
protocol 0-2 pickle made by Python 2 renames `(module, name)` pairs with
NAME_MAPPING and then modules with IMPORT_MAPPING; a Pickler writing
protocol 0-2 renames the other way (REVERSE_NAME_MAPPING, then
REVERSE_IMPORT_MAPPING) so Python 2 can read the result. The maps only
rename: whatever name comes out still goes through the unpickler's
`find_class`, which imports with this interpreter's own import system.
"""


def _pairs(text):
    # "a:b c:d" -> [("a", "b"), ("c", "d")]
    return [tuple(item.split(":")) for item in text.split()]


# Python 2 module -> Python 3 module (one to one, so it reverses).
IMPORT_MAPPING = dict(_pairs("""
    __builtin__:builtins copy_reg:copyreg Queue:queue SocketServer:socketserver
    ConfigParser:configparser repr:reprlib
    tkFileDialog:tkinter.filedialog tkSimpleDialog:tkinter.simpledialog
    tkColorChooser:tkinter.colorchooser tkCommonDialog:tkinter.commondialog
    Dialog:tkinter.dialog Tkdnd:tkinter.dnd tkFont:tkinter.font
    tkMessageBox:tkinter.messagebox ScrolledText:tkinter.scrolledtext
    Tkconstants:tkinter.constants Tix:tkinter.tix ttk:tkinter.ttk Tkinter:tkinter
    markupbase:_markupbase _winreg:winreg thread:_thread dummy_thread:_dummy_thread
    dbhash:dbm.bsd dumbdbm:dbm.dumb dbm:dbm.ndbm gdbm:dbm.gnu
    xmlrpclib:xmlrpc.client SimpleXMLRPCServer:xmlrpc.server httplib:http.client
    htmlentitydefs:html.entities HTMLParser:html.parser Cookie:http.cookies
    cookielib:http.cookiejar BaseHTTPServer:http.server test.test_support:test.support
    commands:subprocess urlparse:urllib.parse robotparser:urllib.robotparser
    urllib2:urllib.request anydbm:dbm _abcoll:collections.abc
"""))

REVERSE_IMPORT_MAPPING = {new: old for old, new in IMPORT_MAPPING.items()}
assert len(REVERSE_IMPORT_MAPPING) == len(IMPORT_MAPPING)


def _name_pairs(text):
    # "m.a>n.b" -> {("m", "a"): ("n", "b")}; the module is everything before
    # the last dot of each side.
    out = {}
    for item in text.split():
        old, new = item.split(">")
        out[tuple(old.rsplit(".", 1))] = tuple(new.rsplit(".", 1))
    return out


# (Python 2 module, name) -> (Python 3 module, name) (one to one).
NAME_MAPPING = _name_pairs("""
    __builtin__.xrange>builtins.range __builtin__.reduce>functools.reduce
    __builtin__.intern>sys.intern __builtin__.unichr>builtins.chr
    __builtin__.unicode>builtins.str __builtin__.long>builtins.int
    itertools.izip>builtins.zip itertools.imap>builtins.map
    itertools.ifilter>builtins.filter itertools.ifilterfalse>itertools.filterfalse
    itertools.izip_longest>itertools.zip_longest
    UserDict.IterableUserDict>collections.UserDict UserList.UserList>collections.UserList
    UserString.UserString>collections.UserString whichdb.whichdb>dbm.whichdb
    _socket.fromfd>socket.fromfd
    _multiprocessing.Connection>multiprocessing.connection.Connection
    multiprocessing.process.Process>multiprocessing.context.Process
    multiprocessing.forking.Popen>multiprocessing.popen_fork.Popen
    urllib.ContentTooShortError>urllib.error.ContentTooShortError
    urllib.getproxies>urllib.request.getproxies
    urllib.pathname2url>urllib.request.pathname2url
    urllib.quote_plus>urllib.parse.quote_plus urllib.quote>urllib.parse.quote
    urllib.unquote_plus>urllib.parse.unquote_plus urllib.unquote>urllib.parse.unquote
    urllib.url2pathname>urllib.request.url2pathname
    urllib.urlcleanup>urllib.request.urlcleanup urllib.urlencode>urllib.parse.urlencode
    urllib.urlopen>urllib.request.urlopen urllib.urlretrieve>urllib.request.urlretrieve
    urllib2.HTTPError>urllib.error.HTTPError urllib2.URLError>urllib.error.URLError
""")

# Python 2's `exceptions` module held the built-in exceptions.
PYTHON2_EXCEPTIONS = tuple("""
    ArithmeticError AssertionError AttributeError BaseException BufferError
    BytesWarning DeprecationWarning EOFError EnvironmentError Exception
    FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning
    IndentationError IndexError KeyError KeyboardInterrupt LookupError MemoryError
    NameError NotImplementedError OSError OverflowError PendingDeprecationWarning
    ReferenceError RuntimeError RuntimeWarning StopIteration SyntaxError
    SyntaxWarning SystemError SystemExit TabError TypeError UnboundLocalError
    UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError
    UnicodeWarning UserWarning ValueError Warning ZeroDivisionError
""".split())
try:
    WindowsError
except NameError:
    pass
else:
    PYTHON2_EXCEPTIONS += ("WindowsError",)

for _exc in PYTHON2_EXCEPTIONS:
    NAME_MAPPING[("exceptions", _exc)] = ("builtins", _exc)

MULTIPROCESSING_EXCEPTIONS = ("AuthenticationError", "BufferTooShort", "ProcessError",
                              "TimeoutError")
for _exc in MULTIPROCESSING_EXCEPTIONS:
    NAME_MAPPING[("multiprocessing", _exc)] = ("multiprocessing.context", _exc)

REVERSE_NAME_MAPPING = {new: old for old, new in NAME_MAPPING.items()}
assert len(REVERSE_NAME_MAPPING) == len(NAME_MAPPING)

# One-way entries: several old names that land on one new name, and old
# Python 3 spellings of C accelerator modules.
IMPORT_MAPPING.update(_pairs("""
    cPickle:pickle _elementtree:xml.etree.ElementTree FileDialog:tkinter.filedialog
    SimpleDialog:tkinter.simpledialog DocXMLRPCServer:xmlrpc.server
    SimpleHTTPServer:http.server CGIHTTPServer:http.server
    UserDict:collections UserList:collections UserString:collections
    whichdb:dbm StringIO:io cStringIO:io
"""))

REVERSE_IMPORT_MAPPING.update(_pairs("""
    _bz2:bz2 _dbm:dbm _functools:functools _gdbm:gdbm _pickle:pickle
"""))

NAME_MAPPING.update(_name_pairs("""
    __builtin__.basestring>builtins.str exceptions.StandardError>builtins.Exception
    UserDict.UserDict>collections.UserDict socket._socketobject>socket.SocketType
"""))

REVERSE_NAME_MAPPING.update(_name_pairs("""
    _functools.reduce>__builtin__.reduce
    tkinter.filedialog.FileDialog>FileDialog.FileDialog
    tkinter.filedialog.LoadFileDialog>FileDialog.LoadFileDialog
    tkinter.filedialog.SaveFileDialog>FileDialog.SaveFileDialog
    tkinter.simpledialog.SimpleDialog>SimpleDialog.SimpleDialog
    xmlrpc.server.ServerHTMLDoc>DocXMLRPCServer.ServerHTMLDoc
    xmlrpc.server.XMLRPCDocGenerator>DocXMLRPCServer.XMLRPCDocGenerator
    xmlrpc.server.DocXMLRPCRequestHandler>DocXMLRPCServer.DocXMLRPCRequestHandler
    xmlrpc.server.DocXMLRPCServer>DocXMLRPCServer.DocXMLRPCServer
    xmlrpc.server.DocCGIXMLRPCRequestHandler>DocXMLRPCServer.DocCGIXMLRPCRequestHandler
    http.server.SimpleHTTPRequestHandler>SimpleHTTPServer.SimpleHTTPRequestHandler
    http.server.CGIHTTPRequestHandler>CGIHTTPServer.CGIHTTPRequestHandler
    _socket.socket>socket._socketobject
"""))

# Python 3 exceptions Python 2 did not have: pickled as their nearest base.
PYTHON3_OSERROR_EXCEPTIONS = tuple("""
    BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError
    ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError
    InterruptedError IsADirectoryError NotADirectoryError PermissionError
    ProcessLookupError TimeoutError
""".split())
for _exc in PYTHON3_OSERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[("builtins", _exc)] = ("exceptions", "OSError")

PYTHON3_IMPORTERROR_EXCEPTIONS = ("ModuleNotFoundError",)
for _exc in PYTHON3_IMPORTERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[("builtins", _exc)] = ("exceptions", "ImportError")

del _exc, _pairs, _name_pairs
