import sys
class Tracker:
    def __init__(self, name, log): self.name = name; self.log = log
    def __enter__(self):
        self.log.append("enter " + self.name); return self
    def __exit__(self, t, v, tb):
        self.log.append("exit %s %s" % (self.name, t.__name__ if t else None))
        if tb is not None:
            self.log.append("tb line %d" % tb.tb_lineno)
        return False
# __exit__ receives GeneratorExit when generator closed inside with
log = []
def gen():
    with Tracker("g", log):
        yield 1
        yield 2
g = gen(); next(g); g.close()
print(log)
# ExitStack-like
class ExitStack:
    def __init__(self): self._exits = []
    def enter_context(self, cm):
        result = type(cm).__enter__(cm)
        self._exits.append(lambda *exc: type(cm).__exit__(cm, *exc))
        return result
    def callback(self, fn, *args):
        def _exit(*exc):
            fn(*args)
        self._exits.append(_exit)
    def __enter__(self): return self
    def __exit__(self, *exc_details):
        received = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        pending_raise = False
        suppressed = False
        while self._exits:
            cb = self._exits.pop()
            try:
                if cb(*exc_details):
                    suppressed = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException:
                new_exc = sys.exc_info()
                if exc_details[1] is not None and new_exc[1] is not exc_details[1]:
                    ctx = new_exc[1]
                    # emulate _fix_exception_context minimally
                    if ctx.__context__ is None:
                        ctx.__context__ = exc_details[1]
                pending_raise = True
                exc_details = new_exc
        if pending_raise:
            raise exc_details[1]
        return received and suppressed
log = []
with ExitStack() as st:
    for n in "abc":
        st.enter_context(Tracker(n, log))
    st.callback(log.append, "callback")
print(log)
class Suppress:
    def __init__(self, *excs): self.excs = excs
    def __enter__(self): pass
    def __exit__(self, t, v, tb):
        return t is not None and issubclass(t, self.excs)
log = []
with ExitStack() as st:
    st.enter_context(Tracker("outer", log))
    st.enter_context(Suppress(KeyError))
    st.enter_context(Tracker("inner", log))
    {}["x"]
print(log)
class Raiser:
    def __init__(self, exc): self.exc = exc
    def __enter__(self): pass
    def __exit__(self, *a):
        raise self.exc
try:
    with ExitStack() as st:
        st.enter_context(Raiser(ValueError("first")))
        st.enter_context(Raiser(TypeError("second")))
        raise KeyError("body")
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__, type(e.__context__.__context__).__name__)
# with statement re-entrancy / reuse
class Reusable:
    depth = 0
    def __enter__(self):
        Reusable.depth += 1; return Reusable.depth
    def __exit__(self, *a):
        Reusable.depth -= 1
r = Reusable()
with r as a:
    with r as b:
        print(a, b)
print(Reusable.depth)
# enter/exit looked up on the type, bound methods from class attributes that are callables objects
class CallableExit:
    def __call__(self, *a):
        print("callable exit", len(a))
        return True
class CM2:
    __enter__ = lambda self: "entered"
    __exit__ = CallableExit()
with CM2() as v:
    print(v)
    raise KeyError
print("done")
# staticmethod __exit__
class CM3:
    def __enter__(self): return self
    @staticmethod
    def __exit__(*a):
        print("static exit", len(a))
with CM3():
    pass
