# uuid's parsers of ifconfig/netstat output, fed a captured output the way
# CPython's own tests do (no command runs).
import io
import uuid
from unittest import mock


def stdout_of(text):
    return lambda command, args: io.BytesIO(text.encode())


print(uuid._parse_mac(b'52:54:00:9d:0e:67') == 0x5254009d0e67)
for bad in (b'', b'fe80::5054:ff:fe9', b'123:2:3:4:5:6:7:8', b'52:54:00:9d::67',
            b'52:54:00:9d:0e', b'52:54:00:9d:0e:6x', b'52-54-00-9d-0e-67'):
    print(bad, uuid._parse_mac(bad))
with mock.patch.multiple(uuid, _MAC_DELIM=b'.', _MAC_OMITS_LEADING_ZEROES=True):
    print(hex(uuid._parse_mac(b'fe.ad.c.1.23.4')), uuid._parse_mac(b'fe.ad.c.1.234.4'))

table = '''Name  Mtu   Network     Address           Ipkts
en0   1500  link#2      fe.ad.c.1.23.4   1714807956
en0   1500  192.168.129 x071             1714807956
'''
with mock.patch.multiple(uuid, _MAC_DELIM=b'.', _MAC_OMITS_LEADING_ZEROES=True,
                         _get_command_stdout=stdout_of(table)):
    print(hex(uuid._find_mac_under_heading('netstat', '-ian', b'Address')))
    print(uuid._find_mac_under_heading('netstat', '-ian', b'Missing'))

near = '''
fake      Link encap:UNSPEC  hwaddr 00-00
eth0      Link encap:Ethernet  HWaddr 12:34:56:78:90:ab
eth1      Link encap:Ethernet  HWaddr 10:34:56:78:90:ab
'''
with mock.patch.multiple(uuid, _MAC_DELIM=b':', _MAC_OMITS_LEADING_ZEROES=False,
                         _get_command_stdout=stdout_of(near)):
    print(hex(uuid._find_mac_near_keyword('ifconfig', '', [b'hwaddr'], lambda i: i + 1)))
    print(uuid._find_mac_near_keyword('ifconfig', '', [b'nothing'], lambda i: i + 1))

node = uuid._random_getnode()
print(0 < node < (1 << 48), bool(node & (1 << 40)), node != uuid._random_getnode())
print(uuid.getnode() == uuid.getnode())
