# generators: a parser state machine driven by send(), with throw() used to reset state
class Reset(Exception):
    pass
def tokenizer():
    tokens = []
    buf = ""
    while True:
        try:
            ch = yield tokens
            tokens = []
            if ch is None:
                if buf:
                    tokens.append(("word", buf))
                buf = ""
            elif ch.isalnum():
                buf += ch
            else:
                if buf:
                    tokens.append(("word", buf))
                    buf = ""
                if not ch.isspace():
                    tokens.append(("sym", ch))
        except Reset:
            print("reset with pending buffer %r" % buf)
            buf = ""
            tokens = [("reset",)]
t = tokenizer()
next(t)
out = []
for ch in "foo(bar, 42);":
    out.extend(t.send(ch))
out.extend(t.send(None))
print(out)
t.send("a")
t.send("b")
print(t.throw(Reset))
print(t.send("c"), t.send(" "))
def light():
    state = "red"
    while True:
        cmd = yield state
        if cmd == "next":
            state = {"red": "green", "green": "yellow", "yellow": "red"}[state]
        elif cmd == "emergency":
            state = "flashing"
        elif cmd is not None:
            raise ValueError("unknown command %r" % cmd)
l = light()
print([next(l)] + [l.send(c) for c in ["next", "next", None, "next", "emergency"]])
try:
    l.send("explode")
except ValueError as e:
    print(type(e).__name__, e)
print(next(l, "light is dead"))
