# sysconfig answers about pyx: lookups run and find the portable facts.
import sysconfig
print(sysconfig.get_python_version(), sysconfig.get_config_var('SIZEOF_TIME_T'), sysconfig.get_config_var('NO_SUCH_VAR'))
print(isinstance(sysconfig.get_config_vars(), dict), sysconfig.get_config_vars('py_version_short', 'NOPE'))
print(isinstance(sysconfig.get_platform(), str), sysconfig.is_python_build())
