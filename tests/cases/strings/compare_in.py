# strings: comparison ordering, in/not in, min/max/sorted of strings, multiplication, str of mixed
words = ["pear", "Apple", "banana", "apple", "Banana", "cherry", "", "a", "ab"]
print(sorted(words))
print(sorted(words, reverse=True))
print(min(words), max(words), sorted(words, key=len))
print(sorted(words, key=lambda w: w.lower()))
for a, b in [("a", "b"), ("abc", "abd"), ("abc", "ab"), ("Z", "a"), ("", ""), ("10", "9")]:
    print(repr(a), repr(b), a < b, a <= b, a == b, a > b, a >= b, a != b)
print("ell" in "hello", "elo" in "hello", "x" not in "hello", "" not in "abc")
print("ab" * 3 == "ababab", "-" * 20)
print(str(1) + str(2.5) + str(None) + str(False) + str((1, 2)))
print("abc" < "abd" < "abe", "b" > "a" == "a")
