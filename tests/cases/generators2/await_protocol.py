class Awaitable:
    def __init__(self, log): self.log = log
    def __await__(self):
        try:
            x = yield "first"
            self.log.append(("got", x))
            y = yield "second"
            self.log.append(("got", y))
        except KeyError as e:
            self.log.append(("await caught", str(e)))
            return "recovered"
        finally:
            self.log.append("await finally")
        return "normal"
async def main(log):
    r = await Awaitable(log)
    log.append(("result", r))
    return r
log = []
m = main(log)
print(m.send(None), m.send(1))
try:
    m.send(2)
except StopIteration as e:
    print("done", e.value)
print(log)
log = []
m = main(log)
m.send(None)
try:
    m.throw(KeyError("k"))
except StopIteration as e:
    print("done", e.value)
print(log)
log = []
m = main(log)
m.send(None)
m.close()
print(log)
# __await__ returning an iterator without throw/close
class ItAwait:
    def __await__(self):
        return iter([1, 2])
async def use_it():
    return await ItAwait()
u = use_it()
print(u.send(None))
try:
    u.throw(ValueError("v"))
except ValueError as e:
    print("ValueError propagated", e)
u = use_it(); u.send(None); u.close(); print("closed", u.cr_frame)
# __await__ returning non-iterator
class BadAwait:
    def __await__(self): return 5
async def use_bad():
    await BadAwait()
try:
    use_bad().send(None)
except TypeError as e:
    print("TypeError", e)
# __await__ as a non-callable / missing
class NoAwait: pass
async def use_none():
    await NoAwait()
try:
    use_none().send(None)
except TypeError as e:
    print("TypeError", e)
# cr_await while awaiting; coroutine wrapper methods
async def inner():
    return await Awaitable([])
async def outer():
    return await inner()
o = outer()
o.send(None)
print(type(o.cr_await).__name__, type(o.cr_await.cr_await).__name__)
o.close()
w = inner().__await__()
print(type(w).__name__, next(w), w.send(5))
try:
    w.send(6)
except StopIteration as e:
    print("wrapper done", e.value)
try:
    next(w)
except RuntimeError as e:
    print("RuntimeError", e)
# await the same coroutine twice
async def simple(): return 1
s = simple()
async def twice():
    a = await s
    b = await s
try:
    twice().send(None)
except RuntimeError as e:
    print("RuntimeError", e)
# coroutine never started then awaited by two
async def slow():
    await Awaitable([])
sl = slow()
async def a1(): await sl
x1 = a1(); x1.send(None)
x2 = a1()
try:
    x2.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
x1.close()
