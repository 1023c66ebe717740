# classes: the __dict__/__weakref__ descriptors classes add, replacing and deleting an instance __dict__
for b in (object,int,float,str,list,tuple,dict,set,frozenset,bytes,bytearray,complex,Exception,type, property, staticmethod):
    try: T=type('T',(b,),{})
    except TypeError: continue
    print(b.__name__, [k for k in T.__dict__ if k in ('__dict__','__weakref__')])
class A: __slots__=()
class B(A): pass
print([k for k in B.__dict__ if k in ('__dict__','__weakref__')])
class A2: __slots__=('__weakref__',)
class B2(A2): pass
print([k for k in B2.__dict__ if k in ('__dict__','__weakref__')])
class C: pass
c=C()
try: c.__dict__=5
except Exception as e: print(type(e).__name__, e)
d = {'k': 1}
c.__dict__ = d
print(c.k, c.__dict__ is d)
d['j'] = 2
print(c.j)
del c.__dict__
print(c.__dict__)
try: c.__weakref__=5
except Exception as e: print(type(e).__name__, e)
print(C.__weakref__, type(C.__dict__['__dict__']))
print(repr(C.__dict__['__dict__']), c.__weakref__)
class E(Exception): pass
print(E().__weakref__, E.__dict__.keys())
