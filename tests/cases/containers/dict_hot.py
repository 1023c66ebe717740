# containers: hot dict usage - word frequencies, memo, counting with get, int keys, deletion in loop
text = "a b c a b a d e f a b c d d d e e e e e"
freq = {}
for w in text.split():
    if w in freq:
        freq[w] += 1
    else:
        freq[w] = 1
print(freq)
counts = {}
for i in range(30000):
    k = (i * 7) % 13
    counts[k] = counts.get(k, 0) + 1
print(counts)
memo = {}
def fib(n):
    if n < 2:
        return n
    if n in memo:
        return memo[n]
    r = fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(90), len(memo))
sq = {}
for i in range(1000):
    sq[i] = i * i
for i in range(0, 1000, 2):
    del sq[i]
print(len(sq), sq[999], list(sq)[:5], 4 in sq, 5 in sq)
for i in range(0, 10):
    sq[i * 2] = -i
print(list(sq.items())[-5:], len(sq))
inv = {}
for k, v in {"one": 1, "two": 2, "three": 3}.items():
    inv[v] = k
print(inv)
nested = {"a": {"x": 1}, "b": {"y": [1, 2]}}
nested["a"]["z"] = 2
nested["b"]["y"].append(3)
print(nested, nested["b"]["y"][-1])
total = 0
for i in range(20000):
    d = {"i": i, "sq": i * i}
    total = total + d["sq"] - d["i"]
print(total)
