# protocols: a hand-written contextmanager-style class driving a generator with next()/throw()
class GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(et, ev, tb)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw")
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    except KeyError as e:
        print("tag caught KeyError", e)
    finally:
        print("</%s>" % name)
with GenCM(tag("p")) as v:
    print("inside", v)
with GenCM(tag("q")):
    raise KeyError("swallowed")
print("after q")
try:
    with GenCM(tag("r")):
        raise ValueError("passes through")
except ValueError as e:
    print("outer caught", e)
def translating():
    try:
        yield
    except ZeroDivisionError:
        raise ArithmeticError("translated")
try:
    with GenCM(translating()):
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def two_yields():
    yield 1
    yield 2
try:
    with GenCM(two_yields()):
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
