raise ValueError("bad sub")
