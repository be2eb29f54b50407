"""Write the sample release's three photos: placeholders, not the ministry's photos.

    python3 scripts/sample_photos.py [OUT_DIR]      (default: releases/images)

Each is an 800x533 baseline JPEG: a calm colour field, darker towards the foot, with
the figure's subject and PLACEHOLDER drawn on it in large blocky capitals. The script
needs nothing but Python, as no image library can be assumed, so it draws only in
whole 8x8 blocks: a block of one colour is a JPEG block of one coefficient (its DC), and
no transform is needed. It writes no metadata but the JFIF header, so the files are the
same bytes whenever they are made again.
"""

from __future__ import annotations

import sys
from pathlib import Path

WIDTH, HEIGHT = 800, 533
BLOCKS_WIDE, BLOCKS_HIGH = WIDTH // 8, -(-HEIGHT // 8)  # (the last row is cropped)

# name -> (the field's top colour, its foot colour, the subject's words)
PHOTOS: dict[str, tuple[tuple[int, int, int], tuple[int, int, int], str]] = {
    "2022-12-24-handshake.jpg": ((122, 146, 171), (74, 96, 122), "HANDSHAKE"),
    "2022-12-24-talks.jpg": ((128, 160, 140), (78, 108, 92), "THE TALKS"),
    "2022-12-24-signing.jpg": ((176, 158, 128), (124, 106, 80), "SIGNING"),
}
INK = (244, 241, 232)
SUBTITLE = "PLACEHOLDER"

# 5x7 capitals, one string a row, '#' inked; only the letters the photos use.
GLYPHS: dict[str, tuple[str, ...]] = {
    "A": (".###.", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"),
    "C": (".###.", "#...#", "#....", "#....", "#....", "#...#", ".###."),
    "D": ("####.", "#...#", "#...#", "#...#", "#...#", "#...#", "####."),
    "E": ("#####", "#....", "#....", "####.", "#....", "#....", "#####"),
    "G": (".###.", "#...#", "#....", "#.###", "#...#", "#...#", ".####"),
    "H": ("#...#", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"),
    "I": (".###.", "..#..", "..#..", "..#..", "..#..", "..#..", ".###."),
    "K": ("#...#", "#..#.", "#.#..", "##...", "#.#..", "#..#.", "#...#"),
    "L": ("#....", "#....", "#....", "#....", "#....", "#....", "#####"),
    "N": ("#...#", "##..#", "#.#.#", "#..##", "#...#", "#...#", "#...#"),
    "O": (".###.", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."),
    "P": ("####.", "#...#", "#...#", "####.", "#....", "#....", "#...."),
    "R": ("####.", "#...#", "#...#", "####.", "#.#..", "#..#.", "#...#"),
    "S": (".####", "#....", "#....", ".###.", "....#", "....#", "####."),
    "T": ("#####", "..#..", "..#..", "..#..", "..#..", "..#..", "..#.."),
    " ": (".....",) * 7,
}

# The example tables of ITU T.81 Annex K, scaled as libjpeg scales them for quality 60.
QUALITY = 60
LUMA_QUANT = (
    16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55,
    14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
    18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
    49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99)
CHROMA_QUANT = (17, 18, 24, 47, *(99,) * 4, 18, 21, 26, 66, *(99,) * 4,
                24, 26, 56, *(99,) * 5, 47, 66, *(99,) * 6, *(99,) * 32)
# A file holds a table in zig-zag order: the row-major index of each of its entries.
ZIGZAG = (
    0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5,
    12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
    35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51,
    58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63)
# T.81 Table K.3, the luminance DC table: codes by length, then the categories.
DC_BITS = (0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0)
DC_VALUES = tuple(range(12))
# Every block ends at its DC coefficient: the AC table holds only end-of-block, code 0.
AC_BITS = (1, *(0,) * 15)
AC_VALUES = (0,)


def scaled(table: tuple[int, ...]) -> bytes:
    scale = 200 - 2 * QUALITY
    return bytes(min(255, max(1, (q * scale + 50) // 100)) for q in table)


def huffman_codes(bits: tuple[int, ...], values: tuple[int, ...]) -> dict[int, tuple[int, int]]:
    """Value -> (code, length), made from the counts by length as T.81 C.2 makes them."""
    codes: dict[int, tuple[int, int]] = {}
    code, index = 0, 0
    for length, count in enumerate(bits, start=1):
        for _ in range(count):
            codes[values[index]] = (code, length)
            code, index = code + 1, index + 1
        code <<= 1
    return codes


def segment(marker: int, payload: bytes) -> bytes:
    return bytes((0xFF, marker)) + (len(payload) + 2).to_bytes(2, "big") + payload


def ycbcr(rgb: tuple[int, int, int]) -> tuple[float, float, float]:
    r, g, b = rgb
    return (0.299 * r + 0.587 * g + 0.114 * b,
            128 - 0.168736 * r - 0.331264 * g + 0.5 * b,
            128 + 0.5 * r - 0.418688 * g - 0.081312 * b)


def canvas(top: tuple[int, int, int], foot: tuple[int, int, int],
           subject: str) -> list[list[tuple[int, int, int]]]:
    """One colour per 8x8 block: the field, then the two lines of text on it."""
    rows = []
    for y in range(BLOCKS_HIGH):
        t = y / (BLOCKS_HIGH - 1)
        colour = tuple(round(a + (b - a) * t) for a, b in zip(top, foot, strict=True))
        rows.append([(colour[0], colour[1], colour[2])] * BLOCKS_WIDE)
    lines = (subject, SUBTITLE)
    top_row = (BLOCKS_HIGH - (7 * len(lines) + 3 * (len(lines) - 1))) // 2
    for n, line in enumerate(lines):
        left = (BLOCKS_WIDE - (6 * len(line) - 1)) // 2
        for i, letter in enumerate(line):
            for dy, pattern in enumerate(GLYPHS[letter]):
                for dx, mark in enumerate(pattern):
                    if mark == "#":
                        rows[top_row + 10 * n + dy][left + 6 * i + dx] = INK
    return rows


def encode(rows: list[list[tuple[int, int, int]]]) -> bytes:
    luma_q, chroma_q = scaled(LUMA_QUANT), scaled(CHROMA_QUANT)
    dc_codes, ac_codes = huffman_codes(DC_BITS, DC_VALUES), huffman_codes(AC_BITS, AC_VALUES)
    header = b"".join((
        b"\xff\xd8",
        segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"),
        segment(0xDB, b"\x00" + bytes(luma_q[i] for i in ZIGZAG)
                + b"\x01" + bytes(chroma_q[i] for i in ZIGZAG)),
        segment(0xC0, b"\x08" + HEIGHT.to_bytes(2, "big") + WIDTH.to_bytes(2, "big")
                + b"\x03\x01\x11\x00\x02\x11\x01\x03\x11\x01"),
        segment(0xC4, b"\x00" + bytes(DC_BITS) + bytes(DC_VALUES)
                + b"\x10" + bytes(AC_BITS) + bytes(AC_VALUES)),
        segment(0xDA, b"\x03\x01\x00\x02\x00\x03\x00\x00\x3f\x00"),
    ))
    bits, count, out = 0, 0, bytearray()

    def put(code: int, length: int) -> None:
        nonlocal bits, count
        bits, count = (bits << length) | code, count + length
        while count >= 8:
            count -= 8
            byte = (bits >> count) & 0xFF
            out.append(byte)
            if byte == 0xFF:
                out.append(0)  # (stuffed, so the byte is no marker)
        bits &= (1 << count) - 1

    previous = [0, 0, 0]
    for row in rows:
        for rgb in row:
            for c, (value, quant) in enumerate(zip(ycbcr(rgb), (luma_q, chroma_q, chroma_q),
                                                   strict=True)):
                # A flat block's DC coefficient is 8 times its level-shifted value.
                dc = round(8 * (value - 128) / quant[0])
                diff, previous[c] = dc - previous[c], dc
                size = abs(diff).bit_length()
                put(*dc_codes[size])
                if size:
                    put(diff if diff > 0 else diff + (1 << size) - 1, size)
                put(*ac_codes[0])
    if count:
        put((1 << (8 - count)) - 1, 8 - count)  # (the last byte padded with ones)
    return header + bytes(out) + b"\xff\xd9"


def main(argv: list[str]) -> None:
    repo = Path(__file__).resolve().parent.parent
    out_dir = Path(argv[0]) if argv else repo / "releases" / "images"
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, (top, foot, subject) in PHOTOS.items():
        (out_dir / name).write_bytes(encode(canvas(top, foot, subject)))
        print(out_dir / name)


if __name__ == "__main__":
    main(sys.argv[1:])
