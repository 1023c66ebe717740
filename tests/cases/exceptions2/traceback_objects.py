# exceptions2: traceback objects: tb_lineno, tb_next chain, tb_frame.f_code.co_name, tb growth while unwinding
def level3():
    x = 1
    raise ValueError("deep")
def level2():
    level3()
def level1():
    try:
        level2()
    except ValueError as e:
        walk("inside level1", e.__traceback__)
        raise
def walk(label, tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(label, out)
try:
    level1()
except ValueError as e:
    walk("at module", e.__traceback__)
    print(type(e.__traceback__).__name__, e.__traceback__.tb_frame.f_code.co_name)
e = ValueError("never raised")
print(e.__traceback__)
def make():
    try:
        raise KeyError("k")
    except KeyError as err:
        return err
err = make()
walk("returned exception", err.__traceback__)
try:
    raise err
except KeyError as again:
    walk("re-raised", again.__traceback__)
fresh = TypeError("fresh")
try:
    raise fresh.with_traceback(None)
except TypeError as t:
    walk("with_traceback(None)", t.__traceback__)
def get_tb():
    try:
        1 / 0
    except ZeroDivisionError as z:
        return z.__traceback__
tb = get_tb()
x = RuntimeError("attached")
try:
    raise x.with_traceback(tb)
except RuntimeError as r:
    walk("with_traceback(other)", r.__traceback__)
print(tb.tb_frame.f_code.co_filename.endswith("traceback_objects.py"), tb.tb_lasti >= 0)
