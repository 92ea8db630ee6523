#!/usr/bin/env python3
"""Draws the Cellwright icons (a battery of four cells) as PNG files, with no imaging library.

Run: python3 releng/branding/make_icons.py bundles/io.cellwright.app/icons
The output is committed; rerun only when the artwork changes.
"""
import struct, sys, zlib, os

BODY = (0x1f, 0x3a, 0x4d)   # dark slate: the case
CELL = (0x3f, 0xb2, 0x7f)   # green: charged cells
CELL_TOP = (0xf2, 0xb1, 0x34)  # amber: the top cell, charging
NUB = (0x1f, 0x3a, 0x4d)

def rounded(x, y, x0, y0, x1, y1, r):
    if x < x0 or x > x1 or y < y0 or y > y1:
        return False
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r

def shade(u, v):
    """Colour at unit coordinates (u, v) in [0,1], or None for transparent."""
    if rounded(u, v, 0.36, 0.04, 0.64, 0.16, 0.03):
        return NUB
    if rounded(u, v, 0.18, 0.12, 0.82, 0.96, 0.09):
        inner = rounded(u, v, 0.25, 0.19, 0.75, 0.89, 0.04)
        if not inner:
            return BODY
        # four cells stacked, separated by thin gaps
        top, bottom = 0.19, 0.89
        h = (bottom - top) / 4
        k = int((v - top) / h)
        within = (v - top) - k * h
        if within < 0.025 or within > h - 0.025:
            return BODY
        return CELL_TOP if k == 0 else CELL
    return None

def render(w, h, draw, ss=4):
    rows = []
    for py in range(h):
        row = bytearray([0])
        for px in range(w):
            acc = [0, 0, 0, 0]
            for sy in range(ss):
                for sx in range(ss):
                    c = draw((px + (sx + 0.5) / ss) / w, (py + (sy + 0.5) / ss) / h, w / h)
                    if c is not None:
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 1
            n = acc[3]
            if n:
                row += bytes([acc[0] // n, acc[1] // n, acc[2] // n, 255 * n // (ss * ss)])
            else:
                row += b"\0\0\0\0"
        rows.append(bytes(row))
    return rows

def write_png(path, w, h, rows):
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xffffffff)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)

def icon(u, v, aspect):
    return shade(u, v)

def about(u, v, aspect):
    # About image: the icon on the left third over a light panel.
    if u * aspect < 1.0:
        c = shade(u * aspect * 0.9 + 0.05, v * 0.9 + 0.05)
        if c is not None:
            return c
    return (0xf4, 0xf7, 0xf9)

if __name__ == "__main__":
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for size in (16, 32, 48, 64, 128, 256):
        write_png(os.path.join(out, f"cellwright_{size}.png"), size, size, render(size, size, icon))
    write_png(os.path.join(out, "about.png"), 120, 120, render(120, 120, about))
