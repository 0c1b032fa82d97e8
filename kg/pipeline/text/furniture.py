"""Page furniture (issue 15, class 8): what a news page prints around the story that is not
the story. It yields no facts and never merges into a sentence of the story.

- share and follow buttons, alone (`مشاركة :`) or glued before the lead (`شارك من خلال تويتر
  فيسبوك جوجل بلس اكتب رأيك كرمت القيادة ...`): the buttons are furniture, the lead is not;
- a marker of links to other stories inside a line (`... بموقفها.. اقرأ.. روسيا تطرد ...`،
  `... نقطة. رابط الخبر بصحيفة الوئام: ...`): the marker and the rest of its line;
- teasers of other stories at the foot of the page: after the last paragraph that ends
  like prose, lines without final punctuation that open like a new story (a verb or a
  noun, `أكد وزير الخارجية التركي ...`، `تساؤلات عديدة أثارها ...`) rather than like a
  continuation (`وقال`، `كما`، `من جهته`، `إلى ذلك`);
- ledes of other stories at the foot of the page, punctuated like prose (CNN Arabic's
  related stories): one-sentence paragraphs after the story's last continuation, from the
  first one dated like a lede (`أعلنت وزارة الصحة، الجمعة، ...`), three or more, two dated.
"""

from __future__ import annotations

import re

from kg.pipeline.text.weekdays import weekday_spellings

# Characters a line of running prose ends with.
PROSE_END = '.؟?!"»:)”'
# Share of the lines before the teasers that must end like prose: the page punctuates.
_PROSE_SHARE = 0.75

_PLATFORMS = (
    r"(?:تويتر|تويتير|فيسبوك|فيس بوك|فيسبوك|جوجل بلس|جوجل|غوغل بلس|واتساب|واتس اب|واتس آب|"
    r"تيليجرام|تلغرام|تلجرام|لينكد إن|لينكدإن|انستغرام|إنستغرام|انستجرام|يوتيوب|سناب شات|"
    r"البريد الإلكتروني|البريد الالكتروني|طباعة|اكتب رأيك|أضف تعليق|تعليق)"
)
# `شارك`/`مشاركة` as a button: alone, before a colon, or naming the platforms.
_SHARE = re.compile(
    r"^\s*(?:مشاركة|شارك|شاركها|تابعنا|تابعونا)\s*(?:(?:من خلال|عبر|على)\s*)?:?\s*"
    rf"(?:{_PLATFORMS}[\s،,|/:\-]*)*"
)
_SHARE_WORD = re.compile(r"^\s*(?:مشاركة|شارك|شاركها|تابعنا|تابعونا)")

# A marker of links to other stories, as a sentence of its own inside a line.
_MARKER = re.compile(
    r"^\s*(?:[اإ]قرأ(?:\s+(?:أيضا|أيضاً|ايضا|المزيد))?|قد يهمك|قد يعجبك|شاهد(?:\s+أيضا)?|"
    r"رابط الخبر(?:\s+\S+){0,3}\s*:|للمزيد|المزيد)\s*[.:|/،,…]*\s*$"
)
# A link line that names the marker first and the linked headline after it.
_LINK_START = re.compile(r"^\s*(?:رابط الخبر|مقالات أخرى|للتواصل|[اإ]قرأ)")

# How a paragraph that continues the story opens: a conjunction attached to its first word
# (`وقال`، `فيما`), or a connective of news prose.
_CONTINUATION = re.compile(
    r"^\s*(?:[وف]\S|كما|ثم|إلى ذلك|الى ذلك|من جهت|من جهة|من ناحيت|في المقابل|في سياق|"
    r"في الوقت|في حين|فيما|بينما|يذكر|يشار|أيضا|ايضا|أيضاً|حينها|بدور|لكن|غير أن|إلا أن|"
    r"كان|كانت|بعد ذلك|وفي|[-*•])"
)


def share_prefix_end(line: str) -> int:
    """Length of the share buttons at the start of `line` (0 when it has none): a share word
    followed by platforms (`شارك من خلال تويتر فيسبوك ...`), or alone with its colon. A
    share word that begins a sentence (`شارك آلاف الروس في مظاهرات`) is a verb."""
    match = _SHARE.match(line)
    if match is None:
        return 0
    named = _SHARE_WORD.match(line)
    buttons = line[named.end() : match.end()].strip() if named is not None else ""
    if not buttons and line[match.end() :].strip():
        return 0  # شارك آلاف الروس: the verb
    return match.end()


def is_share_line(line: str) -> bool:
    """A line that is share buttons and nothing else (`مشاركة :`، `شارك عبر تويتر`)."""
    end = share_prefix_end(line)
    return end > 0 and not line[end:].strip()


def is_marker(sentence: str) -> bool:
    """A sentence that is a marker of links, alone (`اقرأ..`، `قد يهمك:`) or before the
    linked headline (`رابط الخبر بصحيفة الوئام: ...`): what follows it on its line is
    another story."""
    return bool(_MARKER.match(sentence) or _LINK_START.match(sentence))


def is_link_line(line: str) -> bool:
    """A line that opens with a marker of links (`رابط الخبر بصحيفة الوئام: ...`،
    `مقالات أخرى للكاتب...`، `اقرأ: ...`)."""
    return bool(_LINK_START.match(line))


def teaser_lines(lines: list[str], noise: list[bool]) -> set[int]:
    """Indexes of the teasers at the foot of the page: the lines after the last one that
    ends like prose, without final punctuation, that open like a new story. Nothing when
    the page has no line that ends like prose before them (an excerpt cut short)."""
    body = [k for k, line in enumerate(lines) if line.strip() and not noise[k]]
    tail: list[int] = []
    for k in reversed(body):
        if lines[k].rstrip()[-1] in PROSE_END:
            break
        tail.append(k)
    before = [k for k in body if k not in tail]
    ended = sum(1 for k in before if lines[k].rstrip()[-1] in PROSE_END)
    if not before or ended < _PROSE_SHARE * len(before):
        return set()  # an excerpt cut short, or a page whose paragraphs end unpunctuated
    return {k for k in tail if not _CONTINUATION.match(lines[k])}


_WEEKDAYS = "|".join(weekday_spellings())
# A lede's weekday set off by commas after its actor: `أعلنت وزارة الصحة، الجمعة، مقتل`.
_DATED = re.compile(rf"،\s*(?:يوم\s+|مساء\s+|صباح\s+)?(?:{_WEEKDAYS})(?:\s+\S+)?\s*،")
_INNER_END = re.compile(r"[.!؟?]\s+\S")
_LEDE_WORDS = 12  # the weekday of a lede stands among its first words
_MIN_LEDES = 3  # a foot block of at least three stories
_MIN_DATED = 2  # at least two of them dated


def dated_lede_lines(lines: list[str], noise: list[bool]) -> set[int]:
    """Indexes of punctuated teasers at the foot of the page (`قصص ذات صلة` blocks whose
    heading the scrape lost): after the last paragraph that continues the story (`وقال`،
    `كما`), a run of one-sentence paragraphs that each open like a new story, from the
    first one that is dated like a lede (`قالت المتحدثة ...، الخميس، إن`), when the run has
    at least three such ledes and two of them carry the weekday. A story's own last
    paragraphs continue it (و، كما، من جهته) or run to several sentences."""
    body = [k for k, line in enumerate(lines) if line.strip() and not noise[k]]
    tail: list[int] = []
    for k in reversed(body):
        line = lines[k].strip()
        if _CONTINUATION.match(line) or _INNER_END.search(line):
            break
        tail.append(k)
    tail.reverse()
    dated = [k for k in tail if _DATED.search(" ".join(lines[k].split()[:_LEDE_WORDS]))]
    if len(dated) < _MIN_DATED or len(tail) == len(body):
        return set()  # not dated ledes, or a page that is all ledes (a digest): keep it
    ledes = tail[tail.index(dated[0]) :]
    return set(ledes) if len(ledes) >= _MIN_LEDES else set()
