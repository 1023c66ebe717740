# functions2: callback registries with closures, bound methods and lambdas; unsubscribe; exceptions in callbacks
class Emitter:
    def __init__(self):
        self.handlers = {}
    def on(self, event, fn=None):
        if fn is None:
            def deco(f):
                self.on(event, f)
                return f
            return deco
        self.handlers.setdefault(event, []).append(fn)
        return fn
    def off(self, event, fn):
        self.handlers[event].remove(fn)
    def emit(self, event, *args):
        results = []
        for fn in list(self.handlers.get(event, [])):
            try:
                results.append(fn(*args))
            except Exception as e:
                results.append("error: %s %s" % (type(e).__name__, e))
        return results
em = Emitter()
@em.on("greet")
def hello(name):
    return "hello " + name
em.on("greet", lambda name: "hi " + name)
class Listener:
    def __init__(self, tag):
        self.tag = tag
        self.seen = []
    def handle(self, name):
        self.seen.append(name)
        return self.tag + ":" + name
L = Listener("L")
em.on("greet", L.handle)
em.on("greet", lambda name: 1 / 0)
print(em.emit("greet", "bob"))
em.off("greet", hello)
em.off("greet", L.handle)
print(em.emit("greet", "amy"), L.seen)
print(em.emit("missing"))
counter = {"n": 0}
def make_incr(k):
    def incr():
        counter["n"] += k
        return counter["n"]
    return incr
for k in (1, 10, 100):
    em.on("tick", make_incr(k))
for _ in range(3):
    em.emit("tick")
print(counter)
def once(fn):
    fired = []
    def wrapper(*a):
        if fired:
            return None
        fired.append(1)
        return fn(*a)
    return wrapper
em.on("boot", once(lambda: "booted"))
print(em.emit("boot"), em.emit("boot"))
