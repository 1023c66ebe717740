# exceptions2: UNCAUGHT exception raised inside a generator, traceback passes through generator and callers
def records():
    yield {"v": 1}
    yield {"v": 2}
    yield {"w": 3}
def values(src):
    for r in src:
        yield r["v"]
def total():
    s = 0
    for v in values(records()):
        print("adding", v)
        s += v
    return s
total()
