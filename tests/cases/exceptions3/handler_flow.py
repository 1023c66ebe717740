import sys
def names(e):
    tb = e.__traceback__; out = []
    while tb:
        out.append(tb.tb_frame.f_code.co_name); tb = tb.tb_next
    return out
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print(names(e))
try:
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print(names(e))
try:
    {k: 1 / k for k in [0]}
except ZeroDivisionError as e:
    print(names(e))
try:
    (lambda: 1 / 0)()
except ZeroDivisionError as e:
    print(names(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
def f():
    raise
try:
    f()
except RuntimeError as e:
    print("RuntimeError", e)
# bare raise inside nested function called from except uses the handled exception
def reraiser():
    raise
try:
    try:
        raise KeyError("orig")
    except KeyError:
        reraiser()
except KeyError as e:
    print("re-raised", e, names(e))
# return in finally swallows exception
def swallow():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(swallow())
def brk():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i
print(brk())
def cont():
    out = []
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            out.append(i)
            continue
    return out
print(cont())
# exception in else clause
try:
    try:
        pass
    except Exception:
        print("no")
    else:
        raise KeyError("from else")
except KeyError as e:
    print("else raised", e, e.__context__)
# finally sees exc_info
try:
    try:
        raise IndexError("i")
    finally:
        print("in finally", sys.exc_info()[0])
except IndexError:
    pass
# handler variable scoping with nested functions
def scope():
    try:
        raise KeyError("s")
    except KeyError as err:
        def inner():
            return err
        r = inner()
    try:
        return inner()
    except NameError as ne:
        return ("NameError", str(ne), r)
print(scope())
# try/except in loop with break/continue in handler
res = []
for i in range(5):
    try:
        if i % 2:
            raise ValueError(i)
        res.append(i)
    except ValueError:
        if i == 3:
            break
        continue
    finally:
        res.append("f%d" % i)
print(res)
# except clause with expression evaluated lazily
def get_exc():
    print("evaluating except expr")
    return KeyError
try:
    raise KeyError
except get_exc():
    print("caught via call")
try:
    pass
except get_exc():
    pass
print("no eval when nothing raised")
# nested exception groups in except*
try:
    raise ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1), KeyError(2)]), TypeError(3)])
except* ValueError as v:
    print("V", repr(v))
except* (KeyError, TypeError) as k:
    print("KT", repr(k))
# except* with exception raised and caught by later clause? (not allowed)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise TypeError("new")
    except* TypeError:
        print("should not catch")
except ExceptionGroup as eg:
    print("outer got", repr(eg), repr(eg.exceptions[0].__context__))
except TypeError as t:
    print("outer got plain", repr(t))
