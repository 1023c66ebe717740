# statements: semicolon-separated statements and one-line compound statement bodies
a = 1; b = 2; c = a + b; print(a, b, c)
if c > 2: print("one-line if"); print("second statement in suite")
for i in range(3): print("loop", i); a += i
print(a)
while a > 0: a -= 2
print(a)
def f(x): return x * 2
class C: value = 5; other = value + 1
print(f(4), C.value, C.other)
try: 1 / 0
except ZeroDivisionError: print("one-line except")
finally: print("one-line finally")
CM = type("CM", (), {"__enter__": lambda s: "entered", "__exit__": lambda s, *a: None})
with CM() as v: print(v)
x = 5; y = x if x else 0; z = [y] * 2;
print(x, y, z)
if False: print("no")
elif True: print("elif one-liner")
else: print("no")
