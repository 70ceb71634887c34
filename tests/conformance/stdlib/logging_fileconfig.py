# logging.config.fileConfig from a file object and from a ConfigParser.
import configparser
import io
import logging
import logging.config
import sys

conf = """
[loggers]
keys=root,app,app_db

[handlers]
keys=out,mem

[formatters]
keys=plain,fancy

[logger_root]
level=WARNING
handlers=out

[logger_app]
level=DEBUG
handlers=mem
qualname=app
propagate=0

[logger_app_db]
level=INFO
handlers=
qualname=app.db

[handler_out]
class=StreamHandler
level=NOTSET
formatter=plain
args=(sys.stdout,)

[handler_mem]
class=logging.handlers.MemoryHandler
formatter=fancy
args=(3,)
target=out

[formatter_plain]
format=%(levelname)s:%(name)s:%(message)s

[formatter_fancy]
format={name} says {message}
style={
class=logging.Formatter
"""

old = logging.getLogger('old.one')
logging.config.fileConfig(io.StringIO(conf))
print(old.disabled, logging.getLogger('app').propagate, logging.getLogger('app').level,
      sorted(h.name for h in logging.getLogger('app').handlers))
logging.getLogger('app').debug('one')
logging.getLogger('app.db').info('two')
logging.getLogger('app').info('three')
logging.getLogger('other').warning('root %s', 'speaks')
logging.getLogger('other').info('dropped')

cp = configparser.ConfigParser()
cp.read_string("""
[loggers]
keys=root
[handlers]
keys=h
[formatters]
keys=
[logger_root]
level=INFO
handlers=h
[handler_h]
class=StreamHandler
args=(sys.stdout,)
""")
logging.config.fileConfig(cp, disable_existing_loggers=False)
print(old.disabled, logging.getLogger().level)
logging.getLogger('x').info('unformatted')

for bad in ("[loggers]\nkeys=root\n[handlers]\nkeys=\n[formatters]\nkeys=\n", "no header\n"):
    try:
        logging.config.fileConfig(io.StringIO(bad))
    except Exception as e:
        print(type(e).__name__, str(e).splitlines()[0][-40:])
try:
    logging.config.fileConfig('does-not-exist.ini')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
