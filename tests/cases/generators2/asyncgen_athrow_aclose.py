import types
@types.coroutine
def suspend(v=None):
    return (yield v)
def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    try:
        await suspend("s1")
        yield 1
        await suspend("s2")
        yield 2
    finally:
        print("agen finally")
a = agen()
an = a.__anext__()
print(an.send(None))              # s1 (awaiting)
print(a.ag_running, type(a.ag_await).__name__)
try:
    a.__anext__().send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    an.send(None)
except StopIteration as e:
    print("yielded", e.value)
print(a.ag_running, a.ag_await)
# athrow forms
async def catcher():
    while True:
        try:
            yield "ready"
        except Exception as e:
            yield "caught %s %r" % (type(e).__name__, e.args)
c = catcher()
run(c.__anext__())
def athrow(*args):
    try:
        c.athrow(*args).send(None)
    except StopIteration as e:
        return e.value
print(athrow(ValueError))
run(c.__anext__())
print(athrow(ValueError, 5))
run(c.__anext__())
print(athrow(ValueError("inst")))
try:
    c.athrow(ValueError("x"), 5).send(None)
except TypeError as e:
    print("TypeError", e)
try:
    c.athrow()
except TypeError as e:
    print("TypeError", e)
try:
    c.athrow(5).send(None)
except TypeError as e:
    print("TypeError", e)
# aclose twice, aclose after exhaustion
async def simple():
    yield 1
s = simple()
print(run(s.aclose()), run(s.aclose()))
try:
    run(s.__anext__())
except StopAsyncIteration:
    print("closed agen -> StopAsyncIteration")
# the awaitable object repr/type names and methods
s2 = simple()
aw = s2.asend(None)
print(type(aw).__name__, hasattr(aw, "send"), hasattr(aw, "throw"), hasattr(aw, "close"), iter(aw) is aw if hasattr(aw, "__iter__") else "noiter")
aw.close()
try:
    aw.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
# throw into asend awaitable
s3 = simple()
aw = s3.asend(None)
try:
    aw.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
# async for with break leaves generator suspended
async def counter(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("counter finally")
async def main():
    g = counter(5)
    async for v in g:
        if v == 2:
            break
    print("broke at", v)
    await g.aclose()
    return "main done"
print(run(main()))
# async comprehension forms
async def comp():
    a = [v async for v in counter(3)]
    b = {v: v * v async for v in counter(2)}
    c = [v async for v in counter(4) if v % 2]
    return a, b, c
print(run(comp()))
# StopAsyncIteration raised inside async generator body -> RuntimeError
async def bad():
    yield 1
    raise StopAsyncIteration
b = bad()
run(b.__anext__())
try:
    run(b.__anext__())
except RuntimeError as e:
    print("RuntimeError", e)
# return value in async generator is syntax error
try:
    compile("async def f():\n    yield 1\n    return 2\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)
# yield from in async function
try:
    compile("async def f():\n    yield from []\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)
