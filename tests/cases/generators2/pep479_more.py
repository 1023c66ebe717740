it = iter([1])
try:
    print(list(next(it) for _ in range(3)))
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
it = iter([1])
try:
    print([next(it) for _ in range(3)])
except StopIteration as e:
    print("StopIteration from listcomp", e.args)
def gen_with_inner_genexpr():
    it = iter([])
    yield from (next(it) for _ in range(2))
try:
    list(gen_with_inner_genexpr())
except RuntimeError as e:
    print("RuntimeError", e)
# StopIteration subclass
class MyStop(StopIteration): pass
def g():
    raise MyStop(3)
    yield
try:
    next(g())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__.value)
# StopIteration caught inside generator is fine
def ok():
    try:
        next(iter([]))
    except StopIteration:
        yield "recovered"
print(list(ok()))
# return inside generator's finally after StopIteration escape attempt
def g2():
    try:
        raise StopIteration
    finally:
        return "fin"
    yield
try:
    next(g2())
except StopIteration as e:
    print("value", e.value)
# map with a function raising StopIteration stops the map silently
def stopper(x):
    if x == 2:
        raise StopIteration
    return x
print(list(map(stopper, [1, 2, 3])))
# zip over a generator raising StopIteration explicitly (inside gen -> RuntimeError)
def bad():
    yield 1
    raise StopIteration
try:
    print(list(zip(bad(), [1, 2, 3])))
except RuntimeError as e:
    print("RuntimeError", e)
# async generator raising StopIteration
async def ag():
    yield 1
    raise StopIteration
a = ag()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("first", e.value)
try:
    a.__anext__().send(None)
except RuntimeError as e:
    print("RuntimeError", e)
