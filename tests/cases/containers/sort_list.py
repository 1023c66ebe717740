# containers: list.sort and sorted with key= and reverse=, stability, mixed int/float, errors
a = [5, 2, 9, 1, 5, 6, -3, 0]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "date", "fig", "elderberry", "apple"]
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
words.sort(key=lambda w: (len(w), w))
print(words)
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "a"), (2, "c")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
recs = [("x", 3), ("y", 1), ("z", 3), ("w", 1), ("v", 2)]
recs.sort(key=lambda r: r[1])
print(recs)
recs.sort(key=lambda r: r[1], reverse=True)
print(recs)
m = [3, 1.5, -2, 2.25, 0, True]
print(sorted(m), sorted(m, reverse=True))
print(sorted([]), sorted("zyx"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
big = []
x = 12345
for i in range(5000):
    x = (x * 1103515245 + 12345) % 2147483648
    big.append(x % 1000)
big.sort()
print(big[:10], big[-10:], big[2500])
print(sorted(big, key=lambda v: v % 10)[:12])
b = [3, 1, 2]
r = b.sort()
print(r, b)
print(sorted([-5, 3, -1, 4], key=abs), max([-5, 3, -1, 4], key=abs), min(["aa", "b", "ccc"], key=len))
