def g():
    yield from h()
def h():
    yield 1
    raise StopIteration("bad")
list(g())
