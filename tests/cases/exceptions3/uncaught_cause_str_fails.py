class E(Exception):
    def __str__(self):
        return "E str"
try:
    raise E()
except E as e:
    err = e
class Cause(Exception):
    def __str__(self):
        raise ValueError("cause str fails")
raise RuntimeError("top") from Cause()
