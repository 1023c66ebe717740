class P(Exception):
    @property
    def __notes__(self):
        return ["from property"]
raise P("p")
