# strings: indexing incl. negative, slices with steps, out-of-range slicing, iteration, IndexError
s = "abcdefghij"
print(s[0], s[9], s[-1], s[-10], s[3])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[-1:-4:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[10:]), s[0:10:100])
print(s[2:-2:3], s[-2:2:-3], s[:0:-1], repr(s[0:0:-1]))
for i in range(-3, 3):
    print(i, s[i], s[i:], s[:i])
try:
    print(s[10])
except IndexError as e:
    print("IndexError", e)
try:
    print(s[-11])
except IndexError as e:
    print("IndexError", e)
out = ""
for ch in "Python":
    out = ch + out
print(out)
u = "héllo wörld"
print(u[1], u[-4], u[::-1], u[1:5], len(u))
idx = 0
for ch in s:
    if idx % 3 == 0:
        print(idx, ch, end="; ")
    idx = idx + 1
print()
print("xyz"[1], "xyz"[-1:], "xyz"[::-1][0])
