def f(a, b=2, *args, **kw):
    c = a + b
    d = [c]
    def inner():
        return d
    raise ValueError("x")
try:
    f(1, 5, 6, k=7)
except ValueError as e:
    fr = e.__traceback__.tb_next.tb_frame
    print(sorted((k, v) for k, v in fr.f_locals.items() if k != "inner"), "inner" in fr.f_locals)
    print(fr.f_locals is fr.f_locals, fr.f_code.co_name, fr.f_lineno)
    top = e.__traceback__.tb_frame
    print(top.f_code.co_name, "e" in top.f_locals, top.f_locals is globals())
def outer():
    x = 10
    def inner():
        y = x + 1
        raise KeyError(y)
    return inner()
try:
    outer()
except KeyError as e:
    tb = e.__traceback__
    while tb:
        fr = tb.tb_frame
        print(fr.f_code.co_name, sorted(k for k in fr.f_locals if k != "__builtins__")[:6] if fr.f_code.co_name != "<module>" else "module")
        tb = tb.tb_next
# locals captured at the time the exception left the frame
def mutate():
    v = 1
    try:
        raise IndexError
    finally:
        v = 2
try:
    mutate()
except IndexError as e:
    print(e.__traceback__.tb_next.tb_frame.f_locals)
