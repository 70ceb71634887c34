# CPython's Lib `colorsys` (or pyx's own, which wins) imported and used.
import colorsys
print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4), colorsys.hls_to_rgb(0.5, 0.5, 0.5))
