# reentrancy: stored key whose __eq__ mutates the dict being searched; lookup restarts and must still finish
class Evil:
    def __init__(self, name, h, target=None, mode="refill"):
        self.name = name
        self.h = h
        self.target = target
        self.mode = mode
        self.calls = 0
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        self.calls += 1
        if self.target is not None and self.calls == 1:
            print("  %s.__eq__ mutating dict (size %d, mode %s)" % (self.name, len(self.target), self.mode))
            if self.mode == "refill":
                self.target.clear()
                for i in range(20):
                    self.target["filler%d" % i] = i
            elif self.mode == "grow":
                for i in range(20):
                    self.target["grow%d" % i] = i
            elif self.mode == "delete-self":
                del self.target[self]
        return isinstance(other, Evil) and self.name == other.name
    def __repr__(self):
        return "Evil(%s)" % self.name
def probe(mode, stored_name, probe_name):
    d = {}
    d["plain"] = 0
    d[Evil(stored_name, 7, target=d, mode=mode)] = "stored"
    try:
        r = d.get(Evil(probe_name, 7), "missing")
        print(mode, "get ->", r, "| size now", len(d))
    except RuntimeError as e:
        print(mode, type(e).__name__, e)
for mode in ["refill", "grow", "delete-self"]:
    probe(mode, "k", "k")
    probe(mode, "k", "other")
d2 = {}
for i in range(8):
    d2[Evil("n%d" % i, 3, target=d2 if i == 2 else None, mode="grow")] = i
print("contains after grow:", Evil("n5", 3) in d2, len(d2))
d3 = {}
d3[Evil("a", 1, target=d3, mode="refill")] = 1
d3[Evil("a", 1)] = "new"
print("setitem done:", len(d3), sorted(k if isinstance(k, str) else repr(k) for k in d3)[:3])
