"""Stand-in for smtpd (deprecated, gone in 3.12) in the regression-test
harness: an SMTPServer is an asyncore dispatcher, which cannot be made
under pyx."""
import asyncore


class SMTPChannel:
    pass


class SMTPServer(asyncore.dispatcher):
    channel_class = SMTPChannel

    def __init__(self, localaddr, remoteaddr, data_size_limit=33554432,
                 map=None, enable_SMTPUTF8=False, decode_data=False):
        asyncore.dispatcher.__init__(self, map=map)
