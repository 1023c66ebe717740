# coroutines: a minimal Future/Task/event-loop implemented by hand; results delivered by send()
class Future:
    def __init__(self, name):
        self.name = name
        self.done = False
        self.result = None
        self.callbacks = []
    def set_result(self, value):
        self.done = True
        self.result = value
        for cb in self.callbacks:
            cb(self)
    def __await__(self):
        if not self.done:
            yield self
        return self.result
class Loop:
    def __init__(self):
        self.ready = []
        self.pending = {}
        self.log = []
    def create_task(self, coro, name):
        self.ready.append((coro, None, name))
    def run(self):
        while self.ready or self.pending:
            if not self.ready:
                name = sorted(self.pending)[0]
                fut = self.pending.pop(name)
                self.log.append("resolving " + name)
                fut.set_result(name.upper())
                continue
            coro, value, name = self.ready.pop(0)
            try:
                fut = coro.send(value)
            except StopIteration as e:
                self.log.append("%s returned %r" % (name, e.value))
                continue
            self.log.append("%s waits on %s" % (name, fut.name))
            self.pending[fut.name] = fut
            fut.callbacks.append(lambda f, c=coro, n=name: self.ready.append((c, f.result, n)))
async def fetch(key):
    return await Future(key)
async def task_a():
    x = await fetch("alpha")
    y = await fetch("gamma")
    return x + y
async def task_b():
    return await fetch("beta")
loop = Loop()
loop.create_task(task_a(), "A")
loop.create_task(task_b(), "B")
loop.run()
for line in loop.log:
    print(line)
done = Future("pre")
done.set_result(42)
async def uses_done():
    return await done
c = uses_done()
try:
    c.send(None)
except StopIteration as e:
    print("completed without suspending:", e.value)
