class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason


def read(cfg, key):
    return cfg[key]


def load(cfg):
    try:
        return read(cfg, "port")
    except KeyError as e:
        print("missing", e)
        try:
            int("port?")
        except ValueError:
            raise ConfigError("port", 42)


e = ConfigError("a", "b")
print(e.args, str(e), repr(e))
print(load({"port": 80}))
load({})
