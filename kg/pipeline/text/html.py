"""The article text of an HTML page: paragraphs and headings as lines, page furniture dropped.

Uses only the standard library's `html.parser`. Text inside `<article>` is preferred when the
page has one; scripts, styles, navigation, headers, footers, asides and forms are dropped.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIP = frozenset(
    {"script", "style", "nav", "header", "footer", "aside", "noscript", "template", "form",
     "svg", "button", "iframe", "select", "head", "menu", "figure"}
)  # fmt: skip
_BLOCK = frozenset(
    {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "td", "th", "article",
     "section", "blockquote", "figcaption", "dd", "dt", "pre", "ul", "ol", "table", "main",
     "hr", "title", "body", "html"}
)  # fmt: skip
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "col"})
_SPACE = re.compile(r"[ \t\r\n\f\v]+")
_HTML_START = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_TAG = re.compile(r"</?(p|div|br|h[1-6]|span|a|li|ul|article|section|script|table)\b[^>]*>", re.I)


def looks_like_html(text: str) -> bool:
    """True for an HTML page or fragment (not for prose that mentions a tag or two)."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    return head.lstrip().startswith("<") and len(_TAG.findall(head)) >= 3


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skipping: list[str] = []  # open elements whose content is dropped
        self.article_depth = 0
        self.lines: list[tuple[bool, list[str]]] = [(False, [])]  # (in <article>, parts)

    def _break(self) -> None:
        if self.lines[-1][1]:
            self.lines.append((self.article_depth > 0, []))
        else:
            self.lines[-1] = (self.article_depth > 0, [])

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP and tag not in _VOID:
            self.skipping.append(tag)
        elif tag == "article" and not self.skipping:
            self.article_depth += 1
        if tag in _BLOCK:
            self._break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag in self.skipping:  # close it (and anything left open inside it)
                while self.skipping and self.skipping.pop() != tag:
                    pass
            return
        if tag in _BLOCK:
            self._break()
        if tag == "article" and self.article_depth:
            self.article_depth -= 1
            self._break()

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.lines[-1][1].append(data)


def html_to_text(page: str) -> str:
    """Paragraphs and headings of `page`, one per line; `<article>` content when present."""
    parser = _Extractor()
    parser.feed(page)
    parser.close()
    lines = [(inside, _SPACE.sub(" ", "".join(parts)).strip()) for inside, parts in parser.lines]
    lines = [(inside, line) for inside, line in lines if line]
    if any(inside for inside, _ in lines):
        lines = [(inside, line) for inside, line in lines if inside]
    return "\n".join(line for _, line in lines) + ("\n" if lines else "")
