# generators: yield from a custom iterator that provides send/throw/close methods, and one that lacks them
class Full:
    def __init__(self):
        self.log = []
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("full-done")
        return "next-%d" % self.n
    def send(self, v):
        self.log.append(("send", v))
        return self.__next__()
    def throw(self, et, ev=None, tb=None):
        self.log.append(("throw", et.__name__ if isinstance(et, type) else type(et).__name__))
        return "threw"
    def close(self):
        self.log.append(("close",))
f = Full()
def deleg():
    r = yield from f
    yield "returned " + r
d = deleg()
print(next(d), d.send("A"), d.throw(ValueError("v")), d.send(None))
print(next(d))
print(f.log)
f2 = Full()
def deleg2():
    yield from f2
d2 = deleg2()
next(d2)
d2.close()
print(f2.log)
class Bare:
    def __iter__(self):
        return self
    def __next__(self):
        return "bare"
def deleg3():
    try:
        yield from Bare()
    except KeyError as e:
        yield "deleg3 caught " + repr(e)
d3 = deleg3()
print(next(d3), d3.throw(KeyError("thrown into bare")))
d4 = deleg3()
next(d4)
d4.close()
print("closed bare delegation")
