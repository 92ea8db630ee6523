#!/usr/bin/env python3
"""Draws the Validate Design icon (a green check mark over a slate rule bar) as a 16x16 PNG, no imaging library.

Run: python3 releng/branding/make_validate_icon.py bundles/io.cellwright.ui/icons/validate.png
The output is committed; rerun only when the artwork changes.
"""
import struct, sys, zlib

SIZE, SCALE = 16, 4          # supersampled 4x4 per pixel for smooth edges
CHECK = (0x2e, 0x9e, 0x5b)   # green
BAR = (0x1f, 0x3a, 0x4d)     # dark slate, as the Cellwright case

def dist_to_segment(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    cx, cy = ax + t * dx, ay + t * dy
    return ((px - cx) ** 2 + (py - cy) ** 2) ** 0.5

def colour(x, y):
    # check mark: two strokes, 2.2 px wide
    if min(dist_to_segment(x, y, 2.5, 8.5, 6.0, 12.0), dist_to_segment(x, y, 6.0, 12.0, 13.5, 3.0)) <= 1.3:
        return CHECK
    if 1.0 <= x <= 15.0 and 14.0 <= y <= 15.5:
        return BAR
    return None

def pixel(px, py):
    hits, rgb = 0, [0, 0, 0]
    for i in range(SCALE):
        for j in range(SCALE):
            c = colour(px + (i + 0.5) / SCALE, py + (j + 0.5) / SCALE)
            if c:
                hits += 1
                rgb = [a + b for a, b in zip(rgb, c)]
    if hits == 0:
        return (0, 0, 0, 0)
    return tuple(v // hits for v in rgb) + (255 * hits // (SCALE * SCALE),)

def png(path):
    raw = b"".join(b"\0" + b"".join(bytes(pixel(x, y)) for x in range(SIZE)) for y in range(SIZE))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
                  + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

if __name__ == "__main__":
    png(sys.argv[1])
