try: print(eval(compile(' 1','f','eval')))
except Exception as e: print(type(e).__name__, e)
print(eval(' \t1'))
try: exec(' x=1')
except Exception as e: print(type(e).__name__, e)
def f(a, b=2):
    c = a + b
    def g(): return c
    print(sorted(locals().items(), key=str)[:3])
    return g
f(1)
print(locals() is globals())
x = 5
print(eval('x + 1'), eval('x', {'x': 7}), eval('x + y', {'x': 1}, {'y': 2}))
def h():
    y = 10
    return eval('y * 2')
print(h())
g = {}
exec('def k(): return z\nz = 3', g)
print(g['k']())
l = {}
exec('a = 1\nb = a + 1', {}, l); print(l)
print(vars()['x'])
import sys; print(vars(sys)['__name__'])
exec('print(__name__)')
exec('print(__name__)', {})
print(type(eval('__builtins__', {})))
g={}; exec("x=1", g); print(type(g["__builtins__"]), sorted([k for k in g if k!="__builtins__"]))
for src in ["compile('x','f','bad')", "compile('a\\0b','f','exec')", "exec('x', [])", "eval('x', [])", "eval(1)", "exec(1)", "compile(1,'f','exec')", "exec(f(1).__code__)", "compile('1', 'f')", "__import__('nosuch')", "eval('x=1')", "vars(1)", "eval('1', globals=None)"]:
    try: eval(src)
    except Exception as e: print(type(e).__name__, e)
print(eval(compile('1+2','<s>','eval')))
print(exec(compile('1+2','<s>','eval')))
print(eval(b'1+1'))
exec(compile('x\nx+1', '<s>', 'single')) if False else None
try:
    eval('x=1')
except SyntaxError as e: print(e.msg, e.filename, e.lineno, e.offset, repr(e.text))
print(__import__('math').sqrt(4))
exec("try:\n  1/0\nexcept ZeroDivisionError as e:\n  print('caught', e)")
def outer():
    exec('q = 1')
    return 'q' in locals()
print(outer())
