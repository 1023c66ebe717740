# protocols: __del__ of module globals runs at interpreter exit
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("exit __del__", self.name)
zeta = N("zeta")
alpha = N("alpha")
_private = N("_private")
items = [N("item0"), N("item1")]
pair = (N("t0"), N("t1"))
print("end of program")
