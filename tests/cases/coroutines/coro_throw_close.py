# coroutines: throw() into a suspended coroutine reaches the innermost await; close() raises GeneratorExit
class Suspend:
    def __await__(self):
        yield "suspended"
async def inner():
    try:
        await Suspend()
    except ValueError as e:
        print("inner caught", e)
        return "inner recovered"
    finally:
        print("inner finally")
async def outer():
    r = await inner()
    print("outer got", r)
    await Suspend()
    return "outer done"
c = outer()
print(c.send(None))
print(c.throw(ValueError("thrown")))
try:
    c.send(None)
except StopIteration as e:
    print("finished with", e.value)
async def guarded():
    try:
        await Suspend()
        await Suspend()
    except GeneratorExit:
        print("coroutine got GeneratorExit")
        raise
    finally:
        print("guarded finally")
g = guarded()
g.send(None)
print("close ->", g.close())
async def unhandled():
    await Suspend()
u = unhandled()
u.send(None)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    u.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
async def ignores():
    while True:
        try:
            await Suspend()
        except GeneratorExit:
            print("ignoring close")
            break
    await Suspend()
i = ignores()
i.send(None)
try:
    i.close()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    i.send(None)
except StopIteration:
    print("ignores finished")
