from ... import toplevel
