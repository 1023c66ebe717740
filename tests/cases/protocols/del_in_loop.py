# protocols: __del__ in loops: loop variable rebinding frees previous object, exception keeps frame alive until cleared
class Tracker:
    alive = 0
    log = []
    def __init__(self, i):
        self.i = i
        Tracker.alive += 1
    def __del__(self):
        Tracker.alive -= 1
        Tracker.log.append(self.i)
for i in range(5):
    t = Tracker(i)
print("alive after loop:", Tracker.alive, Tracker.log)
del t
print("alive:", Tracker.alive, Tracker.log)
Tracker.log = []
objs = [Tracker(i) for i in range(3000)]
print("alive:", Tracker.alive)
objs = objs[:10]
print("alive:", Tracker.alive, len(Tracker.log), Tracker.log[:3], Tracker.log[-1])
del objs
print("alive:", Tracker.alive)
Tracker.log = []
def make_and_fail():
    t = Tracker("in-frame")
    raise ValueError("boom")
try:
    make_and_fail()
except ValueError as e:
    print("in handler alive:", Tracker.alive, Tracker.log)
print("after handler alive:", Tracker.alive, Tracker.log)
class Announce:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("bye", self.n)
def gen():
    for k in range(3):
        yield Announce(k)
for obj in gen():
    print("using", obj.n)
print("after generator loop")
del obj
print("end")
