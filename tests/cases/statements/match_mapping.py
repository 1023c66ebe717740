# statements: mapping patterns: required keys, extra keys ignored, **rest capture, nested, non-str keys, dict subclasses
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return "click at %d,%d" % (x, y)
        case {"type": "key", "key": k, **rest}:
            return "key %r with extras %r" % (k, rest)
        case {"type": t}:
            return "unknown event type %r" % t
        case {}:
            return "mapping without type"
        case _:
            return "not a mapping"
for e in [{"type": "click", "pos": (1, 2)}, {"type": "click", "pos": [3, 4], "extra": 1},
          {"type": "key", "key": "q", "shift": True, "ctrl": False}, {"type": "scroll"}, {}, {"other": 1}, [("type", "click")], "type"]:
    print(e, "->", handle(e))
def numeric_keys(m):
    match m:
        case {0: zero, 1: one}:
            return ("0 and 1", zero, one)
        case {None: v}:
            return ("None key", v)
    return "no"
print(numeric_keys({0: "a", 1: "b", 2: "c"}), numeric_keys({None: 5}), numeric_keys({0: 1}))
class Tracking(dict):
    def get(self, key, default=None):
        print("Tracking.get", key)
        return super().get(key, default)
    def __getitem__(self, key):
        print("Tracking.__getitem__", key)
        return super().__getitem__(key)
match Tracking(a=1, b=2):
    case {"a": 1, "b": bb}:
        print("matched subclass, bb =", bb)
class Missing(dict):
    def __missing__(self, key):
        return "from __missing__"
match Missing(a=1):
    case {"zzz": v}:
        print("matched via __missing__?", v)
    case _:
        print("__missing__ not used by mapping patterns")
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest is a new dict:", rest, type(rest).__name__)
