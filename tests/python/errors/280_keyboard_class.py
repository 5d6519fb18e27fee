class Base:
    def method(self):
        raise NotImplementedError("subclass must implement")
Base().method()
