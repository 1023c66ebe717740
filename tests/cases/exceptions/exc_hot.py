# exceptions: raising and catching many exceptions in hot loops, try in loops that mostly succeed
def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return 0
t = 0
for i in range(20000):
    t += safe_div(i, i % 5)
print(t)
def parse_all(items):
    good = 0
    bad = 0
    for s in items:
        try:
            good += int(s)
        except ValueError:
            bad += 1
    return good, bad
items = []
for i in range(5000):
    if i % 4 == 0:
        items.append("x" + str(i))
    else:
        items.append(str(i))
print(parse_all(items))
d = {}
misses = 0
for i in range(10000):
    k = i % 97
    try:
        d[k] += 1
    except KeyError:
        misses += 1
        d[k] = 1
print(misses, d[0], d[96], len(d))
def lookup(lst, i):
    try:
        return lst[i]
    except IndexError as e:
        return str(e)
data = [1, 2, 3]
out = 0
msg = ""
for i in range(15000):
    r = lookup(data, i % 5)
    if type(r) == int:
        out += r
    else:
        msg = r
print(out, msg)
