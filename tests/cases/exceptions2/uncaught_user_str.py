# exceptions2: UNCAUGHT user exception whose __str__ is used in the traceback's last line (status 1)
class ConfigError(Exception):
    def __init__(self, key, problem):
        super().__init__(key, problem)
        self.key = key
        self.problem = problem
    def __str__(self):
        return "config key %r is %s" % (self.key, self.problem)
def load(cfg):
    for k in ("host", "port"):
        if k not in cfg:
            raise ConfigError(k, "missing")
    return cfg
print(load({"host": "h", "port": 1}))
print("about to fail")
load({"host": "h"})
print("not reached")
