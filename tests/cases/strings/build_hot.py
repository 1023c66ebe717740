# strings: hot loops building strings, counting chars, reversing, palindromes (JIT)
def is_pal(s):
    i = 0
    j = len(s) - 1
    while i < j:
        if s[i] != s[j]:
            return False
        i = i + 1
        j = j - 1
    return True

count = 0
for n in range(20000):
    if is_pal(str(n)):
        count = count + 1
print("palindromes", count)
parts = []
for i in range(2000):
    parts.append(str(i % 10))
joined = "".join(parts)
print(len(joined), joined[:25], joined.count("7"))
s = ""
for i in range(500):
    s = s + chr(97 + i % 26)
print(len(s), s[:30], s[-5:])
vowels = 0
text = "the quick brown fox jumps over the lazy dog " * 200
for ch in text:
    if ch in "aeiou":
        vowels = vowels + 1
print("vowels", vowels, len(text))
def caesar(msg, k):
    out = []
    for ch in msg:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("hello world, attack at dawn", 3)
print(enc, caesar(enc, -3))
total = 0
for i in range(5000):
    total = total + len(caesar("abc xyz", i))
print(total)
