# exceptions2: exceptions crossing several frames, each with finally/except layers, showing unwinding order
log = []
def level(n):
    try:
        log.append("enter %d" % n)
        if n == 0:
            raise LookupError("bottom")
        level(n - 1)
        log.append("not reached %d" % n)
    except KeyError:
        log.append("KeyError handler %d (not matching)" % n)
    finally:
        log.append("finally %d" % n)
try:
    level(3)
except LookupError as e:
    log.append("caught at top: %s" % e)
for line in log:
    print(line)
log.clear()
def translate(n):
    try:
        if n == 0:
            raise ValueError("origin")
        translate(n - 1)
    except ValueError as e:
        raise TypeError("translated at %d" % n) from e
    except TypeError as e:
        raise TypeError("re-translated at %d" % n) from e
try:
    translate(2)
except TypeError as e:
    chain = []
    while e is not None:
        chain.append(str(e))
        e = e.__cause__
    print(chain)
def swallow_middle():
    def inner():
        raise IndexError("inner")
    def middle():
        try:
            inner()
        except IndexError:
            return "middle swallowed"
    return middle()
print(swallow_middle())
