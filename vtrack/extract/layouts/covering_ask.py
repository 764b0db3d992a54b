"""The one ask of a covering notice that sends a plan out, where the plan itself gives no
task (its text cut off after 一、总体要求, or only its goals kept):

    各乡镇人民政府，县政府各办、局：
        …现将《某县医共体建设工作实施方案》印发给你们，请结合各自实际，认真贯彻落实。

The addressees on the notice's head line above it do it, or the units the ask itself names
(请县卫健局牵头，会同各有关单位…), else no one named: one task, 结合各自实际，认真贯彻落实《…》,
with the time the ask gives (请于1月15日前…报送). Not one of LAYOUTS: a plan whose own items
are read has its work there, and such a closing formula beside them is no task of its own
(run_in_list leaves it out); extract() asks it only of the lines before a plan that gave none.
"""
import re

from .. import meta, owners, units
from ..dates import in_text, is_time_limit
from ..tasks import make_task, split_deadline
from .base import Doc, Found

# …印发给你们，请认真贯彻执行。 / 现转发给你们，请遵照执行: the plan sent out, then the ask
# (…已经县政府同意，现予以印发，请…: sent out without naming to whom)
# (现予印发，请…: the same, 予 for 予以)
# (特制订《…安排》，请按照执行: the plan named as made for those addressed, then the ask)
_SENT_OUT = re.compile(r"(?:(?:印发|转发|下发)给?(?:你们|你单位|各单位)|"
                       r"予以?(?:印发|转发|下发)|[特现]制[定订](?P<made>《[^《》]{2,60}》))"
                       r"[，,]?(?P<ask>请[^。！；;]{2,60})")
# the verbs of carrying the plan out, whole (not 执行 alone, which 遵照执行 holds)
_CARRY_OUT_WORDS = r"贯彻落实|贯彻执行|遵照执行|照此执行|参照执行"
# the ask ends on such a verb, which the plan's name completes
_CARRY_OUT = re.compile(rf"(?:{_CARRY_OUT_WORDS}|执行|落实|实施)$")
# (请认真遵照执行某市人民政府办公室: such a verb, then the signature run on after it)
_CARRY_OUT_IN = re.compile(rf"{_CARRY_OUT_WORDS}|组织实施")
# the signing day in an ask's words, no time limit (not 请于2024年3月底前…), or a page's markup
_SIGNED_OR_MARKUP = re.compile(r"(?<![于在])(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                               r"(?!\s*[前内以])|[<>/]")
# 现将《A》（和《B》）印发给你们: the plans sent, named between 将 and the verb that sends them
# (not a document cited before it: 为贯彻落实《…意见》，…现将实施方案印发给你们)
# (现将修订后的《…》印发…: what the plan is now, before its name; not 现将贯彻落实《…条例》的实施
# 方案印发…, the law a plan of its own carries out)
_PLANS_SENT = re.compile(r"将(?:[^《》。，,]{0,6}?的)?"
                         r"(?P<names>《[^《》]{2,60}》(?:[和、及与]《[^《》]{2,60}》)*)"
                         r"[^《》。]{0,20}?(?:印发|转发|下发)")


def ask_after_sending(sentence: str) -> int | None:
    """Where the ask of those a paper is sent to starts (现将《…》转发给你们，请结合… -> at 请),
    else None."""
    sent = _SENT_OUT.search(sentence)
    return sent.start("ask") if sent else None


def _unclosed(title: str) -> str:
    """title without the 《 a line's end left open (《某市…实施方案 ⏎ (2023-2025年)》: cut), to be
    named once; a title that quotes a law keeps its own (《…法》实施办法)."""
    return title[1:] if title.startswith("《") and "》" not in title else title


def runs_on(line: str) -> bool:
    """Whether a line's covering ask runs on, unclosed, into the signing day or a page's
    markup (…请认真遵照执行某市人民政府办公室2016年7月3日: a page run onto one line)."""
    sent = _SENT_OUT.search(line)
    return sent is not None and _SIGNED_OR_MARKUP.search(sent.group("ask")) is not None


def _asked(doc: Doc) -> tuple[list[str], list[str], str, str | None] | None:
    """(its owners, their leads, the words of the ask, its time) of doc's covering notice,
    else None: the units the ask names, else the addressees on a head line above it."""
    first = None
    for at, line in enumerate(doc.lines):
        sent = _SENT_OUT.search(line)
        if sent is None:
            continue
        # (特制定《…》 in a news report or a call for entries, 特制定《…评选办法》，请广大教师积极
        # 参与: a notice's sending only in a notice, or under its addressees' head)
        if sent.group("made") and not doc.notice() and \
                not owners.addressees(doc.lines[:at], nearest_last=True):
            continue
        ask = sent.group("ask")[1:].strip("，, ")
        carried = _CARRY_OUT_IN.search(ask)
        if carried and units.read(ask[carried.end():].strip()) is not None:
            ask = ask[:carried.end()]
        plans = _PLANS_SENT.search(line, 0, sent.end())
        # (or the plan the notice's title sends, 关于印发《…方案》的通知, as meta reads it: not a
        # document the ask's sentence cites, 为贯彻落实《…意见》，现将实施方案印发…)
        title = doc.info["title"] or ""
        names = plans.group("names") if plans else sent.group("made") or \
            (f"《{_unclosed(title)}》" if meta.names_plan(title) else None)
        if names and "《" not in ask and _CARRY_OUT.search(ask):
            # (认真贯彻落实《…方案》: the task says what it carries out)
            ask += names
        named = owners.addressed_to(sent.group("ask"), doc.issued, every_kind=True)
        # (an addressee line below the ask is another's: a forwarded notice's own head)
        to = named.names if named and named.names else \
            owners.addressees(doc.lines[:at], nearest_last=True) or \
            _addressed_above(doc, at) or _addressed_in_line(line[:sent.start()])
        # (with neither, no one: a person names the owners, as for any task)
        leads = named.leads if named and named.names else []
        found = to, leads, ask, split_deadline(ask, doc.issued)[1]
        if to and (first is None or first[2] == ask):
            return found
        # (the same ask printed again below, under its addressees' head: a page's summary
        # quoted it first, 核心提示：…，请按照执行。 ⏎ … ⏎ 各成员单位： ⏎ …，请按照执行。; not
        # another notice's ask further down, a forwarding one's or a related paper's)
        first = first or found
    return first


def _addressed_above(doc: Doc, at: int) -> list[str]:
    """The units on the line straight above the ask's, where it names them and nothing else
    and has lost the colon that closes a head line (各省、自治区通信管理局，各有关企业 ⏎ 现将
    《…》印发给你们，…); else []."""
    above = next((line.strip() for line in reversed(doc.lines[:at]) if line.strip()), "")
    found = units.read(above) if len(above) <= owners.ADDRESS_MAX else None
    # (every one of a kind among them, or those concerned: a head's addressees; not 县委办公室、
    # 县政府办公室, two offices that may be the notice's joint issuers)
    return list(found.names) if found is not None and not found.people and \
        any(_EVERY_OR_CONCERNED.search(name) for name in found.names) else []


_EVERY_OR_CONCERNED = re.compile(r"各|有关|相关|直属")  # (各…, 有关单位: a head's addressees)


def _addressed_in_line(before: str) -> list[str]:
    """The units a head run onto the ask's line addresses, before the last colon ahead of the
    ask (…的通知 各镇人民政府、街道办事处，市直有关单位: 《…》已经…同意，现印发给你们; …函〔2008〕
    245号各区县人民政府: …): back to a space, or the number or the kind of paper the head
    ends with; else []."""
    head, colon, _ = before.rpartition("：") if "：" in before else before.rpartition(":")
    if not colon:
        return []
    salutation = re.split(r"\s|号|通知|函", head)[-1].strip()
    found = units.read(salutation) if 2 <= len(salutation) <= owners.ADDRESS_MAX else None
    return list(found.names) if found is not None and not found.people and \
        any(_EVERY_OR_CONCERNED.search(name) for name in found.names) else []


class CoveringAsk:
    name = "印发通知"

    def recognise(self, doc: Doc) -> float | None:
        return 0.05 if doc.memo("covering_ask", lambda: _asked(doc)) else None

    def read(self, doc: Doc) -> list[Found]:
        asked = doc.memo("covering_ask", lambda: _asked(doc))
        if not asked:
            return []
        to, leads, ask, due_text = asked
        # (请于2018年1月15日前将…报县卫健局: the time the ask's words give; not 自…起施行,
        # 2018年出台的文件同时废止: days that set no time limit)
        reading_text, reading = (None, None) if due_text else \
            in_text(ask, doc.issued, year=doc.year)
        if reading_text is not None and not is_time_limit(reading_text, ask):
            reading_text, reading = None, None
        task, doubts = make_task(1, ask, to, due_text, doc.issued, lead=leads, title=ask,
                                 year=doc.year, reading=reading, reading_text=reading_text)
        return [Found(task, doubts)]
