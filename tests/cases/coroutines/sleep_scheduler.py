# coroutines: deterministic virtual-time scheduler with a sleep awaitable; tasks interleave by wake-up time
class Sleep:
    def __init__(self, t):
        self.t = t
    def __await__(self):
        yield ("sleep", self.t)
def run_all(coros):
    now = 0
    queue = [(0, i, c) for i, c in enumerate(coros)]
    results = {}
    seq = len(coros)
    while queue:
        queue.sort(key=lambda item: (item[0], item[1]))
        when, order, coro = queue.pop(0)
        now = when
        try:
            cmd = coro.send(None)
        except StopIteration as e:
            results[coro.__name__ + str(order)] = (now, e.value)
            continue
        seq += 1
        queue.append((now + cmd[1], seq, coro))
    return now, results
log = []
async def ticker(name, period, count):
    for i in range(count):
        log.append((name, i))
        await Sleep(period)
    return name + " done"
async def sleeper():
    await Sleep(7)
    log.append(("sleeper", "woke"))
    return "slept"
end, results = run_all([ticker("fast", 2, 4), ticker("slow", 5, 2), sleeper()])
print(end)
print(log)
print(sorted(results.items()))
async def busy(n):
    total = 0
    for i in range(n):
        await Sleep(0)
        total += i
    return total
print(run_all([busy(3000), busy(2000)]))
