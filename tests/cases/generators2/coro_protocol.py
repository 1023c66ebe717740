# coroutine attributes and reprs
import types
async def coro(x):
    return x * 2
c = coro(3)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_code.co_name, c.cr_frame is not None, c.cr_suspended)
print(c.cr_origin)
print(hasattr(c, "__next__"), hasattr(c, "__iter__"), hasattr(c, "__await__"))
try:
    iter(c)
except TypeError as e:
    print("TypeError", e)
try:
    next(c)
except TypeError as e:
    print("TypeError", e)
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
c2 = coro(1); c2.close()
try:
    c2.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
c3 = coro(1)
try:
    c3.throw(ValueError("t"))
except ValueError as e:
    print("ValueError", e)
try:
    c3.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

class Fut:
    def __init__(self): self.result = None
    def __await__(self):
        v = yield self
        return v
async def waiter():
    a = await Fut()
    b = await Fut()
    return a + b
w = waiter()
f = w.send(None)
print(type(f).__name__, type(w.cr_await).__name__, w.cr_suspended)
f = w.send(10)
try:
    w.send(5)
except StopIteration as e:
    print("sum", e.value)
# await wrapper
aw = coro(5).__await__()
print(type(aw).__name__)
try:
    next(aw)
except StopIteration as e:
    print("wrapper value", e.value)
# await non-awaitable
async def bad():
    await 5
try:
    bad().send(None)
except TypeError as e:
    print(e)
async def bad2():
    await gen_plain()
def gen_plain():
    yield 1
try:
    bad2().send(None)
except TypeError as e:
    print(e)
# coroutine awaiting itself
async def selfawait():
    await me
me = selfawait()
try:
    me.send(None)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
# throw into suspended coroutine
async def catcher():
    try:
        await Fut()
    except KeyError as e:
        return "caught %r" % e
cc = catcher(); cc.send(None)
try:
    cc.throw(KeyError("kk"))
except StopIteration as e:
    print(e.value)
# close suspended coroutine
async def closer():
    try:
        await Fut()
    finally:
        print("closer finally")
cl = closer(); cl.send(None); cl.close(); print(cl.cr_frame)
# async def returns coroutine; inspect flags
print(coro.__code__.co_flags & 0x80 != 0)
