# async generators driven by hand
async def agen(n):
    for i in range(n):
        try:
            x = yield i
            print("sent", x)
        except ValueError as e:
            print("agen caught", e)
            yield "handled"
    return
def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
a = agen(3)
print(type(a).__name__, a.__name__, a.__qualname__, a.ag_running, a.ag_await, a.ag_code.co_name, a.ag_frame is not None)
print(hasattr(a, "__aiter__"), a.__aiter__() is a)
n = a.__anext__()
print(type(n).__name__)
try:
    n.send(None)
except StopIteration as e:
    print("first", e.value)
try:
    a.asend("hello").send(None)
except StopIteration as e:
    print("second", e.value)
try:
    a.athrow(ValueError("boom")).send(None)
except StopIteration as e:
    print("athrow", e.value)
try:
    a.asend(None).send(None)
except StopIteration as e:
    print("third", e.value)
try:
    a.__anext__().send(None)
except StopAsyncIteration as e:
    print("exhausted", repr(e))
try:
    a.__anext__().send(None)
except StopAsyncIteration as e:
    print("exhausted again", repr(e))
# aclose
async def ag2():
    try:
        yield 1
        yield 2
    finally:
        print("ag2 finally")
b = ag2()
try:
    b.__anext__().send(None)
except StopIteration as e:
    print("got", e.value)
try:
    b.aclose().send(None)
except StopIteration as e:
    print("aclose done", e.value)
print(b.ag_frame)
# aclose ignoring GeneratorExit
async def ag3():
    try:
        yield 1
    except GeneratorExit:
        yield 2
c = ag3()
try:
    c.__anext__().send(None)
except StopIteration:
    pass
try:
    c.aclose().send(None)
except RuntimeError as e:
    print("RuntimeError", e)
# reuse of awaitables
d = ag2()
nx = d.__anext__()
try:
    nx.send(None)
except StopIteration as e:
    print(e.value)
try:
    nx.send(None)
except (RuntimeError, StopIteration) as e:
    print(type(e).__name__, e)
d.aclose().send(None) if False else None
# async gen with await inside
class Fut:
    def __await__(self):
        v = yield "waiting"
        return v
async def ag4():
    v = await Fut()
    yield v
e = ag4()
nx = e.__anext__()
print(nx.send(None))
try:
    nx.send(42)
except StopIteration as s:
    print("yielded", s.value)
# send non-None to just-started asend
f = ag4()
try:
    f.asend(1).send(None)
except TypeError as e:
    print("TypeError", e)
# athrow on not-started
g = ag2()
try:
    g.athrow(KeyError("k")).send(None)
except KeyError as e:
    print("KeyError", e)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("finished after athrow")
# async comprehension collected by hand
async def collect():
    return [x async for x in agen(2)]
print(run(collect()))
