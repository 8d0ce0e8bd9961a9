"""Metadata inside image files: camera data, places (GPS), authors, comments and free text.

It travels with the image onto the site and can name people, places and contacts. Pages publish images
without any: the check looks for the containers each format keeps it in, without decoding the image.
"""

from __future__ import annotations

import struct

# PNG chunks that hold text or EXIF data.
_PNG_TEXT = {b"tEXt", b"zTXt", b"iTXt", b"eXIf"}
# JPEG segments: APP1 (EXIF, XMP), APP13 (IPTC), COM (comments).
_JPEG_META = {0xE1: "EXIF or XMP data", 0xED: "IPTC data", 0xFE: "a comment"}


def metadata(data: bytes) -> str | None:
    """What metadata an image holds, in words, or None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return _png(data)
    if data.startswith(b"\xff\xd8"):
        return _jpeg(data)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return _webp(data)
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return _gif(data)
    if data[4:8] == b"ftyp":  # AVIF and other ISO media files keep metadata in boxes of these names
        return "EXIF or XMP data" if b"Exif" in data or b"application/rdf+xml" in data else None
    return None


def _png(data: bytes) -> str | None:
    pos = 8
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        if kind in _PNG_TEXT:
            return "EXIF data" if kind == b"eXIf" else "text"
        if kind == b"IEND":
            return None
        pos += 12 + length
    return None


def _jpeg(data: bytes) -> str | None:
    pos = 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker in (0xD9, 0xDA):  # end of image, start of the compressed data
            return None
        if marker in _JPEG_META:
            return _JPEG_META[marker]
        length = struct.unpack(">H", data[pos + 2 : pos + 4])[0]
        pos += 2 + length
    return None


def _webp(data: bytes) -> str | None:
    pos = 12
    while pos + 8 <= len(data):
        kind, length = data[pos : pos + 4], struct.unpack("<I", data[pos + 4 : pos + 8])[0]
        if kind in (b"EXIF", b"XMP "):
            return "EXIF or XMP data"
        pos += 8 + length + (length & 1)
    return None


def _gif(data: bytes) -> str | None:
    """Walks the blocks: the bytes of a comment's marker may also occur inside compressed image data."""
    pos = 13 + (3 << ((data[10] & 7) + 1) if len(data) > 10 and data[10] & 0x80 else 0)
    while pos < len(data):
        block = data[pos]
        if block == 0x3B:  # trailer
            return None
        if block == 0x21:
            label = data[pos + 1] if pos + 1 < len(data) else 0
            if label == 0xFE:
                return "a comment"
            if label == 0xFF and data[pos + 3 : pos + 14] == b"XMP DataXMP":  # not NETSCAPE2.0, which loops animations
                return "XMP data"
            pos += 2
        elif block == 0x2C:
            flags = data[pos + 9] if pos + 9 < len(data) else 0
            pos += 10 + (3 << ((flags & 7) + 1) if flags & 0x80 else 0) + 1  # descriptor, colour table, code size
        else:
            return None
        while pos < len(data) and data[pos]:  # sub-blocks up to the empty one
            pos += data[pos] + 1
        pos += 1
    return None
