#!/usr/bin/env python3
"""Writes packaging/windows/ardesk.ico and packaging/macos/ardesk.icns from the PNG renderings
in resources/icons. Run it again after those change; the outputs are checked in because neither
Windows nor a plain CMake build has a tool that makes them.

Both formats may hold PNG data unchanged (ICO since Windows Vista, ICNS since OS X 10.7), so the
standard library is enough: no ImageMagick, no iconutil.
"""
import pathlib
import struct

ROOT = pathlib.Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"


def png(size):
    data = (ICONS / f"ardesk-{size}.png").read_bytes()
    width, height = struct.unpack(">II", data[16:24])
    if (width, height) != (size, size):
        raise SystemExit(f"ardesk-{size}.png is {width}x{height}, expected {size}x{size}")
    return data


def write_ico(path, sizes):
    images = [png(size) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, data in zip(sizes, images):
        # A width or height of 0 means 256.
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    path.write_bytes(header + entries + payload)


def write_icns(path, types):
    body = b""
    for kind, size in types:
        data = png(size)
        body += kind.encode("ascii") + struct.pack(">I", 8 + len(data)) + data
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


write_ico(ROOT / "packaging" / "windows" / "ardesk.ico", [16, 24, 32, 48, 64, 128, 256])
# icp4/icp5/icp6/ic07/ic08: 16, 32, 64, 128, 256 points; ic11/ic12/ic13: 16, 32, 128 at @2x.
write_icns(ROOT / "packaging" / "macos" / "ardesk.icns",
           [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
            ("ic11", 32), ("ic12", 64), ("ic13", 256)])
