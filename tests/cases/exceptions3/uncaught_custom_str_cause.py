class MyErr(Exception):
    def __str__(self):
        return "custom str"
def a():
    try:
        b()
    except KeyError as e:
        raise MyErr("x") from e
def b():
    {}["k"]
a()
