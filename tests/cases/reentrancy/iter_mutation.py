# reentrancy: mutating containers while iterating: dict/set size change errors, list iteration sees changes
d = {1: "a", 2: "b"}
try:
    for k in d:
        d[k + 10] = "new"
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(d))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print(type(e).__name__, e)
d2 = {1: 1, 2: 2}
for k in d2:
    d2[k] = "changed"
print(d2)
d3 = {1: 1, 2: 2, 3: 3}
try:
    for k in d3:
        del d3[k]
        d3[k + 100] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3]
seen = []
for x in lst:
    seen.append(x)
    if len(lst) < 6:
        lst.append(x * 10)
print(seen, lst)
lst2 = [1, 2, 3, 4, 5, 6]
for x in lst2:
    if x % 2 == 0:
        lst2.remove(x)
print(lst2)
keys = {"a": 1, "b": 2}
try:
    for k in keys.keys():
        keys.pop(k)
except RuntimeError as e:
    print(type(e).__name__, e)
print(keys)
dd = {i: i for i in range(5)}
for k in list(dd):
    if k % 2:
        del dd[k]
print(dd)
