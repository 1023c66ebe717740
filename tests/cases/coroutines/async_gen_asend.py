# coroutines: async generator asend() values, athrow() handled with a yield, running totals over manual steps
class Tick:
    def __await__(self):
        yield "tick"
async def totals():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError as e:
            print("agen handling", e)
            total = 0
            continue
        await Tick()
        total += v
def drive(aw):
    ticks = 0
    try:
        while True:
            aw.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks
    except StopAsyncIteration:
        return "StopAsyncIteration", ticks
g = totals()
print(drive(g.asend(None)))
print(drive(g.asend(5)))
print(drive(g.asend(10)))
print(drive(g.athrow(ValueError("reset"))))
print(drive(g.asend(7)))
try:
    drive(g.asend(None))
except TypeError as e:
    print(type(e).__name__, e)
print(drive(g.aclose()))
fresh = totals()
try:
    drive(fresh.asend(1))
except TypeError as e:
    print(type(e).__name__, e)
fresh2 = totals()
print(drive(fresh2.__anext__()))
print(drive(fresh2.aclose()))
