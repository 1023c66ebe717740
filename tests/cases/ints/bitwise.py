# ints: bitwise & | ^ ~ << >> on small, negative and big ints
a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a, ~b)
print(a << 3, a >> 2, 1 << 0, 5 >> 5)
print(-1 & 0xFF, -1 | 0, -1 ^ 0xF, ~-1, ~0)
print(-8 >> 1, -7 >> 1, -1 >> 10, -256 >> 4)
print(1 << 63, 1 << 64, 1 << 100, (1 << 100) >> 99)
print(-(1 << 70) >> 3, -(1 << 70) & 0xFFFF, (1 << 70) | 1)
print((2 ** 100 - 1) & (2 ** 64 + 5), (2 ** 100) ^ (2 ** 100 - 1))
print(~(2 ** 80), -(2 ** 80) ^ 12345)
print(0xDEADBEEF & 0xFFFF, 0xDEADBEEF >> 16, 0o777 | 0b1)
mask = 0
for i in range(0, 64, 3):
    mask = mask | (1 << i)
print(mask, bin(mask), hex(mask))
x = 0x123456789ABCDEF
count = 0
while x:
    count = count + (x & 1)
    x = x >> 1
print("popcount", count)
y = 1
for i in range(70):
    y = (y << 1) ^ (y >> 3)
print("mix", y)
print(True & False, True | False, True ^ True, ~True)
print(5 & -3, 5 | -3, 5 ^ -3)
print(12 << 0, 0 << 100, 0 >> 3)
print(-1 << 65, (-1 << 65) >> 64)
print(0x7FFFFFFFFFFFFFFF + 1 == 1 << 63)
