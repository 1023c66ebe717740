# int.to_bytes / int.from_bytes round trips as a binary protocol encoder
# uses them, plus bit_count, as_integer_ratio and conjugate.


def encode_varlen(values, width, order="big", signed=False):
    out = b""
    for v in values:
        out += v.to_bytes(width, order, signed=signed)
    return out


def decode_varlen(data, width, order="big", signed=False):
    return [
        int.from_bytes(data[i:i + width], order, signed=signed)
        for i in range(0, len(data), width)
    ]


vals = [0, 1, 255, 256, 65535]
blob = encode_varlen(vals, 2)
print(blob, decode_varlen(blob, 2))
blob = encode_varlen(vals, 3, "little")
print(blob, decode_varlen(blob, 3, "little"))
svals = [-1, -128, 127, -32768, 0]
blob = encode_varlen(svals, 2, signed=True)
print(blob.hex(), decode_varlen(blob, 2, signed=True))
print((2**100).to_bytes(13, "big"), int.from_bytes((2**100).to_bytes(13, "big"), "big") == 2**100)
print((-(2**70)).to_bytes(10, "little", signed=True))
print((0).to_bytes(0, "big"), (0).to_bytes(), (5).to_bytes(), True.to_bytes(2, "big"))
print((1000).to_bytes(length=4, byteorder="little"))


class Flags(int):
    pass


print(Flags(513).to_bytes(2, "big"), Flags(7).bit_count())

for bad in [
    lambda: (256).to_bytes(1, "big"),
    lambda: (-1).to_bytes(1, "big"),
    lambda: (128).to_bytes(1, "big", signed=True),
    lambda: (1).to_bytes(-1, "big"),
    lambda: (1).to_bytes(1, "middle"),
    lambda: (1).to_bytes(1, 5),
    lambda: (1).to_bytes(1, "big", sign=True),
    lambda: (1).to_bytes(1, "big", length=2),
    lambda: (1).to_bytes(1.5),
    lambda: int.from_bytes(b"\x01", foo=1),
    lambda: int.from_bytes(b"\x01", "big", bytes=b"\x02"),
    lambda: int.from_bytes(),
    lambda: int.from_bytes(byteorder="little", bytes=b"\x01\x02", signed=True),
]:
    try:
        print(bad())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

for n in [0, 1, 7, -7, 255, 2**64 - 1, -(2**80)]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate())
print(True.bit_count(), True.as_integer_ratio())
try:
    (1).bit_count(2)
except TypeError as e:
    print(e)
