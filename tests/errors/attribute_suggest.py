class Config:
    def __init__(self):
        self.verbose = True

c = Config()
if c.verbos:
    pass
