class ConfigError(Exception):
    pass
def load():
    raise ConfigError("missing key 'db'")
print("loading")
load()
