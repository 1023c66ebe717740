# reentrancy: __eq__ raising while a dict compares keys; the error propagates and the dict is left intact
class Boom:
    def __init__(self, name, armed=True):
        self.name, self.armed = name, armed
    def __hash__(self):
        return 42
    def __eq__(self, other):
        if self.armed or getattr(other, "armed", False):
            raise ValueError("eq %s" % self.name)
        return self is other
    def __repr__(self):
        return "Boom(%s)" % self.name
stored = Boom("stored")
d = {stored: 1, "x": 2}
probe = Boom("probe", armed=False)
for label, op in [("get", lambda: d.get(probe)), ("getitem", lambda: d[probe]), ("in", lambda: probe in d),
                  ("set", lambda: d.__setitem__(probe, 3)), ("pop", lambda: d.pop(probe)),
                  ("del", lambda: d.__delitem__(probe)), ("setdefault", lambda: d.setdefault(probe, 0)),
                  ("update", lambda: d.update({probe: 1})), ("eq", lambda: {probe: 1} == {stored: 1})]:
    try:
        print(label, "->", op())
    except ValueError as e:
        print(label, "raised", e)
print(len(d), d[stored], d["x"], list(d))
s = {stored}
for label, op in [("set in", lambda: probe in s), ("set add", lambda: s.add(probe)),
                  ("set discard", lambda: s.discard(probe)), ("set ==", lambda: s == {probe})]:
    try:
        print(label, "->", op())
    except ValueError as e:
        print(label, "raised", e)
print(len(s))
