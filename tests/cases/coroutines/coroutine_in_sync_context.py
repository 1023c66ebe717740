# coroutines: misuse of coroutine objects from synchronous code: iteration, next(), truthiness, repr-free checks
async def coro():
    return 1
c = coro()
for label, fn in [("iter", lambda: iter(c)), ("next", lambda: next(c)), ("list", lambda: list(c)), ("len", lambda: len(c)), ("index", lambda: c[0])]:
    try:
        fn()
    except TypeError as e:
        print(label, type(e).__name__, e)
print(bool(c), callable(c), hasattr(c, "send"), hasattr(c, "__next__"), hasattr(c, "__await__"))
c.close()
async def agen():
    yield 1
a = agen()
for label, fn in [("iter agen", lambda: iter(a)), ("next agen", lambda: next(a))]:
    try:
        fn()
    except TypeError as e:
        print(label, type(e).__name__, e)
print(hasattr(a, "__aiter__"), hasattr(a, "__anext__"), a.__aiter__() is a)
def run(co):
    try:
        while True:
            co.send(None)
    except StopIteration as e:
        return e.value
async def await_agen():
    await agen()
try:
    run(await_agen())
except TypeError as e:
    print(type(e).__name__, e)
inner = coro()
async def for_over_coro():
    for x in inner:
        pass
try:
    run(for_over_coro())
except TypeError as e:
    print(type(e).__name__, e)
inner.close()
