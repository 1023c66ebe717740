# ints: int() from str with bases, from float/bool, str()/repr()/hex/bin/oct of ints
print(int("123"), int("-0"), int("+45"), int("0010"))
print(int("ff", 16), int("FF", 16), int("777", 8), int("1011", 2), int("z", 36))
print(int("0x1f", 16), int("0b101", 0), int("0o17", 0), int("0x1F", 0), int("99", 0))
print(int("1_000_000"), int(" -12 "), int("10", 3))
print(int(2.5), int(-2.5), int(1e20), int(-0.9), int(123456789.999))
print(hex(255), hex(-255), hex(0), hex(2 ** 70))
print(bin(10), bin(-10), bin(0), bin(2 ** 65 + 1))
print(oct(8), oct(-8), oct(0), oct(2 ** 64))
print(str(0), str(-1), repr(2 ** 100), str(-(10 ** 18)))
print(0x10, 0o10, 0b10, 1_000, 0xff_ff)
for s in ["12", "-3", "abc", "1.5", "", " 7 ", "1e3", "0x10"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
print(len(str(2 ** 1000)), str(2 ** 1000)[:20], str(2 ** 1000)[-10:])
