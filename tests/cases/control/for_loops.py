# control: for over range/list/tuple/str/dict, for-else, break/continue, range with steps, nested
for i in range(3):
    print("range", i)
for i in range(2, 10, 3):
    print("step", i)
for i in range(10, 0, -4):
    print("neg step", i)
for i in range(5, 5):
    print("empty never")
print(list(range(0)), list(range(-3)), list(range(-3, 3)), list(range(3, -3, -2)), len(range(0, 100, 7)))
for x in [10, 20]:
    print("list", x)
for x in ("t1", "t2"):
    print("tuple", x)
for ch in "hey":
    print("str", ch)
d = {"one": 1, "two": 2, "three": 3}
for key in d:
    print("dict key", key, d[key])
for k, v in d.items():
    print("item", k, v)
for v in d.values():
    print("value", v)
for n in range(2, 30):
    for p in range(2, n):
        if n % p == 0:
            break
    else:
        print("prime", n)
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
else:
    print("not reached")
for i in []:
    print("never")
else:
    print("for-else on empty")
total = 0
for i in range(1000):
    for j in range(0, i, 97):
        total += j
print("total", total)
lst = [1, 2, 3]
for x in lst:
    if len(lst) < 6:
        lst.append(x * 10)
print(lst)
for i in range(3):
    pass
print("i after loop", i)
for a, b in zip([1, 2, 3], "abc"):
    print(a, b)
for idx, val in enumerate(["x", "y"], 1):
    print(idx, val)
