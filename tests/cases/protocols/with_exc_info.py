# protocols: exception type/value/traceback passed to __exit__, exceptions raised inside __exit__, context chaining
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("type:", et.__name__ if et else None)
        print("value:", repr(ev))
        print("tb is None:", tb is None, "tb_lineno:", tb.tb_lineno if tb else None)
        print("value is instance of type:", isinstance(ev, et) if et else None)
        return True
with Inspect():
    x = 1
    raise KeyError("the key")
with Inspect():
    {}["missing"]
with Inspect():
    pass
class Raising:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("from __exit__")
try:
    with Raising():
        raise ValueError("body error")
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
try:
    with Raising():
        pass
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
class Reraise:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if ev is not None:
            raise ev
try:
    with Reraise():
        raise TypeError("reraised")
except TypeError as e:
    print(type(e).__name__, e, e.__context__)
class ExitArgs:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("nargs", len(args), [type(a).__name__ for a in args])
with ExitArgs():
    pass
try:
    with ExitArgs():
        raise OSError(2, "nope")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
