# exceptions2: UNCAUGHT chained exception via raise ... from ... ("The above exception was the direct cause")
def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("bad port setting: " + text) from e
def configure(settings):
    return {k: parse_port(v) for k, v in settings.items()}
print(configure({"http": "80"}))
configure({"http": "80", "https": "4x3"})
