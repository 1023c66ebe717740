# generators: gi_running, gi_frame, gi_code, gi_yieldfrom and "generator already executing" ValueError
def g():
    print("inside: gi_running =", me.gi_running)
    yield 1
    yield 2
me = g()
print("before start: gi_running =", me.gi_running, "frame is None:", me.gi_frame is None)
print(me.gi_code.co_name, me.__name__, me.__qualname__)
next(me)
print("suspended: gi_running =", me.gi_running, "frame is None:", me.gi_frame is None)
print("f_lineno while suspended:", me.gi_frame.f_lineno)
list(me)
print("after exhaustion frame is None:", me.gi_frame is None)
def reentrant():
    yield next(r)
r = reentrant()
try:
    next(r)
except ValueError as e:
    print(type(e).__name__, e)
def inner():
    yield "i"
def outer():
    yield from inner()
o = outer()
print("yieldfrom before start:", o.gi_yieldfrom)
next(o)
print("yieldfrom while delegating:", o.gi_yieldfrom.__name__)
def locals_gen(a):
    b = a * 2
    yield
    c = b + 1
    yield
l = locals_gen(5)
next(l)
print(sorted(l.gi_frame.f_locals.items()))
next(l)
print(sorted(l.gi_frame.f_locals.items()))
class Holder:
    def method_gen(self):
        yield self
h = Holder()
mg = h.method_gen()
print(mg.__name__, mg.__qualname__, next(mg) is h)
ge = (x for x in [])
print(ge.__name__, ge.__qualname__)
