"""Metadata in image files is found in every format the site publishes; clean images pass."""

import struct
import zlib

import pytest

from kbm.images import metadata


def png(*chunks: tuple[bytes, bytes]) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    body = [(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)), *chunks, (b"IDAT", zlib.compress(b"\0\0"))]
    return b"\x89PNG\r\n\x1a\n" + b"".join(chunk(k, d) for k, d in [*body, (b"IEND", b"")])


def jpeg(*segments: tuple[int, bytes]) -> bytes:
    parts = b"".join(bytes([0xFF, marker]) + struct.pack(">H", len(data) + 2) + data for marker, data in segments)
    return b"\xff\xd8" + parts + b"\xff\xda\x00\x02" + b"\x12\x34" * 10 + b"\xff\xd9"


def webp(*chunks: tuple[bytes, bytes]) -> bytes:
    body = b"WEBP" + b"".join(k + struct.pack("<I", len(d)) + d + (b"\0" if len(d) % 2 else b"") for k, d in chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body


@pytest.mark.parametrize(
    "data, held",
    [
        (png((b"tEXt", b"Author\0Max Mustermann")), "text"),
        (png((b"zTXt", b"Comment\0\0" + zlib.compress(b"max@example.org"))), "text"),
        (png((b"iTXt", b"XML:com.adobe.xmp\0\0\0\0\0<x/>")), "text"),
        (png((b"eXIf", b"MM\0*")), "EXIF data"),
        (jpeg((0xE0, b"JFIF\0\1\1\0\0\1\0\1\0\0"), (0xE1, b"Exif\0\0MM\0*")), "EXIF or XMP data"),
        (jpeg((0xFE, b"Aufgenommen von Max")), "a comment"),
        (jpeg((0xED, b"Photoshop 3.0\0")), "IPTC data"),
        (webp((b"VP8 ", b"\0" * 10), (b"EXIF", b"MM\0*")), "EXIF or XMP data"),
        (b"GIF89a\x01\x00\x01\x00\x00\x00\x00\x21\xfe\x05Hallo\x00\x3b", "a comment"),
        (b"GIF89a\x01\x00\x01\x00\x00\x00\x00\x21\xff\x0bXMP DataXMP\x01x\x00\x3b", "XMP data"),
    ],
)
def test_metadata_in_any_format_is_found(data, held):
    assert metadata(data) == held


# A 1×1 GIF whose compressed image data happens to hold the bytes that start a comment.
GIF_WITH_MARKER_IN_PIXELS = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00"
    + b"\x00\x00\x00\xff\xff\xff"
    + b"\x2c\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x03\x21\xfe\x44\x00\x3b"
)


@pytest.mark.parametrize(
    "data",
    [
        png(),
        jpeg((0xE0, b"JFIF\0\1\1\0\0\1\0\1\0\0")),
        webp((b"VP8 ", b"\0" * 10)),
        b"GIF89a\x01\x00\x01\x00\x00\x00\x00\x3b",
        GIF_WITH_MARKER_IN_PIXELS,
        b"GIF89a\x01\x00\x01\x00\x00\x00\x00\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00\x3b",
    ],
)
def test_an_image_without_metadata_passes(data):
    assert metadata(data) is None
