"""A module using postponed evaluation of annotations (PEP 563)."""
from __future__ import annotations
from __future__ import generator_stop, division

import __future__


class Node:
    children: list[Node]
    parent: Node | None = None
    label: "str"
    weight: float = 1.0

    def __init__(self, label: str, parent: Node | None = None) -> None:
        self.label = label
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def walk(self) -> Iterator[Node]:
        yield self
        for c in self.children:
            yield from c.walk()

    def find(self, label: str, *, default: Optional[Node] = None) -> Node | None:
        for n in self.walk():
            if n.label == label:
                return n
        return default


def build(spec: dict[str, list[str]], *extra: UndefinedName, **opts: Mapping[str, Any]) -> Node:
    root = Node("root")
    for k, vs in spec.items():
        n = Node(k, root)
        for v in vs:
            Node(v, n)
    return root


tree = build({"a": ["a1", "a2"], "b": []})
print([n.label for n in tree.walk()])
print(tree.find("a2").parent.label, tree.find("zz"))
print(Node.__annotations__)
print(Node.__init__.__annotations__)
print(Node.find.__annotations__)
print(build.__annotations__)
print(Node.walk.__annotations__)

# Module-level annotations are stored as strings too, never evaluated.
counter: Counter[str] = 0
names: 'list[str]'
print(__annotations__)


def local_annotations():
    # Annotations of locals are never stored.
    x: DoesNotExist = 5
    return x


print(local_annotations())

print(__future__.all_feature_names)
print(__future__.annotations.compiler_flag, __future__.division.compiler_flag)

# A future import anywhere but the start of the file is a SyntaxError.
for src in [
    "x = 1\nfrom __future__ import annotations\n",
    "from __future__ import braces\n",
    "from __future__ import annotations, nonexistent\n",
    "def f():\n    from __future__ import division\n",
    '"""doc"""\nfrom __future__ import annotations\nfrom __future__ import division\n',
]:
    try:
        compile(src, "<future>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
