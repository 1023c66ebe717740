# chaining semantics
def show(e):
    print(type(e).__name__, e, "cause=", repr(e.__cause__), "context=", repr(e.__context__), "suppress=", e.__suppress_context__)
try:
    try:
        1/0
    except ZeroDivisionError:
        raise ValueError("v")
except ValueError as e:
    show(e)
try:
    try:
        1/0
    except ZeroDivisionError as z:
        raise ValueError("v") from z
except ValueError as e:
    show(e)
try:
    try:
        1/0
    except ZeroDivisionError:
        raise ValueError("v") from None
except ValueError as e:
    show(e)
try:
    raise ValueError("v") from KeyError
except ValueError as e:
    show(e)
try:
    raise ValueError from 5
except TypeError as e:
    show(e)
try:
    raise 5
except TypeError as e:
    show(e)
try:
    raise int
except TypeError as e:
    show(e)
# context cycle avoidance
try:
    try:
        raise KeyError(1)
    except KeyError as k:
        try:
            raise ValueError(2)
        except ValueError as v:
            raise k
except KeyError as e:
    show(e)
    show(e.__context__)
# raise same exception in its own handler
e0 = TypeError("t")
try:
    try:
        raise e0
    except TypeError as e:
        raise e
except TypeError as e:
    show(e)
# context set in finally
try:
    try:
        raise KeyError("a")
    finally:
        raise IndexError("b")
except IndexError as e:
    show(e)
# context in with __exit__
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("exit")
try:
    with CM():
        raise KeyError("body")
except RuntimeError as e:
    show(e)
# __cause__ assignment
e = ValueError(); print(e.__suppress_context__); e.__cause__ = KeyError(); print(e.__suppress_context__)
e.__cause__ = None; print(e.__suppress_context__)
try:
    e.__cause__ = 1
except TypeError as x:
    print(x)
try:
    e.__context__ = "s"
except TypeError as x:
    print(x)
# implicit context of exceptions raised in except after handled ones
try:
    try:
        raise KeyError
    except KeyError:
        pass
    raise ValueError
except ValueError as e:
    show(e)
# exception in generator gets context from caller's handled exception
def g():
    yield 1
    raise ValueError("in gen")
gen = g(); next(gen)
try:
    try:
        raise KeyError("outer")
    except KeyError:
        next(gen)
except ValueError as e:
    show(e)
# del after except
try:
    raise KeyError
except KeyError as err:
    pass
try:
    err
except NameError as e:
    print("NameError", e)
