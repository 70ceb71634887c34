pritn('hi')
