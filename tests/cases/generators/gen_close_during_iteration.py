# generators: closing a generator from inside the loop consuming it, and from inside itself (ValueError)
def g():
    try:
        for i in range(10):
            yield i
    finally:
        print("g finally")
gen = g()
seen = []
for v in gen:
    seen.append(v)
    if v == 3:
        gen.close()
        print("closed inside loop")
print(seen)
def self_closing():
    yield 1
    me.close()
    yield 2
me = self_closing()
next(me)
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
def self_sending():
    yield 1
    me2.send(None)
me2 = self_sending()
next(me2)
try:
    next(me2)
except ValueError as e:
    print(type(e).__name__, e)
def self_throwing():
    yield 1
    me3.throw(KeyError)
me3 = self_throwing()
next(me3)
try:
    next(me3)
except ValueError as e:
    print(type(e).__name__, e)
