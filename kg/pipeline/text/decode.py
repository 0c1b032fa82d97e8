"""Article bytes → text: byte-order marks, UTF-16 without BOM, Windows-1256, binary refusal.

`decode_bytes` either returns text (and notes on any guess it made) or raises `InputError`
with one line naming the file and the fix (`--encoding ...`).
"""

from __future__ import annotations

import codecs
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError

# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that do not occur in text files (tab, newlines, form feed are fine).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_LETTER = re.compile(r"[^\W\d_]")
_ARABIC_LETTER = re.compile(
    r"(?=[^\W\d_])[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]"
)
# What news text is made of: whitespace, ASCII, Latin-1/Latin Extended, Arabic, punctuation.
_TEXT_CHAR = re.compile(
    "[\t\n\r\x0c -~\u00a0-\u024f\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff"
    "\u2000-\u206f\ufb50-\ufdff\ufe70-\ufeff]"
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
_BINARY_CONTROL_RATIO = 0.05
_UTF8_MAJORITY = 4  # valid multi-byte characters per invalid sequence for "mostly UTF-8"
_ENCODING_HINT = "pass --encoding (e.g. --encoding cp1256 for Windows Arabic, --encoding utf-16)"


@dataclass
class Decoded:
    """Decoded text, the encoding used, and notes on guesses (reported as warnings)."""

    text: str
    encoding: str
    notes: list[str] = field(default_factory=list)


def decode_bytes(data: bytes, path: str | Path, encoding: str | None = None) -> Decoded:
    """Decode article bytes: `encoding` if given, else BOM, UTF-8, UTF-16, Windows-1256."""
    if encoding:
        return _checked(_decode_as(data, path, encoding), encoding, path)
    for bom, name in _BOMS:
        if data.startswith(bom):
            if name == "utf-8-sig":
                mostly = _mostly_utf8(data[len(bom) :], skipped=len(bom))
                if mostly is not None:
                    return _checked_decoded(mostly, path)
            return _checked(_decode_as(data, path, name), name, path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None and _control_ratio(text) <= _BINARY_CONTROL_RATIO:
        return Decoded(text, "utf-8")
    if text is None:  # a UTF-8 file with a few bad bytes stays UTF-8
        mostly = _mostly_utf8(data)
        if mostly is not None:
            return _checked_decoded(mostly, path)
    # UTF-16 without a BOM: NUL bytes (ASCII) or 0x06 bytes (Arabic) every other byte.
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if text is not None or b"\x00" in data:
        raise InputError(f"{path}: not a text file (binary data)")
    declared = _declared_charset(data)
    if declared:
        return _checked(_decode_as(data, path, declared), declared, path)
    text = data.decode("cp1256")  # every byte is defined in cp1256
    if _control_ratio(text) > _BINARY_CONTROL_RATIO:
        raise InputError(f"{path}: not a text file (binary data)")
    if arabic_ratio(text) >= 0.5:
        note = "not UTF-8; decoded as Windows-1256 (pass --encoding to choose another)"
        return Decoded(text, "cp1256", [note])
    raise InputError(f"{path}: not UTF-8 text; {_ENCODING_HINT}")


def _decode_as(data: bytes, path: str | Path, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except LookupError:
        raise InputError(f"{path}: unknown encoding {encoding!r}; {_ENCODING_HINT}") from None
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: cannot decode as {encoding} (byte {exc.start}: {exc.reason}); "
            f"{_ENCODING_HINT}"
        ) from None
    return text.removeprefix("\ufeff")


def _mostly_utf8(data: bytes, skipped: int = 0) -> Decoded | None:
    """UTF-8 with a few invalid bytes (a corrupted character, a truncated one): each invalid
    sequence becomes U+FFFD and a note names its byte offset. None when the data as a whole
    is not UTF-8: fewer than `_UTF8_MAJORITY` valid multi-byte characters per invalid
    sequence (Windows-1256 Arabic read as UTF-8 is nearly all invalid sequences). Offsets
    count from the file's start, `skipped` bytes (a BOM) before `data`."""
    _INVALID.found = bad = []
    text = data.decode("utf-8", errors=_RECORD)
    multibyte = len(text) - len(text.encode("ascii", "ignore")) - len(bad)
    if not bad or multibyte < _UTF8_MAJORITY * len(bad):
        return None
    shown = ", ".join(f"{start + skipped} ({_hex(raw)})" for start, raw in bad[:3])
    more = f" and {len(bad) - 3} more" if len(bad) > 3 else ""
    offsets = "byte offset" if len(bad) == 1 else "byte offsets"
    note = f"invalid UTF-8 at {offsets} {shown}{more}: replaced with U+FFFD"
    return Decoded(text.removeprefix("\ufeff"), "utf-8", [note])


def _hex(raw: bytes) -> str:
    return " ".join(f"0x{b:02x}" for b in raw)


_INVALID = threading.local()  # invalid sequences found by the current `_mostly_utf8` call
_RECORD = "kg-replace-and-record"


def _replace_and_record(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: U+FFFD for an invalid sequence, its offset and bytes noted."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _INVALID.found.append((exc.start, exc.object[exc.start : exc.end]))
    return "\ufffd", exc.end


codecs.register_error(_RECORD, _replace_and_record)


def _checked_decoded(decoded: Decoded, path: str | Path) -> Decoded:
    checked = _checked(decoded.text, decoded.encoding, path)
    checked.notes = decoded.notes
    return checked


def _checked(text: str, encoding: str, path: str | Path) -> Decoded:
    """Refuse text that is mostly control characters: binary data read in a lenient codec."""
    if _control_ratio(text) > _BINARY_CONTROL_RATIO:
        raise InputError(f"{path}: not a text file (binary data)")
    return Decoded(text, encoding)


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 LE or BE recognised by its text: nearly every character is one news uses."""
    if len(data) % 2:
        return None
    for name in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if text and _count(_TEXT_CHAR, text) >= 0.95 * len(text):
            note = f"no byte-order mark; read as {name}"
            return Decoded(text.removeprefix("\ufeff"), name, [note])
    return None


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag near its start, if any."""
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    name = match.group(1).decode("ascii").lower()
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return None if codecs.lookup(name).name == "utf-8" else name


def _count(pattern: re.Pattern[str], text: str) -> int:
    """Matches of a one-character pattern, without building a list of them."""
    return pattern.subn("", text)[1]


def _control_ratio(text: str) -> float:
    return _count(_CONTROL, text) / len(text) if text else 0.0


def arabic_ratio(text: str) -> float:
    """Share of Arabic-script letters among the letters of `text` (0 when it has none)."""
    letters = _count(_LETTER, text)
    return _count(_ARABIC_LETTER, text) / letters if letters else 0.0
