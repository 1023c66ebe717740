# coroutines: cr_running, cr_frame, cr_await, cr_code, __name__/__qualname__, and awaiting state inspection
class Suspend:
    def __await__(self):
        yield "s"
async def inner():
    await Suspend()
    return 1
async def outer():
    print("inside: cr_running =", me.cr_running)
    return await inner()
me = outer()
print(me.cr_running, me.cr_frame is not None, me.cr_await, me.cr_code.co_name)
me.send(None)
print("suspended: running =", me.cr_running, "cr_await is inner coroutine:", type(me.cr_await).__name__, me.cr_await.__name__)
try:
    me.send(None)
except StopIteration as e:
    print("done", e.value, me.cr_frame is None, me.cr_await)
class K:
    async def m(self):
        pass
km = K().m()
print(km.__name__, km.__qualname__)
km.close()
def make():
    async def nested():
        pass
    return nested()
n = make()
print(n.__qualname__)
n.close()
async def re():
    await me2
me2 = re()
try:
    me2.send(None)
except ValueError as e:
    print(type(e).__name__, e)
async def agen():
    yield 1
a = agen()
print(a.ag_running, a.ag_frame is not None, a.ag_code.co_name, a.__qualname__)
