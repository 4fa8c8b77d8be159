from __future__ import annotations

from pathlib import Path

import pytest

from jingdu.corpus import decode
from jingdu.corpus.decode import decode_bytes, read_source
from jingdu.errors import SourceError

TEXT = "新质生产力是创新起主导作用的先进生产力质态。\n第二段。\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16", "big5"])
def test_decodes_common_chinese_encodings(encoding: str) -> None:
    text = TEXT if encoding != "big5" else "新質生產力是創新起主導作用的先進生產力質態。\n"
    decoded = decode_bytes(text.encode(encoding), "x.txt")
    assert decoded.text == text


def test_windows_line_ends_become_newlines() -> None:
    assert decode_bytes("一。\r\n二。\r\n".encode(), "x.txt").text == "一。\n二。\n"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\n\t", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
        (bytes(range(256)) * 50, "binary"),
    ],
)
def test_refuses_what_is_not_text(data: bytes, message: str) -> None:
    with pytest.raises(SourceError, match=message):
        decode_bytes(data, "bad.txt")


def test_refuses_a_file_that_is_no_encoding_of_chinese_text() -> None:
    noise = bytes((i * 73 + 41) % 128 + 128 for i in range(4000))  # high bytes only, no structure
    with pytest.raises(SourceError, match=r"bad\.txt"):
        decode_bytes(noise, "bad.txt")


def test_refuses_huge_files_before_reading_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(decode, "MAX_SOURCE_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text("字" * 2000, encoding="utf-8")
    with pytest.raises(
        SourceError, match=r"big\.txt: larger than a text file can be \(1,000 bytes"
    ):
        read_source(big)


def test_missing_file_and_folder_get_clear_messages(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no such file"):
        read_source(tmp_path / "nope.txt")
    with pytest.raises(SourceError, match="folder"):
        read_source(tmp_path)


def test_hash_is_of_the_bytes() -> None:
    a = decode_bytes(TEXT.encode("utf-8"), "a")
    b = decode_bytes(TEXT.encode("gb18030"), "b")
    assert a.text == b.text and a.sha256 != b.sha256


SIMPLIFIED = (
    "新质生产力是创新起主导作用，摆脱传统经济增长方式、生产力发展路径，具有高科技、"
    "高效能、高质量特征，符合新发展理念的先进生产力质态。\n"
)
TRADITIONAL = (
    "新質生產力是創新起主導作用，擺脫傳統經濟增長方式、生產力發展路徑，具有高科技、"
    "高效能、高質量特徵，符合新發展理念的先進生產力質態。\n"
)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_recognised(encoding: str) -> None:
    for text in (SIMPLIFIED * 3, "Plain English notes, with digits 123.\n" * 3):
        decoded = decode_bytes(text.encode(encoding), "无标记.txt")
        assert decoded.text == text and decoded.encoding == encoding


def test_big5_and_gbk_are_told_apart_by_which_reads_as_chinese() -> None:
    big5 = (TRADITIONAL * 2).encode("big5")
    big5.decode("gb18030")  # valid GB 18030 too: only the text tells them apart
    assert decode_bytes(big5, "繁体.txt").text == TRADITIONAL * 2
    gbk = (SIMPLIFIED * 2).encode("gbk")
    assert decode_bytes(gbk, "简体.txt").text == SIMPLIFIED * 2


def test_bytes_no_encoding_reads_as_chinese_are_refused_not_imported_garbled() -> None:
    junk = bytes(range(0xA1, 0xFF)) * 40  # valid GB 18030, but no one's Chinese
    with pytest.raises(SourceError, match="save it as UTF-8"):
        decode_bytes(junk, "乱码.txt")
