print("init", __name__, __package__)
y = "y from mod"
def helper():
    return "helper"
