#!/usr/bin/env python3
# Regenerates static/icons/*.png (needs Pillow: pip install pillow).
# Usage: python3 tools/make-icons.py
# Draws the app's mark, a white three-bar chart on #0b6e4f (BARS, on a grid
# of 64 units); icon-192.png is the tab icon too (index.html says why).
# Supersampled 4x, then downsampled, for smooth edges.
from PIL import Image, ImageDraw
GREEN = (0x0b, 0x6e, 0x4f, 255)
WHITE = (255, 255, 255, 255)
BARS = [(14, 30, 22, 46), (28, 20, 36, 46), (42, 12, 50, 46)]  # grid units (64)

def draw(size, maskable):
    ss = 4
    S = size * ss
    im = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    if maskable:
        # Full bleed: the platform applies its own mask shape.
        d.rectangle((0, 0, S, S), fill=GREEN)
        # Keep the chart inside the central safe circle (radius 40%).
        scale = S * 0.78 / 64
        cx, cy = 32, 29  # centre of the bars in grid units
        ox, oy = S / 2 - cx * scale, S / 2 - cy * scale
    else:
        # Full bleed too, square: iOS rounds the corners of its home-screen
        # icons itself (transparent corners would show black there), and the
        # bars then fall on whole pixels, so the file stays tiny.
        scale = S / 64
        d.rectangle((0, 0, S, S), fill=GREEN)
        ox = oy = 0
    for (x0, y0, x1, y1) in BARS:
        d.rectangle((ox + x0 * scale, oy + y0 * scale, ox + x1 * scale - 1, oy + y1 * scale - 1), fill=WHITE)
    return im.resize((size, size), Image.LANCZOS)

import os
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "static", "icons") + os.sep
# A 4-colour palette keeps the icons small (the service worker precaches them,
# so they count in the first load): green, white and the maskable icon's edges.
def small(im):
    return im.convert("RGB").quantize(colors=4)


small(draw(192, False)).save(out + "icon-192.png", optimize=True)
small(draw(512, False)).save(out + "icon-512.png", optimize=True)
small(draw(512, True)).save(out + "icon-maskable-512.png", optimize=True)
