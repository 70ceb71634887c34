def rmtree(*a, **k): raise OSError('no file system under this run')
