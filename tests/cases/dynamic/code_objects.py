def f(a, b=1, *, k=3):
    x = a + b
    return [x, 'hi', 2.5, None, k]
c = f.__code__
print(c.co_name, c.co_qualname, c.co_argcount, c.co_kwonlyargcount, c.co_nlocals, c.co_varnames)
print('hi' in c.co_consts, 2.5 in c.co_consts)
print(type(c.co_code).__name__, len(c.co_code) > 0)
lines = list(c.co_lines())
print(lines[0][0], lines[-1][1] == len(c.co_code), [l for l in sorted({l: 0 for _, _, l in lines if l is not None}) if l >= 2])
ok = all([lines[i][1] == lines[i+1][0] for i in range(len(lines)-1)])
print(ok)
c2 = c.replace(co_name='g')
print(c2.co_name, c2.co_qualname, c2 == c, c.replace() == c, hash(c) == hash(c.replace()))
for bad in ["c.replace(co_bogus=1)", "c.replace(1)", "c.replace(co_name=1)", "c.replace(co_names=['a'])", "c.replace(co_names=(1,))", "c.replace(co_nlocals=99)"]:
    try: eval(bad)
    except Exception as e: print(type(e).__name__, e)
f.__code__ = c.replace(co_consts=c.co_consts)
print(f(1))
def g2(a, b=1, *, k=3):
    return (a, b, k, 'other')
f.__code__ = g2.__code__
print(f(5), f.__name__)
def outer():
    v = 1
    def inner(): return v
    return inner
try:
    f.__code__ = outer().__code__
except ValueError as e:
    print(e)
print(type(c).__name__, repr(c).startswith('<code object f at 0x'))
