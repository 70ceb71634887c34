"""Facts about the running interpreter, written for pyx.

pyx answers about itself and never about the host: the machine, node,
operating system and processor are unknown to the running code, so those
functions return '' -- what CPython's platform module documents for a
value it cannot determine. The Python-level answers (implementation,
version) describe pyx.
"""

import sys
from collections import namedtuple

__all__ = ["architecture", "machine", "node", "platform", "processor", "python_build",
           "python_compiler", "python_branch", "python_implementation", "python_revision",
           "python_version", "python_version_tuple", "release", "system", "system_alias",
           "uname", "uname_result", "version", "win32_ver", "mac_ver", "libc_ver",
           "freedesktop_os_release"]

__version__ = "1.0.8"

# CPython caches what it learns from the host in these; pyx learns nothing
# from a host, but code (and CPython's tests) clear or reset them.
_platform_cache = {}
_sys_version_cache = {}
_uname_cache = None
_os_release_cache = None

uname_result = namedtuple("uname_result", "system node release version machine processor")


def uname():
    return uname_result("", "", "", "", "", "")


def system():
    return ""


def node():
    return ""


def release():
    return ""


def version():
    return ""


def machine():
    return ""


def processor():
    return ""


def system_alias(system, release, version):
    return system, release, version


def architecture(executable=None, bits="", linkage=""):
    if not bits:
        bits = "%dbit" % ((sys.maxsize.bit_length() + 1))
    return bits, linkage


def python_implementation():
    """'pyx' (CPython answers 'CPython', PyPy 'PyPy')."""
    return sys.implementation.name


def python_version():
    v = sys.version_info
    return "%d.%d.%d" % (v[0], v[1], v[2])


def python_version_tuple():
    return tuple(python_version().split("."))


def python_branch():
    return ""


def python_revision():
    return ""


def python_build():
    return ("", "")


def python_compiler():
    return "rustc"


def platform(aliased=False, terse=False):
    """The interpreter, since the host is not ours to describe."""
    if terse:
        return "%s-%s" % (python_implementation(), python_version())
    return "%s-%s-%s" % (python_implementation(), python_version(), architecture()[0])


def win32_ver(release="", version="", csd="", ptype=""):
    return release, version, csd, ptype


def win32_edition():
    return ""


def win32_is_iot():
    return False


def mac_ver(release="", versioninfo=("", "", ""), machine=""):
    return release, versioninfo, machine


def java_ver(release="", vendor="", vminfo=("", "", ""), osinfo=("", "", "")):
    return release, vendor, vminfo, osinfo


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    return lib, version


def _parse_os_release(lines):
    """The os-release(5) settings in `lines` as a dict (NAME, ID and
    PRETTY_NAME default to Linux/linux/Linux). A line is KEY=value with KEY
    of letters, digits and '_'; the value may be in single or double quotes,
    and a backslash before \\ $ " ' or ` stands for that character. Comments,
    blank and malformed lines are skipped. (pyx never reads the host's own
    os-release: see freedesktop_os_release.)"""
    import re
    info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
    for line in lines:
        m = re.fullmatch(r"([A-Za-z0-9_]+)=(.*)", line)
        if m is None:
            continue
        value = m.group(2)
        if len(value) >= 2 and value[0] in "\"'" and value[-1] == value[0]:
            value = value[1:-1]
        info[m.group(1)] = re.sub(r"\\([\\$\"'`])", r"\1", value)
    return info


def freedesktop_os_release():
    raise OSError("freedesktop_os_release: the host's os-release is not visible to this interpreter")
