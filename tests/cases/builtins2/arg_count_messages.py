# The TypeError messages of built-in functions and methods called with the
# wrong number of arguments (each family has CPython's own wording), and of
# malformed format strings.

CALLS = [
    "len()", "len([], [])", "abs()", "repr()", "hash()", "id()", "chr()", "ord()",
    "divmod(1)", "isinstance(1)", "issubclass(1)", "setattr(1)", "hasattr(1)", "delattr(1)",
    "getattr()", "getattr(1)", "reversed()", "reversed(1, 2)", "dir(1, 2)", "vars(1, 2)",
    "eval()", "exec()", "sum()", "sum([], 0, 1)", "round()", "pow(1)", "iter()", "next()",
    "min()", "max()", "sorted()", "any()", "all(1, 2)", "callable()", "format()",
    "(1).bit_length(2)", "(1.5).is_integer(1)", "'a'.upper(1)", "'x'.zfill()", "'a'.join()",
    "[].count()", "[].append()", "[].append(1, 2)", "[].index()", "[].insert(1)",
    "(1,).count()", "(1,).index()", "{}.get()", "{}.pop()", "{}.setdefault()",
    "{}.fromkeys()", "dict.fromkeys(1, 2, 3)", "set().add()", "set().add(1, 2)",
    "'{'.format()", "'a{'.format()", "'{}{'.format(1)", "'x}'.format()", "'{0'.format(1)",
    "'{0!'.format(1)", "'{}'.format()", "'{a}'.format()", "'{0} {}'.format(1, 2)",
]

for src in CALLS:
    try:
        result = eval(src)
        print(f"{src}: ok {result!r}")
    except (TypeError, ValueError, IndexError, KeyError) as e:
        print(f"{src}: {type(e).__name__}: {e}")
