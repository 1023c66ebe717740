# statements: all augmented assignment operators on names; rebinding vs in-place mutation; tuple item quirk
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 7; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0b1111; print(x)
x |= 0b10000; print(x)
x ^= 0b101; print(x)
x /= 4; print(x)
s = "ab"
alias_s = s
s += "c"
print(s, alias_s)
l = [1]
alias_l = l
l += [2]
l *= 2
print(l, alias_l, l is alias_l)
t = ([1], 2)
try:
    t[0] += [99]
except TypeError as e:
    print(type(e).__name__, e)
print("list inside tuple was still extended:", t)
d = {"n": 1}
d["n"] += 1
d.setdefault("m", [])
d["m"] += [1]
print(d)
class C:
    v = 1
c = C()
c.v += 1
print(c.v, C.v)
try:
    undefined_thing += 1
except NameError as e:
    print(type(e).__name__, e)
for src in ["a, b += 1", "[a] += 1", "f() += 1", "1 += 1", "a += yield"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
