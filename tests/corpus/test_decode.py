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
