# errors: uncaught KeyError from a dict lookup at module level, with a string key
config = {"host": "localhost", "port": 8080}
for k in config:
    print(k, config[k])
print("timeout:", config["timeout"])
