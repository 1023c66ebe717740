# deopt: hot functions doing len/index/iteration that switch between list, tuple, str, dict, range
def first_last(seq):
    return seq[0], seq[-1], len(seq)
acc = 0
for i in range(10000):
    a, b, n = first_last([i, i + 1, i + 2])
    acc += a + b + n
print(acc)
print(first_last((9, 8, 7)), first_last("hello"), first_last(range(5, 50)), first_last([[1], [2]]))
def total(items):
    s = 0
    for x in items:
        s = s + x
    return s
big = 0
for i in range(2000):
    big += total([i, 1, 2, 3])
print(big, total((1.5, 2.5)), total(range(100)), total([2 ** 63, 2 ** 63]), total({1: "a", 2: "b"}))
def contains(c, x):
    return x in c
hits = 0
for i in range(10000):
    if contains([1, 5, 9], i % 10):
        hits += 1
print(hits, contains("abc", "b"), contains({"k": 1}, "k"), contains((1, 2), 3), contains(range(10), 5))
def get(c, k):
    return c[k]
s = 0
for i in range(10000):
    s += get([10, 20, 30], i % 3)
print(s, get({"a": 1}, "a"), get("xyz", 1), get((4, 5), -1), get("abc", 2), get([[1, 2], [3]], 1))
