# traceback objects
import sys
def f():
    raise ValueError("x")
def g():
    f()
try:
    g()
except ValueError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_lasti >= 0, type(tb).__name__)
        tb = tb.tb_next
    t, v, tb2 = sys.exc_info()
    print(t.__name__, v is e, tb2 is e.__traceback__)
    print(sys.exception() is e if hasattr(sys, "exception") else "noattr")
print(sys.exc_info())
e = ValueError()
print(e.__traceback__)
print(e.with_traceback(None) is e)
try:
    e.with_traceback(5)
except TypeError as x:
    print(x)
try:
    e.__traceback__ = 3
except TypeError as x:
    print(x)
# reraise keeps traceback and adds
def h():
    try:
        f()
    except ValueError:
        raise
try:
    h()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
# raise e with stored traceback extends
saved = None
try:
    f()
except ValueError as e:
    saved = e
def k():
    raise saved
try:
    k()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
# with_traceback
try:
    f()
except ValueError as e:
    tb0 = e.__traceback__
try:
    raise KeyError("k").with_traceback(tb0)
except KeyError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
# tb_frame f_locals / f_globals / f_back
def loc(a, b=2):
    c = a + b
    raise RuntimeError
try:
    loc(1)
except RuntimeError as e:
    fr = e.__traceback__.tb_next.tb_frame
    print(sorted(fr.f_locals.items()), fr.f_globals is globals(), fr.f_code.co_filename.endswith(".py"), fr.f_lineno)
# exc_info nested
try:
    raise KeyError("a")
except KeyError:
    try:
        raise IndexError("b")
    except IndexError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info()[0])
def gen():
    try:
        raise KeyError("g")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
it = gen()
print(next(it), sys.exc_info()[0])
try:
    raise IndexError
except IndexError:
    print(next(it), sys.exc_info()[0].__name__)
