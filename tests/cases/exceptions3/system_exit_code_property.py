class E(SystemExit):
    @property
    def code(self):
        return "prop"
raise E(7)
