"""URL handling: ``urllib.parse``, ``urllib.request`` (over the granted
network) and ``urllib.error``."""
