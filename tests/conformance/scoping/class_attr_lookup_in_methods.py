class Config:
    debug = False
    level = 1
    def show(self):
        try:
            return debug
        except NameError as e:
            return f"NameError: {e}"
    def show_qualified(self):
        return Config.debug, self.level, type(self).level
    @classmethod
    def bump(cls):
        cls.level += 1
        return cls.level
print(Config().show(), Config().show_qualified(), Config.bump(), Config.level)
class Sub(Config):
    pass
print(Sub.bump(), Config.level, Sub.level, Sub().show_qualified())
