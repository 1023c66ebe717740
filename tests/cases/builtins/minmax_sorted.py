# builtins: min/max/sorted with key functions, ties, defaults, multiple iterables types
words = ["kiwi", "fig", "banana", "apple", "date", "cherry"]
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(sorted(words, key=lambda w: w[-1]), sorted(words, key=lambda w: (w[-1], w)))
print(max([(2, "b"), (2, "a"), (1, "z")]), min([(2, "b"), (2, "a"), (1, "z")]))
print(max([3, 7, 7, 2], key=lambda x: x % 5), min([3, 7, 8, 2], key=lambda x: x % 5))
print(max(["a", "bb", "cc"], key=len), min(["aa", "b", "c"], key=len))
print(max(range(100), key=lambda x: (x * 37) % 101), min(range(1, 50), key=lambda x: -x))
print(sorted([1.5, -2, 3, 0.5, -0.5]), sorted([[2, 1], [1, 2], [1]]), sorted([(1,), ()]))
print(max("a", "B"), min(1, True), max(0, False), max(-0.0, 0), min(0, -0.0))
nums = []
x = 1
for i in range(3000):
    x = x * 48271 % 2147483647
    nums.append(x % 10000)
print(min(nums), max(nums), sum(nums), sorted(nums)[1500], sorted(nums, reverse=True)[:3])
