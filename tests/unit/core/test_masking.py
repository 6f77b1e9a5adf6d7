"""Masking of ID and phone numbers on printouts, exports, audit entries and logs."""

from __future__ import annotations

import re

import pytest

from station_app.core.masking import mask_id_number, mask_phone, mask_sensitive_text
from station_app.demo.people import generate_people

UNMASKED_ID = re.compile(r"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])")
UNMASKED_MOBILE = re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("152222199001011234", "152222********1234"),
        ("11010519491231002X", "110105********002X"),
        (" 152222199001011234 ", "152222********1234"),
        ("152222900101123", "152222*****1123"),  # legacy 15 digits: same rule
        ("12345678", "******78"),  # half-typed: only the last 2 stay
        ("1234567890", "********90"),
        ("1234567", "1234567"),  # too short to identify anyone
        ("", ""),
        (None, ""),
    ],
)
def test_mask_id_number(raw: str | None, masked: str) -> None:
    assert mask_id_number(raw) == masked


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("13912345678", "139****5678"),
        (" 18647123456 ", "186****3456"),
        # a landline keeps its area code (a town, not a person) and its last 4 digits
        ("0482-8123456", "0482-***3456"),
        ("0482-81234567", "0482-****4567"),
        ("(0482)8123456", "(0482)***3456"),
        ("0482-8123456转123", "0482-***3456转123"),
        ("+86 139 1234 5678", "+86 139 **** 5678"),
        ("139-1234-5678", "139-****-5678"),
        ("139****5678", "139****5678"),  # masked already: unchanged
        ("8123456", "***3456"),
        ("110", "110"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_phone(raw: str | None, masked: str) -> None:
    assert mask_phone(raw) == masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("身份证11010519491231002x，电话13912345678。", "身份证110105********002x，电话139****5678。"),
        ("当事人包音德力格尔（152222199001011234）", "当事人包音德力格尔（152222********1234）"),
        ("１１０１０５１９４９１２３１００２Ｘ", "１１０１０５********００２Ｘ"),
        ("tel:13912345678;", "tel:139****5678;"),
        ("+8613912345678", "+86139****5678"),
        ("0086-139-1234-5678", "0086-139-****-5678"),
        ("139 1234 5678", "139 **** 5678"),
        ("a 152222199001011234 b 152222199001015678", "a 152222********1234 b 152222********5678"),
        # grouped and dashed as people write them down
        ("身份证 152222 19900101 1234 号", "身份证 152222 ******** 1234 号"),
        ("152222-19900101-1234", "152222-********-1234"),
        ("152222 1990 0101 123X", "152222 **** **** 123X"),
        ("１５２２２２－１９９００１０１－１２３４", "１５２２２２－********－１２３４"),
        ("152222 - 19900101 - 1234", "152222 - ******** - 1234"),
        ("电话 139 1234 5678、138-1234-5678 13712345678",
         "电话 139 **** 5678、138-****-5678 137****5678"),
        ("+86 139 1234 5678", "+86 139 **** 5678"),
        ("座机0482-8123456，(0482)8123456，0482 81234567",
         "座机0482-***3456，(0482)***3456，0482 ****4567"),
    ],
)
def test_mask_sensitive_text_finds_numbers_anywhere(text: str, masked: str) -> None:
    assert mask_sensitive_text(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "银行卡6222021949123100212",  # 19 digits: a card number, not an ID
        "工单20231101000000001234",
        "113912345678",  # 12 digits
        "139123456789",
        "编号1391234567",  # 10 digits
        "152222********1234 139****5678",  # already masked
        "金额30000元，2026年11月29日",
        "6222 0219 4912 3100 212",  # a card in groups of four
        "2026-11-29 13:45，编号 0482",
        "工单XA202611200001",
    ],
)
def test_mask_sensitive_text_leaves_other_numbers_alone(text: str) -> None:
    assert mask_sensitive_text(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # Attack B: a mobile typed with the IME in full-width mode was left whole (only its
        # trailing digits were looked at as full-width), in text and by mask_phone
        ("电话１３９１２３４５６７８", "电话１３９****５６７８"),
        ("１３９ １２３４ ５６７８", "１３９ **** ５６７８"),
        # Attack B: legacy 15-digit IDs (still on old household registers) stayed whole in text
        ("身份证号152222900101123，住址", "身份证号152222*****1123，住址"),
        ("老证号 152222 900101 123", "老证号 152222 *****1 123"),
        ("１５２２２２９００１０１１２３", "１５２２２２*****１１２３"),
    ],
)
def test_full_width_mobiles_and_legacy_ids_in_text_are_masked(text: str, masked: str) -> None:
    assert mask_sensitive_text(text) == masked
    assert mask_sensitive_text(masked) == masked


def test_a_full_width_mobile_is_masked_as_a_phone_value() -> None:
    assert mask_phone("１３９１２３４５６７８") == "１３９****５６７８"


@pytest.mark.parametrize(
    "text",
    [
        "注册号152222000012345",  # an old business registration number: no birth date in it
        "编号202611290000123",  # a time stamp and counter: 20 is no province
        "单号152222901301123",  # month 13
        "单号152222900230123",  # 30 February
    ],
)
def test_fifteen_digit_numbers_that_cannot_be_an_id_are_left_alone(text: str) -> None:
    assert mask_sensitive_text(text) == text


def test_grouped_and_dashed_numbers_in_a_log_line_are_masked(tmp_path) -> None:
    """Issue 16: the log filter missed "152222 19900101 1234" and "152222-19900101-1234"."""
    import logging

    from station_app.core import logs, paths

    paths.set_data_dir(tmp_path)
    logs.setup_logging()
    try:
        logging.getLogger("station.test").warning("导入失败：%s / %s / %s / %s", "152222 19900101 1234",
                                                  "152222-19900101-1234", "139 1234 5678", "0482-8123456")
        for handler in logging.getLogger().handlers:
            handler.flush()
        text = paths.log_file().read_text(encoding="utf-8")
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            if str(getattr(handler, "baseFilename", "")).startswith(str(tmp_path)):
                root.removeHandler(handler)
                handler.close()
    assert "152222 ******** 1234 / 152222-********-1234 / 139 **** 5678 / 0482-***3456" in text
    assert "19900101" not in text and "8123456" not in text


def test_masked_demo_records_contain_no_full_number() -> None:
    people = generate_people(seed=11, count=300)
    text = "\n".join(f"{p.name}，身份证号{p.id_number}，手机{p.phone}，住{p.address}" for p in people)
    masked = mask_sensitive_text(text)
    assert not UNMASKED_ID.search(masked)
    assert not UNMASKED_MOBILE.search(masked)
    assert all(p.name in masked and p.address in masked for p in people)
    assert mask_sensitive_text(masked) == masked
