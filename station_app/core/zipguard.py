"""Zip archives from outside — an .xlsx to import, a data bundle — judged before anything is inflated.

zipfile stops each member at the size the central directory declares (and fails the CRC check if
the data holds more), so the declared sizes are enough to refuse a zip bomb without unpacking it.
"""

from __future__ import annotations

import zipfile

# Spreadsheet XML and JSON lines deflate 5-30×; a member far beyond that is built to explode.
MAX_RATIO = 200
RATIO_FLOOR = 10 * 1024 * 1024  # small members may compress as they like


def inflation_problem(archive: zipfile.ZipFile, max_total: int, advice: str = "") -> str | None:
    """Why `archive` must not be unpacked, in Chinese and without the file's name; None if it may.

    Refused: a member over RATIO_FLOOR that inflates more than MAX_RATIO times, or more than
    `max_total` bytes in all (`advice` is added to that message).
    """
    total = 0
    for info in archive.infolist():
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            return f"内部数据的压缩比异常（{ratio:.0f} 倍），疑似恶意构造的文件，已拒绝读取。"
    if total > max_total:
        return f"解压后超过 {max_total // (1024 * 1024)} MB，文件过大。{advice}"
    return None
