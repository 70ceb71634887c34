# dictConfig leaves the caller's dictionary as given (so one constant can
# configure twice); '.' properties survive a factory retried without
# `format`; odd pathnames and lenient %-format validation.
import logging
import logging.config
import sys


class Custom(logging.Formatter):
    def __init__(self, fmt=None, datefmt=None):
        super().__init__(fmt, datefmt)


CONFIG = {
    'version': 1,
    'disable_existing_loggers': False,
    'formatters': {
        'custom': {'()': Custom, 'format': '%(levelname)s|%(message)s',
                   '.': {'tag': 'value'}},
        'plain': {'format': '%(name)s: %(message)s'},
    },
    'handlers': {
        'out': {'class': 'logging.StreamHandler', 'formatter': 'custom',
                'stream': 'ext://sys.stdout'},
    },
    'root': {'level': 'INFO', 'handlers': ['out']},
}

before = repr(CONFIG)
for _ in range(2):
    logging.config.dictConfig(CONFIG)
    logging.getLogger('a').info('configured')
    print(logging.root.handlers[0].formatter.tag)
print(repr(CONFIG) == before, CONFIG['disable_existing_loggers'])

for path in (None, 'dir/mod.py', '.hidden', 'pkg/a.b.py', 'noext'):
    r = logging.LogRecord('n', logging.INFO, path, 1, 'm', None, None)
    print(repr(r.filename), repr(r.module))

for fmt in ('%(message)s and %(bad) x', '%(levelname)-15s %(message) 5s', 'no fields', '%(x)'):
    try:
        logging.Formatter(fmt)
        print('ok', fmt)
    except ValueError as e:
        print('ValueError', e)

# cfg:// references to whole sections and to items, resolved when read.
INDIRECT = {
    'version': 1,
    'true_formatters': {'f': {'format': '%(levelname)s ++ %(message)s'}},
    'handler_configs': {'h': {'class': 'logging.StreamHandler', 'formatter': 'f',
                              'stream': 'ext://sys.stdout'}},
    'formatters': 'cfg://true_formatters',
    'handlers': {'h': 'cfg://handler_configs[h]'},
    'root': {'level': 'WARNING', 'handlers': ['h']},
    'alist': ['a', 'cfg://true_formatters.f.format'],
}
logging.config.dictConfig(INDIRECT)
logging.getLogger('b').warning('through cfg')
bc = logging.config.BaseConfigurator(INDIRECT)
print(bc.config['alist'][1], bc.convert('cfg://alist[0]'), bc.config.get('formatters')['f']['format'])
print(bc.config['alist'].pop(1), type(bc.config).__name__)

# '{' style validation: field names, conversions and format specs.
for fmt in ('{name-thing}', '{message!x}', '{message:<>10}', '{message:>10.3}', '{a.b[c]} {0}',
            '{process:,d}', '{x:{width}}', 'no fields'):
    try:
        logging.Formatter(fmt, style='{')
        print('ok', fmt)
    except ValueError as e:
        print('ValueError', e)
