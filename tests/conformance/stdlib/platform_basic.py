import platform, sys

# Only what holds for every interpreter: pyx answers about itself, never the host.
print(platform.python_version().startswith("3.11."), len(platform.python_version_tuple()),
      platform.python_version_tuple()[:2])
print(isinstance(platform.python_implementation(), str))
print(platform.architecture()[0] in ("32bit", "64bit"))
u = platform.uname()
print(type(u).__name__, u._fields[:5], len(u), all(isinstance(x, str) for x in u), isinstance(u.processor, str))
for f in (platform.system, platform.node, platform.release, platform.version, platform.machine,
          platform.processor, platform.platform, platform.python_compiler):
    print(f.__name__, isinstance(f(), str))
print(platform.system_alias("A", "B", "C")[:1], isinstance(platform.python_build(), tuple))
print(platform.libc_ver.__name__, len(platform.win32_ver()), len(platform.mac_ver()))
