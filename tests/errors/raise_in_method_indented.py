class K:
    def run(self):
        if True:
            data = [1, 2]
            return data[5]
K().run()
