import sys
# genexpr attributes
ge = (x * 2 for x in range(3))
print(type(ge).__name__, ge.__name__, ge.__qualname__, ge.gi_code.co_name)
def outer():
    return (y for y in "ab")
print(outer().__qualname__)
print(list(ge), list(ge))
# genexpr send
ge = (x for x in range(3))
print(next(ge), ge.send(None))
try:
    ge.send(5)
    print("send ok")
except Exception as e:
    print(type(e).__name__, e)
# genexpr throw
ge = (x for x in range(3))
try:
    ge.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
# genexpr evaluates first iterable eagerly
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError", e)
# lambda generator
lg = lambda: (yield 1)
g = lg()
print(next(g))
try:
    g.send("val")
except StopIteration as e:
    print("lambda gen returned", e.value)
# yield as expression value
def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return "stopped"
e = echo()
next(e)
print(e.send(1), e.send("two"))
try:
    e.send("stop")
except StopIteration as s:
    print(s.value)
# gi_frame.f_lineno and f_locals
def framey(a):
    b = a + 1
    yield b
    c = b * 2
    yield c
f = framey(1)
print(f.gi_frame.f_lineno, sorted(f.gi_frame.f_locals))
next(f)
print(f.gi_frame.f_lineno, sorted(f.gi_frame.f_locals.items()))
next(f)
print(f.gi_frame.f_lineno, sorted(f.gi_frame.f_locals.items()))
print(f.gi_frame.f_code is framey.__code__, f.gi_frame.f_back)
# finally runs when generator is deleted
def fin():
    try:
        yield 1
    finally:
        print("fin cleanup")
x = fin(); next(x); del x
print("after del")
# finally run on close of a for-loop break
def fin2():
    try:
        for i in range(10):
            yield i
    finally:
        print("fin2 cleanup")
for v in fin2():
    if v == 2:
        break
print("after break")
# generator returning from try with finally that yields
def tricky():
    try:
        return 1
    finally:
        yield "in finally"
t = tricky()
print(next(t))
try:
    next(t)
except StopIteration as e:
    print("returned", e.value)
# yield inside except block preserves exc_info
def exc_gen():
    try:
        raise KeyError("inner")
    except KeyError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]
eg = exc_gen()
print(repr(next(eg)))
try:
    raise ValueError("outer")
except ValueError:
    print(repr(next(eg)))
    print(repr(sys.exc_info()[1]))
print(repr(next(eg)))
# generator reentrancy via send in its own body
def selfsend():
    yield g2.send(None)
g2 = selfsend()
try:
    next(g2)
except ValueError as e:
    print("ValueError", e)
# close from within
def selfclose():
    g3.close()
    yield
g3 = selfclose()
try:
    next(g3)
except ValueError as e:
    print("ValueError", e)
# StopIteration raised explicitly in generator with value wrapped
def stopper():
    yield 1
    raise StopIteration(42)
try:
    list(stopper())
except RuntimeError as e:
    print(e, e.__cause__.value)
# generator truthiness, iter
def gg(): yield
o = gg()
print(bool(o), iter(o) is o)
# generator comparison and hashing
print(o == o, o != gg(), isinstance(hash(o), int))
# yield in nested functions
def outer2():
    def inner():
        yield "inner"
    yield from inner()
    yield "outer"
print(list(outer2()))
# deep yield from chain
def chain(n):
    if n == 0:
        yield "leaf"
        return 0
    r = yield from chain(n - 1)
    return r + 1
c = chain(50)
print(next(c))
try:
    next(c)
except StopIteration as e:
    print("chain", e.value)
