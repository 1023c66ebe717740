class Sub:
    def __iter__(self): return self
    def __next__(self): return "next"
    def throw(self, *args):
        print("Sub.throw got", [a if not isinstance(a, BaseException) else "inst:" + repr(a) for a in args if not hasattr(a, "tb_lineno")], len(args))
        return "thrown-result"
    def close(self):
        print("Sub.close")
def deleg():
    yield from Sub()
def deleg2():
    yield from deleg()
g = deleg(); next(g)
print(g.throw(ValueError))
print(g.throw(ValueError, 5))
print(g.throw(ValueError, (1, 2)))
print(g.throw(ValueError("i")))
print(g.throw(ValueError, None))
try:
    raise KeyError
except KeyError as k:
    tb = k.__traceback__
print(g.throw(KeyError, KeyError("k"), tb))
h = deleg2(); next(h)
print(h.throw(TypeError, "through two"))
h.close()
g.close()
# a throw whose sub-iterator raises StopIteration ends the delegation
class Stopper(Sub):
    def throw(self, *args):
        raise StopIteration("stopped with " + args[0].__name__)
def deleg3():
    r = yield from Stopper()
    yield "after: " + r
d = deleg3(); next(d)
print(d.throw(IndexError))
