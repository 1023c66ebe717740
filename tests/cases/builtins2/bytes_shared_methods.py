# bytes has the read-only methods bytearray has (one implementation; the
# result has the receiver's type): a tiny HTTP request builder and parser.


def build_request(method, path, headers):
    lines = [b" ".join([method, path, b"HTTP/1.1"])]
    for k, v in headers:
        lines.append(k + b": " + v)
    return b"\r\n".join(lines) + b"\r\n\r\n"


req = build_request(b"GET", b"/index.html", [(b"Host", b"example.org"), (b"Accept", b"*/*")])
print(req)
head = req[:req.find(b"\r\n")]
print(head, head.startswith(b"GET"), head.endswith((b"1.0", b"1.1")), head.count(b"/"))
print(head.index(b"HTTP"), head.find(b"POST"), head.upper(), head.lower())
print(req.replace(b"\r\n", b"|"), type(req.replace(b"x", b"y")).__name__)
print(bytearray(b", ").join([b"a", bytearray(b"b"), memoryview(b"c") if False else b"c"]))
print(type(bytearray(b"-").join([])).__name__, b"".join(iter([b"x", b"y"])))
print(b"aaa".count(b"a"), b"aaa".count(b""), b"abc".count(98), b"abc".find(99))
print(b"aaaa".replace(b"a", b"b", 2), b"ab".replace(b"", b"-", 2), bytearray(b"abab").replace(b"ab", b"x", 1), b"aa".replace(b"a", b"c", 0))

for bad in [
    lambda: b"".join([b"a", 1]),
    lambda: b"".join(["text"]),
    lambda: b"".join(5),
    lambda: b"abc".index(b"z"),
    lambda: b"abc".upper(1),
    lambda: b"abc".startswith("a"),
    lambda: b"abc".replace(b"a"),
]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
