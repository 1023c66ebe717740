# deopt2: a hot loop whose fast path suddenly starts raising (dict key missing, division by zero) after many iterations
d = {i: i for i in range(3000)}
total = 0
missing = 0
for i in range(5000):
    try:
        total += d[i]
    except KeyError:
        missing += 1
print(total, missing)
def ratio(a, b):
    return a / b
acc = 0.0
errors = 0
for i in range(4000):
    b = 0 if i >= 3500 and i % 2 else (i % 7) + 1
    try:
        acc += ratio(i, b)
    except ZeroDivisionError:
        errors += 1
print(round(acc, 6), errors)
class Obj:
    def __init__(self, v):
        self.v = v
objs = [Obj(i) for i in range(3000)] + [None] * 5
s = 0
fails = 0
for o in objs:
    try:
        s += o.v
    except AttributeError as e:
        fails += 1
        last = str(e)
print(s, fails, last)
