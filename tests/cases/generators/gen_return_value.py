# generators: return values carried by StopIteration.value; return inside try/finally; tuple/None returns
def r(v):
    yield "only"
    return v
for val in [5, None, (1, 2), [3]]:
    g = r(val)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(e.value), e.args)
def ret_finally():
    try:
        yield 1
        return "from try"
    finally:
        print("finally runs before StopIteration")
g = ret_finally()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
def finally_overrides():
    try:
        yield 1
        return "try"
    finally:
        return "finally"
g = finally_overrides()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
def ret_stopiteration_instance():
    yield 1
    return StopIteration("as a value")
g = ret_stopiteration_instance()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value is a StopIteration:", type(e.value).__name__, e.value)
def immediate():
    return "immediately"
    yield
try:
    next(immediate())
except StopIteration as e:
    print("value:", e.value)
print(list(r("ignored by list")))
