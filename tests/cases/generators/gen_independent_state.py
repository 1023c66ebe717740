# generators: each call creates an independent frame; arguments captured at call; mutations of shared objects
def counter(start, step):
    n = start
    while True:
        yield n
        n += step
a = counter(0, 1)
b = counter(100, -10)
print([next(a) for _ in range(3)], [next(b) for _ in range(3)], next(a))
def reads_list(lst):
    for item in lst:
        yield item
data = [1, 2, 3]
r = reads_list(data)
print(next(r))
data.append(4)
print(list(r))
def snapshot(lst):
    copy = list(lst)
    yield from copy
data2 = [1, 2]
s = snapshot(data2)
data2.append(3)
print(list(s), "(gen body not started until first next, so copy sees 3)")
data3 = [1, 2]
s2 = snapshot(data3)
next(s2)
data3.append(3)
print(list(s2))
def closure_gen():
    x = 1
    def g():
        yield x
        yield x
    gen = g()
    first = next(gen)
    x = 2
    return first, next(gen)
print(closure_gen())
gens = [counter(i, i) for i in range(1, 4)]
print([[next(g) for _ in range(3)] for g in gens])
