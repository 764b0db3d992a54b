"""A list with no numbers, as a news page reports a plan's list: run together in one
sentence, its items parted by semicolons after a colon,

    …人大代表以投票的方式票决出：创建智慧康养示范社区；建设户外工作者驿站，实施劳动者温暖
    爱心行动；开展智慧化便捷化公交提升工程；…。

or a paragraph an item, most closed by a semicolon, or a paragraph an item that each gives
its work's time, or the whole paragraphs a line closed by a colon announces, or paragraphs
each closed by its owners in brackets, or a sentence's items parted by 、 each closed by its
owners in brackets (包括：A条例（制定，省甲厅起草）、B条例（…）). Three items or more
make the layout (two, where each names its owners); each is a task, numbered in order, with
the deadline its words give and the owners its closing bracket names. Only where nothing else
in the plan is numbered and no table holds its tasks: a numbered plan's sentences list means
and measures, not its tasks.
"""
import datetime
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from ... import deadlines
from ...deadlines import Reading
from .. import meta, outline, owners, units as unit_names
from ..dates import cadence, in_text, is_time_limit
from ..tasks import CALL, SOME_DAY, after_framing, make_task, split_deadline
from . import covering_ask
from .base import Doc, Found

_MIN_PIECES = 3
_PIECE_MIN, _PIECE_MAX = 4, 120  # characters: an item's words, no list's word nor paragraph
# the list opens after a colon, after its sentence's first clause saying what the work is
# (活动的主要内容为A；B；C。, 本月重点工作是…; not 普遍认为…, 组长为…, 主要问题是…: an opinion,
# members, problems) or after the 即 a sentence opens with (…系列活动。即，A；B；C。); each
# opener tried, as the lookahead lets them overlap
# (…，即A；B；C。, a list its count announces, outline's _counted_lists reads)
_WORK_IS = r"(?:内容|工作|任务|重点|措施|举措|活动|事项|安排)(?:主要|具体)?[为是](?![否非民])"
_LIST = re.compile(r"(?=(?:[：:]|(?:^|(?<=[。！？]))(?:即[，,]|"
                   rf"[^：:。！？，,；;]{{0,30}}?{_WORK_IS}))"
                   r"(?P<list>[^：:。]+；[^：:。]+；[^：:。]+)(?:。|$))")


class Listed(NamedTuple):
    seq: int  # its number, in order
    text: str  # its words
    section: str | None  # the title of its group, or the words that open its paragraph
    # whom the sentence it goes on addressed, or the units the item opens with, doing it
    carried: str | None = None
    # the words of the sentence that lists it that give all its items a time (年内提请审议项目
    # 14部，包括：…)
    when: str | None = None
    # a request an organ makes of others (县里要求各乡镇…): carried are its owners, not the
    # organ the sentence opens with
    directed: bool = False


def _listed(doc: Doc) -> list[Listed]:
    """The items (Listed) of the longest such list in the document, in one sentence or a
    paragraph each, numbered in order, with the title of the group each stands in where the
    list has them; [] where there is none."""
    listed = _one_list(doc)
    required, each = _required(doc.lines)
    # a meeting's one request of units it names (会议要求，相关部门要…): the tasks only where
    # no reading finds more
    one = required if len(required) == 1 else each if len(each) == 1 else []
    return _more_listed(doc, listed, required if len(required) > 1 else [],
                        each if len(each) > 1 else []) or one or _dated_sentences(doc) or \
        _owned_sentences(doc) or _next_steps(doc)


_AFTER_SENTENCE = re.compile(r"(?<=[。！])")  # (split after each, the mark kept)
_FORESEEN = re.compile(r"预计|有望|可望")  # (a forecast, no work set)
# 各级市场监管部门将…: every one of a kind whose will a notice's calls go on with (not 省市场
# 监管局将…: one organ's own step, the calls after it another's)
_EVERY_ONE_WILL = re.compile(r"(?:^|[，,])\s*(?:各|全[省市县区])[^，,。；;]{1,20}?将")
_MAY = re.compile(r"方可|(?<![认许])可(?:在|于|通过)(?!\w{0,2}[的性])")

# a line that names a paper or a page's own parts at its end, no sentence: a headline, an
# attachment's title (…专项行动（附解读）, 附件：…工作方案（2017-2019年）)
_HEADLINE = re.compile(r"^附件|[（(]附[^（）()]{1,6}[)）]$|(?:方案|计划|办法|意见|通知|规定|细则)"
                       r"(?:[（(][^（）()]{1,16}[)）])?$")
# 根据分工，A负责…: the split of the work the duties follow, no part of the first
_BY_DIVISION = re.compile(r"^(?:根据|按照)(?:职责|工作)?分工[，,]")


def _owned_sentences(doc: Doc) -> list[Listed]:
    """The sentences of a page that each give their work to the units they open with (由A牵头，
    负责…。B负责…。C负责…; 各接种单位应…), three or more, numbered in order: duties in prose,
    where no other reading finds work; not work told as done, nor in a paragraph that looks
    back."""
    out: list[Listed] = []
    addressed = doc.memo("addressees", lambda: owners.addressees(doc.lines))
    # (请你们…: an ask of the notice's addressees, whom its head names; only in a notice, its
    # title a notice's or a letter's, not a citizen's letter to an organ nor a news page)
    notice = addressed and doc.notice()
    asked_you = False
    for line in doc.lines:
        text = line.strip()
        if _LEDE.match(text) or _LOOKS_BACK.search(text):
            continue
        for sentence in _AFTER_SENTENCE.split(text):
            piece = _BY_DIVISION.sub("", _THEN.sub("", sentence.strip(" 。！")))
            if len(piece) < _ASKED_MIN or _PUBLIC.match(piece) or owners.told_done(piece):
                continue
            if _HEADLINE.search(piece) and not sentence.strip().endswith(("。", "！")):
                continue  # (七部门将开展…专项行动（附解读）, 附件：…方案（2017-2019年）: a title)
            # (教育部门组织实施…。交通部门加强…: organs of a kind each doing their duty)
            named = owners.by_line(piece, doc.issued) or \
                owners.addressed_to(piece, doc.issued, every_kind=True) or \
                owners.leading_subject(piece, doc.issued) or \
                owners.closing_by(piece, doc.issued) or \
                owners.organ_doing(piece, doc.issued, kinds=True)
            you = _you_asked(piece) if notice and not (named and named.names) else None
            if you is not None:
                # (…，我市自12月2日0时起启动黄色预警，请你们按照…予以响应: the ask, its words
                # from 请 on, after the clauses that tell why)
                piece, named, asked_you = piece[you.start("ask"):], \
                    owners.Owners(co=[you.group("you")]), True
            if named is not None and named.names:
                out.append(Listed(len(out) + 1, piece + "。", None, "、".join(named.names)))
    # (two where a notice's head names those it is sent to: 各街道办事处、区直各部门： ⏎
    # 按照属地管理原则，各街道负责…。 ⏎ 根据职责分工，区水务局负责…, its duties, not a news
    # page's mentions; one where it asks them as "you", 各县（区）人民政府： ⏎ …，请你们按照…
    # 予以响应: the notice's own ask of those it is sent to)
    enough = (1 if asked_you else 2) if addressed else _MIN_PIECES
    return out if len(out) >= enough else []


# 请你们按照…, …，请你们按照…: the notice's "you" asked, at a sentence's start or after clauses
# that tell why
_YOU_ASKED = re.compile(rf"(?:^|[，,])\s*(?P<ask>请(?P<you>(?:你|贵)(?:{owners.YOU_OF})))")
# what asks no work: courtesy (请你们放心, 理解, 保重身体), information (知悉, 周知), a
# request for instructions (指示, 批示, 审阅), a contact line (如有疑问，请你们及时与…联系)
_NO_WORK_ASKED = re.compile(r"^请(?:你|贵)\S{0,3}?(?:放心|理解|谅解|保重|知悉|周知|指示|批示|审阅|"
                            r"审定|支持|关注|监督|批评|指正)|联系|咨询")
# 请你们遵照执行: the formula alone, no work named and no paper it carries out
_CARRY_OUT_ALONE = re.compile(r"\s*(?:认真)?(?:遵照|参照|贯彻|照此)?(?:执行|落实)\s*[。！]?$")
# a speaker's words (他说，请你们放心; 市委书记李某指出，…，请你们…), not the notice's
_SPEECH = re.compile(r"[说說]|表示|指出|强调|強調|“")


def _you_asked(piece: str) -> re.Match[str] | None:
    """The notice's ask of those it is sent to in piece (请你们…, …，请你单位…), where it asks
    work of them and no speaker's words carry it; else None."""
    found = _YOU_ASKED.search(piece)
    if found is None or _SPEECH.search(piece, 0, found.start("ask")) or \
            _NO_WORK_ASKED.search(piece[found.start("ask"):]) or \
            _CARRY_OUT_ALONE.match(piece[found.end("you"):]) or \
            covering_ask.ask_after_sending(piece) is not None:
        # (nor a covering notice's ask, 现将《…》转发给你们，请你们…: the covering ask's, which
        # names the paper it sends)
        return None
    return found

# 下一步，大祥区将…: the work to come a report closes with, and who says it will do it
# (东营市邮政管理局表示，下一步，将…: the organ that says it, whose the work is)
_STEPS_TO_COME = re.compile(r"(?:^|(?<=[。！]))\s*"
                            # (会上，住建部总工程师李如生表示，下一步，…: where he says it)
                            r"(?:(?:会上|会议上|[^，,。；;]{2,6}会上|同时|此外|最后)[，,])?"
                            r"(?:(?P<who>[^，,。；;：:“”\s]{2,16}?)"
                            r"(?:表示|介绍|指出|强调)[，,：:])?"
                            # (not 下一步工作中，…: the work's time, no step's start)
                            r"(?:下一步|下步|接下来)(?:[，,]|(?=[^，,。]{0,20}?[将要拟]))(?P<rest>.+)$")


def _official_named(who: str, doc: Doc) -> bool:
    """Whether who is a person the page names with a post elsewhere (副市长黄秀玲…。黄秀玲强调，
    下一步，我市将…: an official, named bare once his post is said)."""
    return unit_names.is_person(who) and any(
        re.search(rf"(?:{_POSTS}){re.escape(who)}", line) for line in doc.lines)


# …有关负责人: the organ by the one who speaks for it
_SPOKESMAN = re.compile(r"(?:有关|相关|主要)?(?:负责人|负责同志)$")
# 将会同有关部门、各地方抓好落实。: those it will work with, and no work of its own (the work is
# the sentences after it)
_JOINED_BY = re.compile(r"^(?:还|也)?将(?:会同|联合|协同)(?P<partners>[^，,。；;]{2,30}?)"
                        r"(?:共同|一道|一起)?(?:抓好|抓紧|推动|推进|狠抓|认真)?落实$")
_WHO_WILL = re.compile(r"^(?P<units>[^，,。；;：:“”\s]{2,20}?)(?:还|也|仍)?"
                       r"(?:将|要(?!求)|计划(?=[\u4e00-\u9fff])|拟|准备(?=[\u4e00-\u9fff]))")


# 将进一步下降，: a verb with nothing it is done to, a change that comes, no work
_NO_OBJECT = re.compile(r"(?:进一步|继续|持续|逐步|陆续|明显|有所)?[\u4e00-\u9fff]{2}[，,。；;]")
_ANNOUNCED_POINTS = re.compile(r"^[^。：:]*?(?:以下|如下)[^。：:]{0,10}[：:](?=\s*一是)")


def _next_steps(doc: Doc) -> list[Listed]:
    """The sentences of the paragraph a page's next steps open (下一步，大祥区将坚持…。坚持问题
    导向，…。), numbered in order, the first's units carried to those that go on with the work:
    a report's work to come, where no other reading finds work. An organ's (大祥区将…,
    市发展改革委表示，接下来将…, 区住建局局长王某表示…), owned by it; the writer's, a place's or
    an official's (我县将…, 福建将…, 县委书记李某表示…), owned by no one; not a person's, a
    firm's or the public's plans, nor a thing's fate (规划将提交…, 市民将可以…)."""
    out: list[Listed] = []
    for line in doc.lines:
        m = _STEPS_TO_COME.search(line.strip())
        if m is None or out:
            continue
        # (…研究提出工作思路。（劳动保障部提供）: who gave the page its words, none of the step)
        rest = _without_credit(m.group("rest"))
        who = m.group("who") or ""
        speaker = _SPOKESMAN.sub("", who)
        organ = speaker if speaker and \
            unit_names.read(speaker, organs_only=True) is not None else None
        if who and organ is None:
            # (区住建局局长王某表示: the bureau its head speaks for; 县委书记李某表示: an
            # official, for the writer's place; not 村民张某, 公司负责人: a person's, a firm's)
            head = _ORGAN_OF_HEAD.match(who)
            organ = head.group("organ") if head and unit_names.read(
                head.group("organ"), organs_only=True) is not None else None
            if organ is None and (_PUBLIC.match(who) or _FIRM.search(who) or
                                  not (_POST.search(who) or _SPOKESMAN.search(who) or
                                       _official_named(who, doc))):
                continue
        will = None if _BARE_WILL.match(rest) else _WHO_WILL.match(rest)
        units: str | None
        if will is None:
            # (…负责人表示，下一步，将…: the organ that speaks will do it, or sets the work:
            # 教育部有关负责人表示，下一步，各地重点工作任务是…; 下一步要…: the writer's)
            units = organ
            bare = _BARE_WILL.match(rest)
            if organ is None and not bare:
                continue
            at = bare.end() if bare else 0
        else:
            subject, at = will.group("units"), will.end()
            if _PUBLIC.match(subject) or _NO_ACTOR.search(subject):
                continue  # (公司将…, 规划将提交…, 市民将可以…: no organ's work)
            # (大祥区将…; 我县将…, 福建将…, 支队将…: the writer, a place or a short name,
            # no owner to follow up)
            units = subject if unit_names.read(subject) is not None and \
                not unit_names.is_self(subject) else None
        if _COMES_TO.match(rest, at) or _NO_OBJECT.match(rest, at) or \
                (_THREATENS.match(rest) and _SANCTION.search(rest)):
            # (各中小学将陆续进入期末考试阶段, 全市气温将进一步下降，…: what will come to
            # them, no work; 对…的，将依法查处: a sanction threatened)
            continue
        # (下一步，将采取以下措施：一是…。…。二是…: the points it announces, each with its
        # sentences)
        announced = _ANNOUNCED_POINTS.match(rest)
        pieces = re.split(r"(?=[一二三四五六七八九十]是)", rest[announced.end():]) \
            if announced else _AFTER_SENTENCE.split(rest)
        for k, sentence in enumerate(pieces):
            piece = _THEN.sub("", sentence.strip(" 。！"))
            if announced:
                piece = piece[2:]  # (一是改进…: the point's words, without its number)
            joined = _JOINED_BY.match(piece)
            if joined and units and owners.parse(joined.group("partners") + "负责").names:
                units += "、" + joined.group("partners")
                continue
            own = _WHO_WILL.match(piece)
            said = own.group("units") if own and unit_names.read(own.group("units")) else None
            # (a later sentence goes on with the work, or names its own organ; not 据了解，…,
            # 欢迎广大市民…, 对…的，…将严肃追责, …是…: an account, the public asked, a sanction,
            # a verdict)
            if len(piece) < _ASKED_MIN or owners.told_done(piece) or \
                    _FORECAST.search(piece) or _NOT_A_STEP.match(piece) or \
                    (_THREATENS.match(piece) and _SANCTION.search(piece)) or \
                    _PUBLIC.match(piece) or \
                    (k and not said and _VERDICT_OR_ACCOUNT.search(piece)):
                continue
            # (将继续聚焦…: the work, its will said before it with no subject)
            out.append(Listed(len(out) + 1, _BARE_WILL.sub("", piece) + "。", None,
                              said or units))
    return out


def _without_credit(text: str) -> str:
    """text without the credit that closes it (…。（劳动保障部提供）: owners.credit_after)."""
    last = owners.top_brackets(text)[-1:]
    if last and not text[last[0][1]:].strip() and \
            owners.credit_after(text[:last[0][0]], last[0][2]):
        return text[:last[0][0]].rstrip()
    return text


# 将…, 还将…, 要…: the will said with no subject of its own
_BARE_WILL = re.compile(r"^(?:还|也|仍)?(?:将|要)(?!求)")
# a firm, a plan or a thing, or a person by a pronoun: no organ whose work a step is
_FIRMS = r"公司|企业|集团|合作社|商户|店"
_FIRM = re.compile(_FIRMS)
_EVERY_FIRM = re.compile(rf"各[^各]{{0,8}}(?:{_FIRMS}|银行|旅行社|商家|厂家)")
_NO_ACTOR = re.compile(rf"^(?:他|她|他们|她们)$|(?:{_FIRMS})$|"
                       r"(?:规划|项目|方案|活动|工程|政策|办法)$")
# those who fail to do the work, before what will be done to them (逾期不清理的, 拒不整改的)
_DEFAULT_BEFORE = re.compile(r"(?:逾期|拒不|未按|不按|仍不|仍未)[^，,。；;]{0,30}的")
_FORCED = re.compile(r"清场|强制|强拆|拆除|取缔|关停|查封|扣押")  # (what is done to them)
# 对…的，…将依法查处: the ones a sanction is for, then the sanction
_THREATENS = re.compile(r"^(?:对|针对)[^，,。]{2,30}的[^，,。]{0,6}[，,]")
# what no next step opens with: who told it, the public asked or welcomed, a wish, the reader
_NOT_A_STEP = re.compile(r"^(?:据|请|欢迎|希望|让我们|记者)")


def _dated_sentences(doc: Doc) -> list[Listed]:
    """The sentences of a page that each give their work a time limit (《方案》提出，2021年底前
    完成…。各地于10月底前完成普查工作。), two or more, numbered in order: a report of a plan's
    time nodes, where no other reading finds its work; not a lede (近日，…印发了《…》), nor
    work told as done (已完成…)."""
    out: list[Listed] = []
    for line in doc.lines:
        text = line.strip()
        if _LEDE.match(text):
            continue
        for sentence in re.split(r"(?<=[。！；;])", text):
            piece = sentence.strip(" 。！；;")
            # (not the public asked, 请广大参保居民…, a view, 市民张先生表示…, a forecast,
            # 预计…, nor what one may do, …可在12月25日前…)
            if not _DATED_MIN <= len(piece) <= _DATED_MAX or owners.told_done(piece) or \
                    _BANS_OR_THE_PUBLIC.match(piece) or _PUBLIC.match(piece) or \
                    owners.VIEW_BEFORE.search(piece) or \
                    _FORESEEN.search(piece) or _MAY.search(piece):
                continue
            said = in_text(piece, doc.issued, year=doc.year)[0]
            if said is not None and is_time_limit(said, piece):
                out.append(Listed(len(out) + 1, piece + "。", None))
    return out if len(out) >= 2 else []


def _more_listed(doc: Doc, listed: list[Listed], required: list[Listed], each: list[Listed]
                 ) -> list[Listed]:
    """_listed's reading of a document's one list, of its requirements (two or more) or of
    the sentences that ask units, whichever holds most."""
    # (a meeting's requirements beside a list of as many, 与会企业家普遍认为A；B；C。 ⏎ 会议强调，
    # 要…。要…。要…。: what it asked for)
    if required and len(required) >= len(listed):
        # (会议指出，…。各级林草部门要…。 ⏎ 会议强调，要…。要…。: the reading across the
        # paragraphs, where it holds all the other's and the asks of another paragraph too;
        # not where the meeting's report tells the matters it took up, each with its run)
        texts = {item.text for item in each}
        # (a lede's one line of the matters heard, 会议听取了…、…的汇报，研究了有关事宜。, names
        # no run of its own; matters one a line, 会议听取了A的汇报。 ⏎ 会议指出，… ⏎ 会议听取了B的
        # 汇报。, each have theirs)
        agenda = [line for line in doc.lines if _AGENDA.match(line.strip())]
        matters = len(agenda) >= 2 or any(_SAID_IN_AGENDA.search(line) for line in agenda)
        return each if len(each) > len(required) and not matters and \
            all(item.text in texts for item in required) else required
    addressed = _addressed_pieces(doc.lines, meta.reports_work(doc.info["title"]))
    if addressed and len(addressed) >= len(listed):
        # (公安部门要…；工商部门要…；文化稽查部门要…: each piece of one sentence asks its
        # own units, beside a list of slogans in the page's lead; and the sentences about it
        # that each ask units of their own, 各运输管理部门要…。铁路部门要…；…: all of them)
        asked = _asked_sentences(doc)
        texts = {item.text for item in asked}
        if len(asked) > len(addressed) and all(item.text in texts for item in addressed):
            return asked
        return addressed
    if not listed:
        # a notice with no numbers whose sentences ask units (请各养老机构于1月21日前…。
        # 各乡（镇）要…): each sentence that asks one; else the lists in its sentences whose
        # items each name their owners
        # (or, where they give fewer, the paragraphs that each ask units one thing)
        asked = _asked_sentences(doc)
        return each if len(each) > len(asked) else asked or _owned_lists(doc.lines)
    return listed


def _addressed_pieces(lines: list[str], report: bool = False) -> list[Listed]:
    """The pieces of the one sentence whose pieces, parted by semicolons, each ask units of
    their own (在…期间，公安部门要…；工商部门要…；市容环卫部门要…), three or more, numbered in
    order; or whose pieces, most of them, each open with the units that do them (经营部门提升…；
    网运部门保证…；投递环节用好…；客服团队保持…: a news page's account of who does what; not
    where the title reports work done, report, nor in a paragraph that looks back);
    [] where no sentence has such pieces."""
    best: list[Listed] = []
    for line in lines:
        for sentence in _AFTER_SENTENCE.split(line.strip()):
            pieces = _semicolon_pieces(sentence)
            if len(pieces) < _MIN_PIECES or len(pieces) <= len(best) or \
                    owners.TOLD_DONE.search(pieces[0]):
                continue
            if _all_asking(pieces):
                best = [Listed(seq, piece + "。", None) for seq, piece in enumerate(pieces, 1)]
                continue
            if report or owners.TOLD_DONE.search(line) or _LOOKS_BACK.search(line):
                continue  # (过去一年，…县教育局全力推进校舍改造，新建教学楼3栋；…: work done)
            doers = [_doer(p) for p in pieces]
            done_by = sum(1 for d in doers if d)
            if done_by >= _MIN_PIECES and done_by >= _DOERS_SHARE * len(pieces):
                best = [Listed(seq, piece + "。", None, doer)
                        for seq, (piece, doer) in enumerate(zip(pieces, doers, strict=True), 1)]
    if best or report:
        return best
    for line in lines:
        # (答：感谢您的来信，已将来信转交…，现回复如下：…由A负责…: what the reply tells,
        # after the words that introduce it; work told done there, …。目前已全部完成。, makes
        # the line an account, no duties)
        told = re.split(r"[：:]", line)[-1]
        if owners.TOLD_DONE.search(told) or _LOOKS_BACK.search(line) or _HELD.search(line):
            continue
        for sentence in _AFTER_SENTENCE.split(line.strip()):
            said = re.split(r"[：:]", sentence)[-1]
            duties = _comma_duties(said)
            if len(duties) > len(best):
                best = [Listed(seq, piece + "。", None, doer)
                        for seq, (piece, doer) in enumerate(duties, 1)]
    return best


# 3月20日，某市马拉松赛顺利举办。赛事期间，…负责…; 演练中，…: an event held, its duties told
_HELD = re.compile(r"顺利(?:举办|举行|召开|完成|结束)|(?:举办|举行|开展|组织)了|"
                   r"演练中|活动中|赛事期间")
# 商务部门负责…: a clause that opens with its units and their duty (not 负责人, 负责同志: who
# speaks for them, nor 负责的: a clause about what they answer for; but 负责人员搜救, the
# people it searches for the duty's object)
# (…的规划设置是由市交通局牵头实施的: the work, then by whom it is led, the same)
_DUTY_CLAUSE = re.compile(r"^(?:[^，,、；;。：:“”]{2,20}?是由|由)?"
                          r"(?P<units>(?:[^，,、；;。：:“”（）()]|[（(][^（）()，,]{1,12}[)）]){2,30}?)"
                          r"(?:主要|具体)?(?:负责(?!人(?!员)|同志|的)|牵头(?=实施|负责|推进|组织))")


def _comma_duties(sentence: str) -> list[tuple[str, str]]:
    """(the words, the units) of each duty of a sentence whose clauses, parted by commas,
    give three units or more a duty each (…，商务部门负责…，生态环境部门负责…，财政部门负责
    拨付资金，…): the words before the first such clause frame them; a clause with none of
    its own goes on with the duty before it. [] where fewer than three."""
    out: list[tuple[str, str]] = []
    for clause in re.split(r"[，,](?![^（(]*[）)])", sentence.strip(" 。！")):
        duty = _DUTY_CLAUSE.match(clause.strip())
        named = unit_names.read(duty.group("units")) if duty else None
        if duty and named is not None and not named.people and \
                unit_names.kind(named.names[0]) in ("organ", "place"):
            out.append((clause.strip(), "、".join(named.names)))
        elif out:
            out[-1] = (out[-1][0] + "，" + clause.strip(), out[-1][1])
    return out if len(out) >= _MIN_PIECES else []


_DOERS_SHARE = 0.6  # of a sentence's pieces that open with their doers, to be a list of work
_LOOKS_BACK = re.compile(r"过去|回顾|以来|按期完成|圆满完成")  # a paragraph of work done
def _doer(piece: str, any_verb: bool = False) -> str | None:
    """The units a piece of a list opens with, the verb of its work right after them (网运
    部门保证处理能力 -> 网运部门); None where it opens otherwise (people, 信息科技人员开展…, are
    none). any_verb: whatever follows them (区教育局负责同志汇报了…: a piece of its own,
    though no work)."""
    if _ASKS_ON.match(piece):
        return None  # (要对全市…进行…: an ask of no one named, 要对全市 no unit)
    return owners.doer(piece, any_verb)


_ASKED_MIN = 12  # characters: a sentence that asks for work, not a greeting (请各单位注意)


def _asked_sentences(doc: Doc) -> list[Listed]:
    """The sentences of a notice that each ask units for work (请A…, A要…, A于9月底前…),
    numbered in order; [] where fewer than two do, unless the one that does gives its work a
    time limit (请各乡镇…，于2017年3月3日前完成整治工作。: a notice's one request)."""
    out: list[Listed] = []
    seen: set[str] = set()  # (a page that prints its text twice asks each once)
    willed: set[int] = set()  # the numbers of those that tell what units will do
    pledged: set[str] = set()  # …as their next step (下一步，市生态环境局将…)
    timed: dict[str, set[str]] = {}  # a will's clause -> the times of the ledes it came after
    notice = bool(owners.addressees(doc.lines))
    will_before: str | None = None  # the units whose work to come the line before told last
    for line in doc.lines:
        paragraph = line.strip()
        if not paragraph:
            continue  # (a blank line parts no paragraphs' account)
        asked_last = False  # the sentence before, in this line, was kept as asked
        # the units whose work to come the sentence before, in this line, told (全省各级林草主管
        # 部门将积极…。): the sentences after it that open with more work are theirs too
        # (…文化和旅游部将…。 ⏎ 与此同时，2023年还将深入推进…: a paragraph that goes on with
        # their work, its subject left out, theirs as well)
        will_of = will_before if _GOES_ON_WILLING.match(paragraph) else None
        if will_before and _another_subject(paragraph) and \
                not paragraph.startswith(tuple(will_before.split("、"))):
            # (市体育局负责人表示，… ⏎ 同时，还将…: a paragraph of another organ's, or of one
            # who speaks, between: the work after it no longer theirs; 民政部要求，… the same
            # organ's)
            will_before = None
        # the units the sentence before, in this line, asked (各乡镇要高度重视，…。): the
        # sentences after it that only go on calling (在工作措施上，要…。同时，要…。) are theirs
        asked_of: str | None = None
        for sentence in (request for whole in _AFTER_SENTENCE.split(line.strip())
                         for request in _requests(whole.strip())):
            if asked_last and _GOES_ON_WITH.match(sentence) and out:
                # (请各县…制定方案，迅速组织检查。并将检查情况于3月26日前报送…。: the same
                # request's last step, and its time limit)
                out[-1] = out[-1]._replace(text=out[-1].text + sentence)
                continue
            asked_last = False
            calls_of, asked_of = asked_of, None
            if calls_of and sentence not in seen and _calls_on(sentence, notice, calls_of):
                seen.add(sentence)
                # (同时，加强…: the word that joins it to the ask before is none of its words)
                out.append(Listed(len(out) + 1, _THEN.sub("", sentence), None, calls_of))
                asked_of, asked_last = calls_of, True
                continue
            will_after, will_of = will_of, None
            going_on = _GOES_ON_WILLING.match(sentence) if will_after else None
            if going_on is not None and _more_work(sentence[going_on.end():].rstrip("。！")):
                # (与此同时，2023年还将深入推进…: more of the work they will do, after the words
                # that join it on)
                seen.add(sentence)
                out.append(Listed(len(out) + 1, sentence[going_on.end():], None, will_after))
                willed.add(len(out))
                will_of = will_before = will_after
                continue
            # (no word that says, no requirement: the cheap search first)
            said = _REQUIRES.match(sentence) if _SAYING.search(sentence) else None
            if said and (_NOT_SPEAKER.search(said.group("who")) or
                         not _listed_speaker(said.group("who")) or
                         _unnamed_off_the_record(said, doc.lines)):
                said = None  # (请各村书记、村委会主任按照要求，…: those asked, no speaker)
            if said and (_PUBLIC.match(sentence, said.start("who")) or
                         _proposed(said, doc.lines)):
                # (王女士说，相关部门要尽快…, 村民代表李某…并要求，…: the public's wish, no one
                # asked; 政协委员张明提出，…: a proposal)
                continue
            # 县长强调，A要…, 李明希望各乡镇要…: what is asked, for its title and its units
            if said and (said.group("mark") or (said.group("verb") == "希望" and
                                                owners.opens_addressed(said.group("rest")))):
                sentence = said.group("rest")
            # (a sentence that asks: 请, 要, 须; not one that tells what was done, 县教育局于2月
            # 18日印发了…)
            # (nor a question, 各地要不要取消中考成为家长关注的焦点)
            if len(sentence) < _ASKED_MIN or not sentence.endswith(("。", "！")) or \
                    sentence in seen or owners.told_done(sentence) or \
                    "要不要" in sentence or _FELL_SHORT.search(sentence):
                continue
            sets_to = _SETS_TO.search(sentence) is not None and \
                not owners.asked_before(sentence) and not _PUBLIC.match(sentence)
            # (下一步，惠州市局将牵头…, 将由相关科室组成…: an organ's next step, in news of its
            # work, whatever work it will do)
            next_step = _NEXT_STEP.match(sentence)
            will = _WILL.search(sentence) if not next_step else \
                _NEXT_WILL.search(sentence[next_step.end():])
            if will and (_COMES_TO.match(sentence, (next_step.end() if next_step else 0) +
                                         will.end()) or _WILL_AS_BA.search(sentence) or
                         _SANCTION.match(sentence, (next_step.end() if next_step else 0) +
                                         will.start()) or
                         # (…逾期不清理的采石点，市政府将成立联合执法组…统一清场: a threat)
                         _DEFAULT_BEFORE.search(sentence, 0, will.start()) is not None and
                         _FORCED.search(sentence, will.end()) is not None):
                # (对拒不整改的，交通运输部门将对其依法从重处罚: a penalty threatened)
                # (将在7月10日前后迎来暑假: what comes to them; 2015年市教育局将开展阳光招生
                # 作为重点工作: 将 as 把, an account)
                will = None
            # (应 after the units, in a notice or of organs it names, 各级宣传部门应…)
            asks = _NOTICE_ASKS if notice or _organs_then_ying(sentence) else _ASKS
            if will and (not asks.search(sentence) or _will_then_calls(sentence, asks)):
                if next_step:
                    sentence = sentence[next_step.end():]
                # (各区教育行政部门将联合…开展检查。: news of work units will do, read as asked;
                # not a forecast, 专家认为，…各地将进一步释放消费潜力, nor a subject of no name or
                # after its time, 该局将…, 今年该局将…)
                told = owners.addressed_to(sentence[:will.start()] + "要" + sentence[will.end():],
                                           every_kind=True) \
                    if not _FORECAST.search(sentence[:will.start()]) else None
                # (下一步，社区将…: a body named by its kind alone tells its own next step, no
                # one's ask)
                # (各银行将推出…, 各参展企业将推出…: every firm of a kind's plans, told as news,
                # no organ's work)
                if told is not None and not any(_NO_NAME_YET.match(n) for n in told.names) and \
                        not all(owners.BARE_BODY.fullmatch(n) for n in told.names) and \
                        not all(_EVERY_FIRM.fullmatch(n) for n in told.names):
                    seen.add(sentence)
                    # (…获悉，2015年教育部将…: the clause of the organ and its work, not the
                    # news's lede before it)
                    clause = max(sentence.rfind(mark, 0, will.start()) for mark in "，,") + 1
                    when = None
                    # (the first named opens it: 市残联将联合市城管局…, the one it works with after)
                    if clause and told.names[0] in sentence[clause:will.start()]:
                        lede, sentence = sentence[:clause], sentence[clause:]
                        # (…记者昨日了解，6月10日前，市残联将…: the time limit kept with the work)
                        last = re.split(r"[，,]", lede.rstrip("，, "))[-1] + "，"
                        # (今年9月底前，…, 年底前，…, 6月1日，…: any time the clause gives)
                        # (not 记者5月20日从…获悉: the reporter's day)
                        when = last if (_TIME_LEAD.fullmatch(last) or _TIMED_LEDE.search(last) or
                                        in_text(last, doc.issued, year=doc.year)[0] is not None) \
                            and not _NEWS_SOURCE.search(last) else None
                        times = "".join(_TIMED_LEDE.findall(lede))
                        before = timed.setdefault(sentence, set())
                        if sentence in seen or times in before or "" in before:
                            # (…；同时，A将…, 今年，A将…: the clause said before; not 2024年下半年，
                            # A将…, the same work again in another time)
                            continue
                        before.add(times)
                    # (教育部将建立…；深入开展…；组织推进…。: each piece after the first, opening
                    # with its work, is more work the organ will do)
                    pieces = _semicolon_pieces(sentence)
                    if len(pieces) < 2 or not all(map(_more_work, pieces[1:])):
                        pieces = [sentence]
                    for piece in pieces:
                        out.append(Listed(len(out) + 1, piece if len(pieces) == 1 else
                                          piece + "。", None, "、".join(told.names),
                                          when=when))
                        willed.add(len(out))
                    will_of = will_before = "、".join(told.names)
                    if next_step:
                        pledged.add(sentence)
                continue
            if not asks.search(sentence):
                # (县里要求各乡镇按照…认真组织实施。: every one of a kind set to the work)
                # (县政府要求，3月底前，各乡镇组织…: the speaker's request, its time limit
                # first, then the units it sets to work)
                set_to = _set_to(sentence) if sets_to else \
                    _set_after(sentence) if said is not None and \
                    said.group("verb") == "要求" and _TIME_LEAD.match(sentence) else None
                if set_to is not None:
                    seen.add(sentence)
                    pieces = _request_pieces(sentence, set_to.names)
                    out += [Listed(len(out) + k, piece if len(pieces) == 1 else piece + "。",
                                   None, "、".join(set_to.names), directed=True)
                            for k, piece in enumerate(pieces, 1)]
                elif (staged := _staged_units(sentence)) is not None:
                    # (3至4月，各地农业农村、市场监管部门组织…进行大排查: a campaign's stage, the
                    # units that do its work in that time)
                    seen.add(sentence)
                    out.append(Listed(len(out) + 1, sentence, None, "、".join(staged[1].names),
                                      when=staged[0], directed=True))
                elif will_after and (_more_work(sentence.rstrip("。！")) or
                                     _goes_on_asking(sentence)):
                    # (…部门将积极与…开展合作，实行联防联控。加大巡护力度，…。: more of the work
                    # they will do, its subject left out)
                    seen.add(sentence)
                    out.append(Listed(len(out) + 1, sentence, None, will_after))
                    willed.add(len(out))
                    will_of = will_before = will_after
                continue
            pieces = _semicolon_pieces(sentence)
            if _all_asking(pieces):  # (铁路部门要…；交通运管部门要…；民航部门要…: a task each)
                seen.add(sentence)
                out += [Listed(len(out) + k, piece + "。", None)
                        for k, piece in enumerate(pieces, 1)]
                continue
            # (同时请县卫健委…: the word that joins it to the request before is none of it;
            # nor the time of the work before the units asked, 在下一步工作中，治安部门要…;
            # nor the news's source, 据介绍，各级人社部门要…)
            request = _NEXT_TIME_FIRST.sub("", _THEN.sub("", _REPORTED_FIRST.sub(
                "", _sent_off(sentence))))
            if _WHERE_TO_ASK.search(request) and not _SENDS.search(request):
                continue  # (…问题，请径向市司法局反映。: the office to ask, no work of its own)
            asked = owners.addressed_to(request, every_kind=True)
            when = None
            if asked is None and (frame := _TIME_FRAME_FIRST.match(request)) is not None:
                # (2017年各县要…, 年内要…: the year or the time the ask is for, said before
                # whom it asks; the time kept as its time limit)
                asked = owners.addressed_to(request[frame.end():], every_kind=True)
                if asked is not None:
                    when, request = frame.group("when"), request[frame.end():]
            if asked is not None and _REPORTED_FIRST.match(sentence) and \
                    all(owners.RELEVANT.match(name) for name in asked.names):
                # (记者了解到，相关部门要在年底前…: what the reporter heard the ones concerned
                # will do, no one asked by name)
                asked = None
            # (请各镇（街道）于6月10日前…: a request to every one of a kind, whom the task is
            # then carried to)
            carried = None if asked else \
                owners.addressed_to(sentence.removeprefix("请"), every_kind=True)
            spoken = said is not None and not _word_asks(said)
            if not asked and not carried and not spoken and \
                    (you := _ASKS_YOU.search(request)) and \
                    not owners.QUOTED.search(request, 0, you.start()):
                # (请你们对照…，于2015年1月5日前…报送: the notice's addressees, whom the head
                # names, as 你局 in a table is)
                carried = owners.parse(you.group("you") + "负责")
                request = request[you.start("you"):]  # (its words from what it asks)
            elif not asked and not carried and not spoken and request.startswith("请") and \
                    not _BANS_OR_THE_PUBLIC.match(request) and \
                    (not _CONTACT_OR_CLOSING.search(request) or _SENDS.search(request) or
                     _gives_time_limit(request, doc)) and \
                    not _PUBLIC.match(re.sub(r"^请(?:广大|各位|全体)?", "", request)) and \
                    doc.memo("addressees", lambda: owners.addressees(doc.lines)):
                # (请将…于4月22日前报我部, under a line of addressees: the notice asks them, as
                # 请你们… does)
                carried = owners.parse("你们负责")
                request = request[1:]
            directed = not asked and not carried and sets_to
            if directed:
                # (针对…问题，区里要求热源单位立即…，10月20日前务必…: the units it sets to)
                carried = _set_to(sentence)
            if asked or carried:
                seen.add(sentence)
                # (A要…；要…；要…: the units' calls, each piece after the first one more of
                # theirs)
                # (not after a paper or a law that says it, 《人民日报》指出，各地要…: its comment)
                opening = _from_units(request)
                pieces = _semicolon_pieces(opening)
                # (nor where the first piece asks two in turn, A要…，B要…；要…: whose the
                # later calls are, no one can tell)
                if asked and not carried and len(pieces) >= 2 and \
                        not opening.startswith("《") and \
                        sum(owners.addressed_units(clause) is not None
                            for clause in re.split(r"[，,]", pieces[0])) <= 1 and \
                        all(_ASKS_ON.match(piece) for piece in pieces[1:]):
                    out += [Listed(len(out) + k, piece + "。", None,
                                   "、".join(asked.names) if k > 1 else None)
                            for k, piece in enumerate(pieces, 1)]
                else:
                    out.append(Listed(len(out) + 1, _from_units(request), None,
                                      "、".join(carried.names) if carried else None,
                                      when=when, directed=directed))
                asked_last = True
                asking = asked or carried
                asked_of = "、".join(asking.names) if asking is not None else None
    # (a page of the public's messages and the replies to them asks no unit of its own)
    replied = any(_REPLIED.match(line.strip()) for line in doc.lines)
    plainly = [item for item in out if item.seq not in willed]
    if len(plainly) >= 2:
        # (a notice that asks, where 医保部门将加大…检查 is its issuer's warning, not a task)
        out = [item._replace(seq=k) for k, item in enumerate(plainly, 1)]
    elif plainly and doc.info["issuer"]:
        # (a notice's one ask beside 市教育局将组织…抽查, signed 市教育局: the issuer's own
        # warning, no task; another organ's, in news of a plan, is told its work)
        issuer = doc.info["issuer"]
        out = [item._replace(seq=k) for k, item in enumerate(
            (item for item in out if item.seq not in willed or not any(
                n in issuer or issuer in n for n in (item.carried or "").split("、") if n)), 1)]
    return out if len(out) >= 2 or len(out) == 1 and (
        _gives_time_limit((out[0].when or "") + out[0].text, doc) or out[0].text in pledged or
        # (10至12月，各乡镇组织开展…: a stage's work, its months its time)
        _STAGE.match(out[0].when or "") is not None or
        # (…获悉，6月1日，市消防救援支队将…: an organ's work on a day its lede gives; not
        # 全市各A级景区将…免费开放: news of a benefit)
        (out[0].when is not None and
         unit_names.read(out[0].carried or "", organs_only=True) is not None) or
        (_lone_request(out[0]) and not replied)) else []


# (为…，)请你们…, 请你局…, 请贵单位…: the notice asks its addressees
# (not 他说，请你们放心…, …写道，请贵公司…: a speaker's words to those before him)
_ASKS_YOU = re.compile(rf"(?:^|[，,])请(?P<you>(?:你|贵)(?:{owners.YOU_OF}))")
# 并将…报送, 并于…前: a sentence with no subject of its own that goes on with the request
# before it
_GOES_ON_WITH = re.compile(r"^(?:并|同时)(?:将|于|在)")


# 请勿…, 请广大…: a ban, the public asked; 请…联系，联系电话…, 请认真贯彻执行: a contact line, a
# closing formula, unless it sends something or gives a time (请于5月15日前将联系人名单报送…);
# none a request of a notice's addressees
_BANS_OR_THE_PUBLIC = re.compile(r"^请(?:勿|不要|广大|全体)")
_CONTACT_OR_CLOSING = re.compile(r"^请[^，,。；;]{0,15}(?:联系|咨询|拨打)|"
                                 r"(?:贯彻|遵照|参照|认真)执行")
# (…遇到的问题，请径向市司法局反映。: where to take a question, the sentence's last clause, after
# the matter it is about; not 请各镇主动联系辖区重点企业，…, work, nor one with a time)
_WHERE_TO_ASK = re.compile(r"(?:问题|困难|意见|建议|情况|疑问|事宜|事项|咨询)[^，,。；;]{0,6}[，,]"
                           r"请[^，,。；;\d]{0,15}(?:联系|咨询|反映|拨打)[^，,。；;\d]{0,16}[。！]?$")
_SENDS = re.compile(r"报送|上报|提交|反馈|报[省市县区]")
_REPLIED = re.compile(r"^(?:回复|答复|办理结果|处理结果|回复内容|答复内容|留言内容|网友留言)")


def _calls_on(sentence: str, notice: bool, asked: str) -> bool:
    """Whether a sentence only goes on calling, naming no units of its own (要坚持…, 同时，
    要…, 在工作措施上，要…), or opens with more of their work (_more_of_their_work): more of
    what the units asked before it (asked) are to do."""
    call = _CALL_FRAME.sub("", _THEN.sub("", sentence.strip()))
    # (既要…，又要…; 也要…, 还要…: a call joined to the ones before it)
    call = re.sub(r"^[既也还更]\s*(?=要)", "", call)
    return (_ASKS_ON.match(call) is not None or _more_of_their_work(call, notice, asked)) and \
        not _SEES.match(call) and not _NO_CALL.match(call) and \
        not owners.told_done(sentence) and not _VERDICT_OR_ACCOUNT.search(sentence) and \
        owners.addressed_to(call, every_kind=True) is None


def _more_of_their_work(call: str, notice: bool, asked: str) -> bool:
    """Whether a sentence after an ask opens with more work, its verb first (严格落实值班制度，
    …), and tells no result, change, verdict, praise, reward or forecast, works on none of the
    units asked (加强对各乡镇的督导: the issuer's work) and gives no clause to another organ
    (加大资金投入，县财政局安排…); on a page that is no notice, tells no figures either."""
    first = re.split(r"[，,。；;]", call, maxsplit=1)[0]
    clauses = [c.strip() for c in re.split(r"[，,；;。！]", call) if c.strip()]
    return _more_work(call) and not _TELLS_OUTCOME.search(first) and \
        not _RESULT.search(call) and not (not notice and _FIGURES_TOLD.search(call)) and \
        not any(_CHANGED.search(clause) for clause in clauses) and \
        not _VERDICT_PRAISE_OR_FORECAST.search(call) and not _FOR_A_CLASS.match(call) and \
        not any(re.search(_WORKS_ON + re.escape(name), call)
                for name in asked.split("、") if name) and \
        not any(owners.opens_with_organ(clause) for clause in clauses[1:])


# what opens like a call and asks none, besides a view (_SEES): a point made (必须指出，…), an
# aim (要通过创建，让…), a sanction on a class of cases (要转移而未转移的，将…)
_NO_CALL = re.compile(r"(?:要|必须|务必)(?:指出|强调|说明)(?:的是)?[，,]|"
                      r"要(?:通过[^，,。]{1,20}[，,])?(?:让|使)|"
                      r"[^，,。]*的[，,]\s*(?:将|要|予以|一律|严肃|依法)")
# a result told (连续10年未发生…, 发放资料5000余份, 共排查…, 满意度达到98%), on any page (累计…
# is _VERDICT_OR_ACCOUNT's; a count a news page tells, 排查隐患120处, _FIGURES_TOLD's)
_RESULT = re.compile(r"连续\d+年|未发生|未出现|\d+余|共[^，,。]{0,8}\d|达到\d+(?:\.\d+)?%")
# a clause that closes on a change (全县水质持续改善, 群众意识明显提高): how things went
_CHANGED = re.compile(owners.WENT)
# a verdict (意义重大, 十分必要, 离不开…), praise (涌现出…, 得到…推广), a question or a
# forecast (仍将…, 预计…): no work asked
_VERDICT_PRAISE_OR_FORECAST = re.compile(
    r"意义重大|十分必要|非常必要|至关重要|尤为重要|离不开|责无旁贷|刻不容缓|势在必行|涌现|"
    r"得到[^，,。]{0,10}(?:推广|表扬|肯定)|受到[^，,。]{0,10}(?:表扬|肯定|好评)|仍将|预计|[？?]")
# the issuer's work on those it asked (加强对各乡镇的督导检查, 全力支持各乡镇…), no more of theirs
_WORKS_ON = r"(?:对|向|为|帮助|支持|督促|指导|检查|考核)[\u4e00-\u9fff]{0,4}?"
# 及时报送信息的乡镇，…加分; 表现突出的干部，优先…: what is done for a class of cases
# (not 建立紧密型医联体的，应实现…: what those cases must do; nor 做好立项项目的相关工作，…)
_FOR_A_CLASS = re.compile(r"^[^，,。]*的(?:乡镇|街道|单位|部门|干部|个人|企业|地区|同志|人员|学校|"
                          r"村)?[，,](?!\s*(?:应|要|须|必须))")
# a cause and its effect, or how those who did the work fared: told, no work asked
_TELLS_OUTCOME = re.compile(r"导致|造成|致使|使得|(?:成效|效果|进展|变化)(?:明显|显著|突出|良好)|"
                            r"的[\u4e00-\u9fff]{1,8}(?:明显|显著|突出|较好|良好|不足|严重)$")
# 在工作措施上，, 在创建过程中，: the side of the work a call is about, before it
_CALL_FRAME = re.compile(r"^在[^，,。；;]{2,16}?[上中里]\s*[，,]")


def _will_then_calls(sentence: str, asks: re.Pattern[str]) -> bool:
    """Whether a sentence's will comes first and its calls after it (各级市场监管部门将加强…；
    要加强…；要加强…): every one of a kind's will, each later piece more of the same work."""
    pieces = _semicolon_pieces(sentence)
    return len(pieces) >= 2 and not asks.search(pieces[0]) and \
        _EVERY_ONE_WILL.search(pieces[0]) is not None and all(map(_more_work, pieces[1:]))


def _lone_request(item: Listed) -> bool:
    """Whether a notice's one sentence that asks is a task with no time limit: it opens with
    the units it asks (请各乡镇高度重视…, 各乡镇要加强巡查…), in one piece (not A要…；<a
    statement>；B要…), and sets none to the work by a verb of another's (督促各企业…: those it
    supervises)."""
    text = item.text
    if item.directed:
        # (检查组要求各驾培机构务必要…, 该局要求各县区财政部门切实增强…: the units its 要求
        # names, as 请各乡镇… does)
        # (not the public's demand, 不少网友要求各外卖平台…, nor an ask made before, 当时区政府
        # 要求…; nor the units' things, 要求各驾培机构的防控措施必须…)
        sets = _SETS_TO.search(text)
        tail = text[sets.end():].lstrip("，,：: ") if sets else ""
        asker = re.split(r"[，,]", text[:sets.start()])[-1] if sets else ""
        return bool(tail) and not re.search(r"[；;]", text) and \
            not _PUBLIC.match(asker) and not owners.asked_before(text) and \
            _sets_units(tail) and not _units_things(tail)
    return _one_piece(text) and (
        owners.opens_addressed(text) or
        (text.startswith("请") and owners.addressed_to(text, every_kind=True) is not None))


def _things_judged(text: str) -> bool:
    """Whether text only judges units' things (各驾培机构的防控措施必须符合上级要求), no work of
    theirs asked (各乡镇的防汛物资必须于5月31日前储备到位, 各乡镇的分管领导要亲自带队: theirs)."""
    return _units_things(text) and _CONFORMS.search(text) is not None


# what things are to be: conform, reach or meet a standard
_CONFORMS = re.compile(r"符合|达到|满足")


def _units_things(text: str) -> bool:
    """Whether text opens on units' things, what is to hold of them (各驾培机构的防控措施
    必须…), not on the units asked."""
    whose = re.match(rf"([^，,。；;的]{{2,15}})的(?!{_PEOPLE_OF})", text)
    return whose is not None and unit_names.read(whose.group(1)) is not None


def _one_piece(text: str) -> bool:
    """Whether a sentence asks one set of units: no semicolon, or every piece after its first
    more of their work with no units of its own (A要…，确保…；对没有…的医院，督促其…)."""
    pieces = _semicolon_pieces(text)
    # (not a piece asking units of its own after its frame, …；对没有…的医院，各地卫生健康部门要…)
    return all(_asks_work(piece) and owners.addressed_to(piece, every_kind=True) is None and
               not owners.addressed_units(piece) for piece in pieces[1:])


def _another_subject(paragraph: str) -> bool:
    """Whether a paragraph opens with units of its own (市体育局负责…, 各乡镇要…, 县财政局统筹…)
    or with one who speaks (市体育局负责人表示，…): the subject of what follows changed."""
    return owners.addressed_units(paragraph) is not None or \
        owners.opening_organs(paragraph) is not None or owners.opens_with_subject(paragraph) or \
        _SPEECH.search(re.split(r"[，,。]", paragraph, maxsplit=1)[0]) is not None


# 与此同时，2023年还将…, 同时，还将…, 此外，今年还将…: more work to come, its subject the one told
# before, the words that join it on first
_GOES_ON_WILLING = re.compile(r"^(?:与此同时|同时|此外|另外)[，,]?"
                              r"(?:(?:19|20)\d\d年|今年|明年)?[，,]?(?:还|也|仍)将(?=[\u4e00-\u9fff]{2})")


# 下一步，…, 在今后的工作中，…: the time of the work, said before whom it asks
_NEXT_TIME_FIRST = re.compile(r"^(?:下一步|今后|接下来|下阶段|"
                              r"在(?:下一步|今后|下阶段|接下来)[^，,。；;]{0,10}?中)[，,]")


# 2017年…, 今年…, 年内…, 年底前…: the year or the time an ask is for, before whom it asks or
# its 要 (not 2021年，全市各部门按照…取得明显成效: what was done that year, no 要; nor
# 2020年各县区要完成的任务已经下达: 要 of a thing to be done, before its 的)
_TIME_FRAME_FIRST = re.compile(rf"^(?P<when>(?:今年|明年)(?:年?内|年?底前|前)?|年内|年底前|"
                               rf"{owners.DUE_BY})[，,]?"
                               r"(?=(?:(?:各|全[省市州县区]|有关|相关|[省市州县区乡镇])"
                               rf"[^，,。；;要]{{0,20}})?(?:(?!{owners.TO_BE_DONE})要(?![求素点])|须|"
                               r"务必|必须))")


# 据介绍，…, 据了解，…: the news's word for where it heard the asks that follow
# (据宋树立介绍，…: who told it, named)
_REPORTED_FIRST = re.compile(r"^(?:据(?:[\u4e00-\u9fff]{2,12}?)?介绍|据了解|据悉|"
                             r"记者(?:了解到|获悉))[，,]")
def _sent_off(sentence: str) -> str:
    """sentence from its request, where it sends a paper first and then asks work of its own
    of those it sends it to (…转发给你们，请结合…，继续…); else sentence as it stands (…印发给你们，
    请认真贯彻落实。: the closing words of a covering notice, no work of their own)."""
    at = covering_ask.ask_after_sending(sentence)
    request = sentence[at:] if at is not None else sentence
    return request if at and len(request) >= _ASKED_MIN and \
        re.search(r"[，,]", request) else sentence


# (应 alone after a subject and a setting, 企业在开工前，应…; not 供应, 响应, 应急)
# (希各单位…, 望各乡镇、各单位…: a notice's wish of every one of a kind, as 请 is)
_ASKS = re.compile(r"请|要(?!求)|须|务必|应当|必须|(?<=[，,])应(?![急用对])|"
                   rf"(?:^|(?<=[，,])){unit_names.WISH_FIRST}")
# …and in a notice sent to its addressees, 应 after the units it asks, as 要 (各级宣传部门应
# 加强…); not 供应, 响应, 应急, 应对, 应届, 应征, 应收, 应邀: words of their own; nor an expert's
# advice on a page that sends nothing (物业公司应加强…)
_NOTICE_ASKS = re.compile(rf"{_ASKS.pattern}|"
                          r"(?<![相响适供反对答效呼感照理])应(?![急用对变付聘有届征收邀试季税声运酬]|纳税)")


def _organs_then_ying(sentence: str) -> bool:
    """Whether a sentence opens with organs it asks (各级宣传部门应…, 规划、住建等部门应…): the
    government's bodies, not a firm or the public advised (物业公司应…)."""
    units = owners.addressed_units(sentence)
    return units is not None and unit_names.read(units, organs_only=True) is not None


# (各地应发放…，实际发放…; 各乡镇应于…前完成…，但目前仍有3个乡镇未完成: what should have been
# done against what was, a report)
_FELL_SHORT = re.compile(r"实际(?:发放|完成|到位|支出|拨付)|"
                         r"但[^。；;]{0,12}?(?:仍|尚|还)[^。；;]{0,12}?未")
_ASKING_WORDS = ("要求", "希望")  # (of _SAYS_THIS: the words that ask, not tell)


def _word_asks(said: re.Match[str]) -> bool:
    """Whether the word said asks (要求, 希望), or is a meeting's 提出 straight before the
    units it asks (会议提出互联网平台企业要…), as 要求 is."""
    return said.group("verb") in _ASKING_WORDS or \
        (said.group("verb") == "提出" and not said.group("mark"))


_SETS_TO = re.compile(r"要求|责成")  # (not 组织各村…, 指导各地…: work an organ does)


# 3至4月，, 5月至12月，, 2022年3月—4月，: a stage of a campaign, its months, opening a sentence
# the work of one who oversees others, in a piece after a request (督促…, 指导…, 加强对…监管, 通报…,
# 组织…部门开展…): the requester's own, not the asked units'
_OVERSEES = re.compile(r"^(?:及时|适时|定期)?(?:督促|指导|通报|约谈|考核|问责)|"
                       r"对[^，,；;]{0,12}?的?(?:监督|监管|考核|检查|指导)|组织[^，,；;]{0,12}?部门")
_STAGE = re.compile(r"^(?:(?:19|20)\d\d年)?\d{1,2}月?(?:\d{1,2}日)?(?:至|到|—|－|-|~|～)"
                    r"(?:(?:19|20)\d\d年)?\d{1,2}月(?:\d{1,2}日)?(?:底|上旬|中旬|下旬)?[，,]")


# 共检查…1.2万家, 累计查处…件, 同比增长: a stage's tally of work done, no work set
_TALLY = re.compile(r"共[计有]?(?:检查|查处|排查|办理|完成|发放|培训|出动)|累计|同比|"
                    r"\d+(?:\.\d+)?万?(?:家|件|起|人次|户次|批次)")


def _staged_units(sentence: str) -> tuple[str, owners.Owners] | None:
    """(the stage's months, the units it sets to work) of a campaign's stage (3至4月，各地…
    部门组织…排查…), where the sentence opens with the months and then names the units; not
    work told done (3至4月，各地开展了…)."""
    stage = _STAGE.match(sentence)
    if stage is None or owners.told_done(sentence) or _TALLY.search(sentence):
        return None
    rest = sentence[stage.end():]
    found = owners.set_to_work(rest, None, any_verb=True)
    if found is None or not found.names:
        return None
    # (the units, then the work they do in the stage: 组织…, 对…开展…; not 各学校放暑假, 各地
    # 秋粮陆续上市: what the season brings; the units' end found by their endings in turn)
    at = 0
    for name in found.names:
        end = rest.find(name[-2:], at)
        at = end + 2 if end >= 0 else at
    return (stage.group(0), found) if _STAGE_WORK.match(rest, at) else None


def _request_pieces(sentence: str, names: list[str]) -> list[str]:
    """The pieces of a request that are each work of the units it sets to it (并要求各单位对…
    进行清理，…；认真开展…；建立防汛队伍，…: each piece after the first that opens with work),
    else [sentence]: not where the units are not named straight after 要求 (会议要求进一步加强
    监管，督促各企业…: those supervised), nor where a later piece is the requester's own work over
    them or others (…；加强对物业服务企业的监督考核; …；督促燃气经营企业…; …；及时通报…)."""
    pieces = _semicolon_pieces(sentence)
    sets = _SETS_TO.search(sentence)
    named_first = sets is not None and bool(names) and \
        sentence[sets.end():].lstrip("，,：: ").startswith(names[0])
    if len(pieces) < 2 or not named_first or not all(map(_more_work, pieces[1:])):
        return [sentence]
    overseen = any(_OVERSEES.search(piece) or any(name[-2:] in piece for name in names)
                   for piece in pieces[1:])
    return [sentence] if overseen else pieces


def _set_to(sentence: str) -> owners.Owners | None:
    """The units a request sets to the work: those its 要求 or 责成 addresses (县卫健局要求各
    医院于…落实…), else those asked_in reads."""
    asked = _SETS_TO.search(sentence)
    if asked and not sentence[asked.end():].strip(" 。！，,"):
        return None  # (…对全省市场监管部门进行安排部署并提出明确要求。: requirements told made)
    if asked is None:
        return owners.asked_in(sentence)
    return _set_after(sentence[asked.end():].lstrip("，,：: ")) or owners.asked_in(sentence)


def _set_after(rest: str) -> owners.Owners | None:
    """The units the words after a 要求 set to the work (各地要…), where its time limit may come
    first (3月底前，各地启动…: then whatever verb follows them); else None."""
    lead = _TIME_LEAD.match(rest)
    if lead is not None and lead.group(0)[-1] in "，,":
        rest = rest[lead.end():]
        return owners.addressed_to(rest, every_kind=True) or \
            owners.set_to_work(rest, None, any_verb=True)
    return owners.addressed_to(rest, every_kind=True)


_ORGAN_BEFORE_MAX = 15  # characters: a second organ's name before its 要求, no clause
# 各驾培机构的教练员: the units' people, asked through them (not 的防控措施, their things)
_PEOPLE_OF = r"教练员|负责人|校长|工作人员|干部|人员|职工|员工|老师|教师"


def _asks_as_organ(words: str) -> bool:
    """Whether the words before a second 要求 are who asks: an organ, a team, a meeting, an
    official or a word that joins the request to the one before (并, 同时); not the words of
    a clause that ends in 要求 as a noun (…落实国家“两个一致”要求)."""
    words = words.strip()
    return words in ("并", "同时", "还", "也", "并且", "同时还") or \
        words.endswith(("组", "会议", "会上", "领导", "负责人", "负责同志")) or \
        _POST.search(words) is not None or \
        unit_names.read(words, organs_only=True) is not None or \
        _BY_TITLE.search(words) is not None


def _sets_units(tail: str) -> bool:
    """Whether the words after 要求 open with the units it sets to work (各乡镇要…, 各学校
    立即…; not 工作要求传达到…: requirements)."""
    found = owners.addressed_to(tail, every_kind=True) or owners.set_to_work(tail, None)
    return found is not None and bool(found.names)


def _requests(sentence: str) -> list[str]:
    """sentence, cut where a second organ makes a request of its own (检查组要求学校…，县教育
    局要求各学校…: two requests, each its units'), each piece closed as a sentence."""
    if len(_SETS_TO.findall(sentence)) < 2:
        return [sentence]
    # (a cut where the organ's 要求 addresses units; not …工作有关要求, 并将工作要求传达到…:
    # requirements, a noun)
    cuts = [m.start() for m in re.finditer(r"(?<=[，,])", sentence)
            if any(_sets_units(sentence[sets.end():].lstrip("，,：: "))
                   for sets in _SETS_TO.finditer(
                       sentence[:m.start() + _ORGAN_BEFORE_MAX + len("要求")], m.start() + 1)
                   if not re.search(r"[，,。；;]", sentence[m.start():sets.start()]) and
                   _asks_as_organ(sentence[m.start():sets.start()]))]
    pieces = [sentence[a:b] for a, b in zip([0, *cuts], [*cuts, len(sentence)], strict=True)]
    return [p.rstrip("，, ") + ("" if p.rstrip().endswith(("。", "！")) else "。")
            for p in pieces if p.strip()]


def _semicolon_pieces(sentence: str) -> list[str]:
    """A sentence's pieces, parted by semicolons, without the marks that close them."""
    return [p.strip(" ，,。") for p in re.split(r"[；;]", sentence) if p.strip(" ，,。")]


def _all_asking(pieces: list[str]) -> bool:
    """Whether a sentence's pieces, three or more, each ask units of their own, the first no
    account of work done (铁路部门要…；交通运管部门要…；民航部门要…)."""
    return len(pieces) >= _MIN_PIECES and not owners.TOLD_DONE.search(pieces[0]) and \
        all(owners.addressed_to(p, every_kind=True) for p in pieces)


def _one_list(doc: Doc) -> list[Listed]:
    best: list[str] = []
    announcing = ""  # the words of the sentence before its list, where best is one
    previous = ""  # the last line with words
    for line in doc.lines:
        before_colon = _last_sentence(previous.rstrip()[:-1])
        # (its last clause says what the list is: 主要做法如下, 完成情况; not 为巩固已取得的
        # 成效，现提出以下要求, a purpose first)
        last_clause = re.split(r"[，,]", before_colon)[-1]
        if previous.rstrip().endswith(("：", ":")) and line.strip() and \
                _ANNOUNCES_NEXT.search(before_colon) and not _TARGETS.search(last_clause):
            # (…并作出如下部署： ⏎ A；B；C。: the list on the line after the one that
            # announces it, read as if on it; not 今年的目标任务为： ⏎ 新建…1000套；…, targets,
            # nor 主要做法如下：, 完成情况：, what was done; nor an addressee line's colon)
            line = before_colon + "：" + line.strip()
        previous = line if line.strip() else previous
        for m in _LIST.finditer(line):
            pieces = [p.strip(" ，,") for p in re.split(r"[；;]", m.group("list"))]
            pieces = [p for p in pieces if p]
            before = _last_sentence(line[:m.start("list")])
            # (not 我局重点抓了以下几项工作：…; 仍存在一些问题：…: an account of work done, or
            # of what is wrong)
            if all(_PIECE_MIN <= len(p) <= _PIECE_MAX for p in pieces) and \
                    len(pieces) > len(best) and not _ACCOUNT.search(before):
                best, announcing = pieces, before
        for pieces, before in _counted_after(line):
            if len(pieces) > len(best):
                best, announcing = pieces, before
    for found in (_paragraph_items(doc.lines), _dated_paragraphs(doc),
                  _announced_paragraphs(doc.lines), _titled_paragraphs(doc.lines)):
        if len(found) > len(best):
            best, announcing = found, ""
    if len(best) >= _MIN_PIECES:
        # (为…，请各单位在…期间开展…活动，即A；B；C / …，要求各村（居）完成好A、B…等7项
        # 工作任务: the units the sentence asks, after its purpose, do every item)
        asked = owners.asked_in(announcing, doc.issued) if announcing else None
        carried = "、".join(asked.names) if asked else None
        return [Listed(seq, text, None, carried, announcing or None)
                for seq, text in enumerate(best, 1)]
    owned = _owned_paragraphs(doc.lines)
    return [Listed(seq, text, section)
            for seq, (text, section) in enumerate(owned, 1)] if len(owned) >= 2 else []


# …完成好A、B、C等7项工作任务: a list parted by 、 that the count after it closes
_COUNT_AFTER = re.compile(r"等(?P<count>[一二三四五六七八九十两]{1,3}|\d{1,2})"
                          r"(?:项|件|大|个)(?P<aspects>方面)?")
_CLAUSE_START = re.compile(r"[，,。；;：:！？]")


def _counted_after(line: str) -> list[tuple[list[str], str]]:
    """(the items, the words of their sentence before them) of each list in line whose items
    are parted by 、 and closed by a count of them (…，要求各村完成好A、B、C等3项工作任务): as
    many as the count says, three or more; the first item from its clause's start."""
    out: list[tuple[list[str], str]] = []
    for m in _COUNT_AFTER.finditer(line):
        count = outline.count_of(m.group("count"))
        starts = [c.end() for c in _CLAUSE_START.finditer(line, 0, m.start())]
        start = starts[-1] if starts else 0
        pieces = [p.strip() for p in outline.split_outside_quotes(line[start:m.start()], "、")]
        if count < _MIN_PIECES or len(pieces) != count or \
                not all(_PIECE_MIN <= len(p) <= _PIECE_MAX for p in pieces):
            continue
        if m.group("aspects") and not line.startswith("的", m.end()):
            continue  # 从A、B…等六个方面开展排查: the fields one piece of work covers
        before = _last_sentence(line[:start])
        if owners.TOLD_DONE.search(pieces[0]) or \
                all(unit_names.read(piece) is not None for piece in pieces):
            # (去年全镇顺利完成了A、B、C等3项民生工程: what was done; 确定A、B、C等3个单位为…:
            # units named, not work)
            continue
        out.append((pieces, before))
    return out


# 包括：A条例（制定，省文旅厅起草）、B条例（修改，省农业农村厅起草）、…: a sentence's list of
# items parted by 、, each closed by its owners in brackets (no mark of a clause inside one)
_OWNED_PIECE = r"[^、，,。；;：:（）()]{2,60}[（(][^（）()]{2,40}[）)]"
_OWNED_LIST = re.compile(rf"{_OWNED_PIECE}(?:、{_OWNED_PIECE})+")
_OWNED_PIECE_AT = re.compile(rf"{_OWNED_PIECE}")
# the words that open a list run on after a comma, before its first item (…17部，包括黑龙江省…,
# …3件，有某省…; a later item's 有 is its own: 有色金属…)
_LIST_OPENER = re.compile(r"^(?:包括|分别是|分别为|主要有|有|即)")


def _owned_lists(lines: list[str]) -> list[Listed]:
    """The items of the lists run together in sentences whose items each close with their
    owners in brackets, two or more to a list (包括：A（省甲厅起草）、B（省乙厅起草）): each list
    numbered again, under the short line before its paragraph where there is one (审议项目)."""
    out: list[Listed] = []
    title: str | None = None
    first = next((line.strip() for line in lines if line.strip()), None)
    for line in lines:
        text = line.strip()
        if not text:
            continue
        found = _OWNED_LIST.search(text)
        pieces = [] if found is None else \
            [piece.group(0).strip() for piece in _OWNED_PIECE_AT.finditer(found.group(0))]
        pieces[:1] = [_LIST_OPENER.sub("", piece) for piece in pieces[:1]]
        announcing = "" if found is None else _last_sentence(text[:found.start()])
        # every piece a work's words and its owners; not a list of units or people, each
        # with another name or a unit in brackets (县委宣传部（县文明办）、…, 张建国（县应急
        # 管理局）、…), nor one of what was done (已完成审议项目4部，包括：…)
        if len(pieces) >= 2 and not owners.TOLD_DONE.search(announcing) and all(
                owners.marker_at_end(p) is not None and not _named(p) for p in pieces):
            # (the words that announce the list, 年内提请审议项目14部，包括：, timed, time every
            # item)
            out += [Listed(seq, piece, title, None, announcing or None)
                    for seq, piece in enumerate(pieces, 1)]
        # (the document's own title over the list groups none of its items)
        title = _group_title(text) if text != first else None
    return out


def _named(piece: str) -> bool:
    """Whether a piece's words before its brackets are only a unit's or a person's name."""
    marker = owners.marker_at_end(piece)
    words = piece[:marker[0]].strip() if marker else piece
    return unit_names.read(words) is not None or unit_names.is_person(words)


_ANNOUNCING_MAX = 120  # characters: a sentence that announces a list, no paragraph


# what a list after its line may be that is no work asked: targets, or what was done
# (今年的目标任务为：, 主要做法如下：, 完成情况：, 取得以下成绩：)
_TARGETS = re.compile(r"目标|指标|做法|情况|成绩|成效|经验|亮点|取得")
# the words of a line that announces the list on the next (并作出如下部署：, 具体要求是：)
_ANNOUNCES_NEXT = re.compile(r"如下|以下|下列|几点|部署|安排|要求")


def _last_sentence(text: str) -> str:
    """The last sentence of text (the words that announce the list after it), or "" where
    it is longer than such a sentence."""
    sentence = _SENTENCE_END.split(text)[-1].strip()
    return sentence if len(sentence) <= _ANNOUNCING_MAX else ""


_GROUP_TITLE_MAX = 20  # characters: a group's title over its paragraphs, no sentence

# the posts of government officials (not 班主任, 主任医师: a class's teacher, a doctor's rank)
# the posts of those who speak for an office or a school or hospital (not 学生会主席, 馆长, 会长:
# a bare name speaks for the body only where the page gives him one of these, _spoken_for)
# (副司长刘某: a ministry department's head; not 公司长期…)
_OFFICE_POSTS = (r"(?:省|州|市|县|区|镇|乡|局|科|处|厅|部|署|院|校|(?<!公)司)长|书记|秘书长|常委|"
                 # (市残联副理事长董连民: the head of a people's body the state runs, 残联, 科协,
                 # 侨联, 文联, 社联, as an organ's; not a firm's or an association's)
                 r"(?<=残联|科协|侨联|文联|社联)(?:副)?理事长|(?<!班)主任(?!医师)")
# (住房和城乡建设部总工程师李如生: an organ's chief engineer, economist or accountant)
_POSTS = (rf"{_OFFICE_POSTS}|所长|站长|主席|总(?:工程|经济|会计|规划)师|"
          # (the heads of public bodies other than a government's: 大队长, 支队长, 台长, 行长;
          # not 馆长, 会长, 经理: a library's, an association's, a firm's)
          r"[大支中]队长|台长|行长|政委|检察长|庭长")
# 区住建局局长王某: the organ before its head's post
_ORGAN_OF_HEAD = re.compile(rf"^(?P<organ>[\u4e00-\u9fff]{{2,14}}?[局委办厅院])"
                            rf"(?:党组|党委)?(?:副?(?:{_POSTS})|负责人)")
# 会议要求，A要…；B要…。 / 会议强调，要…。要…。: a meeting's requirements, reported in prose
# (会议传达学习了…文件，要求各站所要…: after a clause of what it did, and the units at once)
_SAYS = r"要求|强调|重申|指出|明确|决定|部署|表示|总结[道到说]"
# a word that says, inside the clause of what the speaker did before it: 明确, 决定, 部署, 表示
# only before a mark, and 部署 not as a thing done (对…工作做了重点部署，要求…: the deployment
# he made, then his word)
_SAYS_IN_CLAUSE = (r"要求|强调|指出|"
                   r"(?:明确|重申|决定|(?<![了出点作行排面细])部署|表示|总结[道到说])[，,：:]")
# the word before what was said: 明确, 重申, 决定, 部署, 表示, 提出 only before a mark (not
# 部署有关工作, 提出了…意见: what the meeting did; 重申休渔制度: a rule stated again); not 说 of
# 总的来说, 可以说, 据说 (no one speaking)
# (罗某最后总结道，…: what he sums up with, said as asked)
_SAYS_THIS = (r"要求|强调|指出|"
              # (会议提出互联网平台企业要…: a meeting's word, the units it asks at once after
              # it, then their 要; not 会议提出了…意见, what it did)
              r"(?:(?<=会议)|(?<=会上))提出(?=[^，,。；;：:了]{2,30}?要(?![求素点害]))|"
              # (希望各单位…, 希望市级相关职能部门要…: a hope that units act)
              # (not 希望这次协商会的成果成为…的重要依据: no 要 of asking)
              r"希望(?=[，,]?各|(?!这|此|该)"
              r"[^，,。；;：:“]{2,24}?(?<![重主需必只紧])(?:要|务必|必须))|"
              r"(?:明确|重申|决定|部署|表示|总结[道到]|"
              # (会议认为，…, 调研组认为，…: the meeting's or the visiting group's view, then
              # its asks; not 专家认为, 专家组认为, 课题组认为: experts')
              r"(?:(?<=会议)|(?<=组)(?<!专家组)(?<!课题组)(?<!研究组)(?<!评审组)(?<!评估组))认为|"
              r"(?<![来以所听据])说道?|"
              # (马军胜称，…: says; not 简称, 名称, 声称, 宣称: a name, a claim)
              r"(?<![名职简堪号俗统声宣辩自谎又全并人昵改通总合尊对相著])称|"
              # (提出 of a meeting or a document, 会议提出，通知还提出，: not 政协委员张明提出,
              # 网友提出, 代表提出: a proposal, no request)
              r"(?:(?<=会议)|(?<=会上)|(?<=文件)|(?<=通知)|(?<=方案)|(?<=意见)|(?<=》)|"
              r"(?<=会议还)|(?<=通知还)|(?<=文件还)|"
              # (《纲要》明确提出，…: how plainly it says so)
              r"(?<=》明确)|(?<=会议明确)|(?<=通知明确)|(?<=方案明确)|(?<=意见明确)|"
              # (民政部提出，要…: an organ's, by its ending; not 政协委员提出, 网友提出, 常委提出,
              # 干部提出: people)
              r"(?<=[局厅办])|(?<=[^干]部)|(?<=[^常评编]委))提出|"
              # (《方案》提到，…: what a paper a page reports says; not 会议提到, 他提到: what
              # was mentioned in passing)
              r"(?:(?<=》)|(?<=方案)|(?<=通知)|(?<=意见)|(?<=文件))提到|"
              # (刘志伟提出，思想上要高度统一，要…: a person's calls, 要 in the clause after the
              # mark; _proposed tells an official's from a proposal, 政协委员张明提出，…)
              r"提出(?=[，,：:][^。；;，,]{0,16}?(?<![重主需必只紧])要(?![求素点害]))|"
              # (通知规定，网络直播平台要…: what a document lays down; not 按照规定, 有关规定)
              r"(?:(?<=通知)|(?<=文件)|(?<=》)|(?<=方案)|(?<=意见)|(?<=办法)|(?<=通知还)|"
              r"(?<=》还))规定)(?=[，,：:])")
# the kinds of document that ask of units: 《通知》, 《实施方案》, 《意见》…
_PAPER = r"通知|方案|意见|办法|计划|细则|决定|要点|纪要|意见稿|草案|纲要|任务|清单"
# a plan or a notice a page reports, as the one who says (《方案》, 方案, 该意见, 《通知》)
_PLAN_PAPER = rf"{_PAPER}|措施|规划"
_PAPER_SAYS = re.compile(rf"《[^《》]{{0,38}}(?:{_PLAN_PAPER})》(?:还|同时|并)?|"
                         rf"(?:该|此)?(?:{_PLAN_PAPER})(?:还|同时|并)?")
# its 将 before each measure, at a sentence's start (将成立…。同时，将…): what it will do, its
# work
_PAPER_WILL = re.compile(r"(?:^|(?<=[。！；;]))(?P<then>\s*(?:同时|此外|另外)?[，,]?)"
                         r"将(?=[\u4e00-\u9fff]{2})")
# the day a news page says an official said it, between him and his word (…负责人近日表示)
_NEWS_DAY = r"(?:近日|日前|昨日|昨天|今天|今日|近期)?"
# (为顺利完成…任务，A要求，… / 关于“两区”划定工作，会议要求，…: the purpose or the matter first;
# 在随后召开的座谈会上，A指出，…, 会上，A指出，…: the setting; the day, in a news lede)
# (…出席会议。   张某表示，…: the spaces a page left after a sentence)
_REQUIRES = re.compile(r"[ \u3000\xa0]*"
                       # (6月19日，A…，他指出…; 11日，A…, 近日，A…: the day in a news lede)
                       # (新冷水江12月12日讯 11日，…, 本报讯（记者 王某）…: a paper's dateline)
                       r"(?:(?:[\u4e00-\u9fff\d]{0,20}讯(?=[\s（(\d])\s*"
                       r"(?:[（(][^（）()]{0,30}[)）])?\s*)?"
                       r"(?:(?:\d{1,2}月)?\d{1,2}日(?:[上下]午)?[，,]|(?:近日|日前)[，,]))?"
                       r"(?:(?:同时|此外|另外)[，,])?"  # (同时，A强调，…)
                       # (当前正处于…关键期，为保障…，通知要求…: the moment, why, who asks)
                       r"(?:(?:当前|目前|眼下|现在)[^。；;：:，,]{2,40}[，,]\s*)?"
                       # (会议审议并原则通过《…》，会议要求，…; 会议研究了…工作，原则通过…，
                       # 会议要求，…: what the meeting did, in clauses, then its word)
                       r"(?:(?:会议|会上)(?:审议|研究|听取|传达|学习|讨论|通报|观看)[^。；;：:]{2,120}?"
                       r"[，,]\s*(?=会议(?:要求|强调|明确|决定)))?"
                       # (对下一步工作，陈扬要求，…: the matter, then who asks)
                       r"(?:(?:为|关于|就|针对|对于|对)[^。；;：:，,]{2,40}[，,]\s*|"
                       # (为此，《意见》明确，…: the sentence before is why)
                       r"(?:为此|对此|因此|由此)[，,]\s*|"
                       # (在听取…汇报后，吴某要求…: after what he did there)
                       # (督查中，李琰说，…: the work he was at when he said it)
                       # (在畅通…渠道方面，通知提出，…: the side of the work it asks on; not
                       # 在…方面，分工方案明确，由A牵头…, a division's roles, read as such)
                       # (在应急广播喇叭安装过程中，该镇要求…: the work it was at; 在听取2022年
                       # 一季度经济运行和招商引资工作汇报时，田建宏指出…: named at length)
                       r"(?:在[^。；;：:，,]{1,40}(?:会上|会议上|期间|时|后|过程中|现场|"
                       r"方面(?=[，,][^。；;：:，,]{0,10}?(?:提出|要求)))|[\u4e00-\u9fff]{0,6}?(?:会上|会议上)|"
                       r"[\u4e00-\u9fff]{1,6}?中|"
                       # (扬州电视电话会议结束后，高长明要求…, 检查结束后，高洪涛强调…: after
                       # the meeting, or the visit)
                       # (not 训练结束后，球队队长要求…: a team's practice, no official's work)
                       r"[\u4e00-\u9fff]{0,18}?(?:(?:会议?|报告|讲话|汇报|座谈|检查|调研|视察|督查|"
                       r"考察)结束后|会后))"
                       r"[，,])?"
                       # (《通知》要求，各地要…: the document a news page reports, as speaker)
                       # (not 《条例》, 《人民日报》: a law's provisions, a paper's comment)
                       # (《通(tong)知(zhi)》: a converter's residue inside the name)
                       # (…带领调研组…进行调研。要求，各级财政部门要…: the one the sentence before
                       # names, the subject dropped)
                       # (会议传达学习了…。强调要深入学习…: the meeting's, its 要 straight after)
                       rf"(?P<who>(?=(?:要求|强调)(?:[，,]|要(?![求素点])))|"
                       # (珠海市住规建局发布的《…通知》要求: the organ that issued it, first)
                       # (not 最近出台的《…》: when, no organ)
                       rf"会议|会上|他|她|(?:[\u4e00-\u9fff]{{2,20}}?[局委厅部办府院]"
                       r"(?:发布|印发|出台|下发)的)?"
                       # (该《方案》强调，…: the paper the page named before)
                       rf"(?:该|此)?《[^《》]{{0,38}}(?:{_PAPER}|[a-z][)）])》|"
                       # (副市长、市公安局局长严小康要求: titles listed before the name)
                       # (山西省副省长郭迎光指出: a place, a post and a name, past eight)
                       # (永定区消防救援大队大队长林长政强调: an organ of a long name before it)
                       rf"[\u4e00-\u9fff]{{2,20}}?(?:{_POSTS})[\u4e00-\u9fff]{{2,3}}{_NEWS_DAY}|"
                       # (区人大财经委负责人指出: an organ's head, by the organ; 市专班负责人
                       # 王景新强调: and his name)
                       r"[\u4e00-\u9fff]{2,14}?(?:主要|有关|相关)?负责(?:人|同志)"
                       r"(?:[\u4e00-\u9fff]{2,3}?(?=最后|首先|随后|再次|同时|在|要求|强调|指出))?"
                       # (住房城乡建设部相关负责人近日表示: when he said it, a news day)
                       rf"{_NEWS_DAY}|"
                       rf"[\u4e00-\u9fff]{{2,8}}?|(?!请)(?:[\u4e00-\u9fff]{{1,8}}(?:长|书记|主任|主席|委员|成员|常委)、){{1,2}}"
                       rf"[\u4e00-\u9fff]{{2,10}}?(?<!按照)(?<!根据)|"
                       # (省委、省政府要求: organs listed, read as such below; the last way)
                       r"(?:[\u4e00-\u9fff]{2,8}、){1,3}[\u4e00-\u9fff]{2,8}?(?=要求|强调|指出))"
                       # (市地震局局长程辉最后强调: when in the meeting he says it)
                       r"(?:最后|首先|随后|再次|同时|还|也|又|明确(?=提出))?"
                       # (会议在肯定去年…工作后指出: after what it did first; 陈某在总结讲话时
                       # 指出: when he says it)
                       # (朱民在会上强调: where he says it)
                       r"(?:在[^。；;：:，,]{0,30}?(?:之后|后|时|中|的同时|基础上|会上|会议上)|"
                       # (陈某赴中连乡督导…工作时强调: where he went, and when he said it)
                       r"(?:赴|到|深入)[^。；;：:，,]{2,30}?(?:时|期间)|"
                       # (林长政讲话时强调: when he says it, 在 left out)
                       r"(?:讲话|发言|致辞)[时中]?)?"
                       # (a clause of what he did: 粟建湘实地查看了…情况，他要求…, 程洪全就…
                       # 做出部署，他指出…: the pronoun's word is the one; else the clause passes
                       # no word that says, the nearest is the one)
                       rf"(?:[^。；;：:]{{0,40}}?[，,](?P<pronoun>他|她)(?={_SAYS})|"
                       rf"(?:(?!{_SAYS_IN_CLAUSE})[^。；;：:]){{0,40}}?[，,]|"
                       # (陈某传达了…情况，分析了…形势和任务，要求…: clauses of what he did first,
                       # each told done; 州运管局召开…约谈会，领导班子成员对…进行了集体约谈，要求…:
                       # the first of them what was held, the rest told done)
                       rf"(?:(?:(?!{_SAYS_IN_CLAUSE})[^。；;：:，,]){{2,40}}?[，,])?"
                       r"(?:[^。；;：:，,]{2,40}?了[^。；;：:，,]{2,40}?[，,]){1,3}|"
                       # (会议就执行《细则》…提出工作要求，强调…: the matter it asked on, then
                       # the word its asks follow)
                       r"(?:就|对)[^。；;：:，,]{2,40}?提出了?[^。；;：:，,]{0,4}?要求[，,]"
                       rf"(?={_SAYS})|"
                       # (副市长王仁臣出席会议并要求，…: what he did at the meeting, then 并;
                       # 徐某针对…形势进行了深入分析并要求，…: what he had done, then 并)
                       r"(?:出席|主持|参加)会议并|"
                       # (牛某就开展好…“回头看”强调，…: the matter he spoke on, straight before
                       # his word)
                       r"(?:就|围绕)[^。；;：:，,]{2,40}?(?=(?:要求|强调|指出)[，,：:])|"
                       r"[^。；;：:，,]{2,40}?[了过][^。；;：:，,]{0,20}?并(?=要求|强调|指出))?"
                       # (检查组对我市工作给予高度评价，同时要求，…: also, after the clause; not
                       # 并指出了…新要求, what he pointed out, no word said)
                       r"(?:(?:同时|还|并)(?=(?:要求|强调|指出)(?![了出])))?"
                       # (会议对各级畜牧兽医部门提出要求：…: the units the requests are made of)
                       # (巡查组提出了四点工作要求。要…: the count it announces, then its calls)
                       # (…给予肯定，并就2025年重点工作提出要求：…: the matter it asks on, after
                       # what it did first)
                       r"(?:并?(?:就[^。；;：:，,]{2,30}?|对(?P<of>[^。；;：:，,对]{2,30}?))?提出了?"
                       r"(?:[一二三四五六七八九十两\d]{1,2}[点条项]|几点|以下|如下|"
                       r"(?:相关|有关)(?=要求(?:[：:。]|$|[，,]?\s*(?:一是|一要))))?"
                       r"(?:工作|具体)?(?=要求))?"
                       rf"(?P<verb>{_SAYS_THIS})(?P<mark>(?<=要求)。(?=\s*要)|[，,：:]?)(?P<rest>.+)$")
# (an organ straight before its word, after a clause's comma; an empty pronoun, as
# _REQUIRES's matches have one)
# (…，王永龙科长要求…: a person by the title after the name, who speaks for the organ)
_BY_TITLE = re.compile(rf"^(?:[\u4e00-\u9fff]{{1,3}}副?(?:{_POSTS})|"
                       r"(?:督导|督查|检查|巡查|工作)组组?长)$")
# a word that says, wherever it stands: _REQUIRES and _ORGAN_SAYS both need one as their verb, so
# a line without one holds no requirement at any start
_SAYING = re.compile(_SAYS_THIS)
_ORGAN_SAYS = re.compile(rf"(?P<who>[\u4e00-\u9fff]{{2,12}}?)(?P<pronoun>)"
                         rf"(?P<verb>{_SAYS_THIS})(?P<mark>[，,：:]?)(?P<rest>.+)$")
_CLAUSE_END = re.compile(r"[，,]")
# 按照通知要求，…: what the work follows, read as who asks where no one else does
_FOLLOWS = tuple(owners.FOLLOWS.split("|"))
# …，赵悦飞副局长在会上强调，…: where the speaker says it, after who
_AT_MEETING = re.compile(r"在(?:[\u4e00-\u9fff]{0,8}?会上|[\u4e00-\u9fff]{0,8}?会议上|讲话中)$")


def _unnamed_off_the_record(said: re.Match[str], lines: list[str]) -> bool:
    """Whether a word said with no speaker of its own (…。强调，…) is on a page that reports
    no meeting and no official: a lecturer's advice (专家李教授作专题报告。强调，…), no one's
    request."""
    return not said.group("who") and \
        not any(_MEETING.search(line) or _POST.search(line) for line in lines)


def _listed_speaker(who: str) -> bool:
    """Whether a speaker is one, or names listed with 、 that are organs (省委、省政府), an
    official's posts (副市长、市公安局局长严小康) or officials by name (陈洪豪、刘子恒), not
    anything else listed."""
    return "、" not in who or re.search(rf"(?:{_POSTS})", who) is not None or \
        unit_names.read(who, organs_only=True) is not None or \
        all(unit_names.is_person(name) for name in who.split("、"))


def _speaker(found: re.Match[str]) -> str:
    """Who speaks in an _ORGAN_SAYS match, without where he says it (赵悦飞副局长在会上)."""
    return _AT_MEETING.sub("", found.group("who"))
# 同时要清醒看到，…; 要认识到…; 必须承认，…; 此外要指出的是，…; 各级水利部门要清醒认识到，…:
# what the speaker sees or points out, no work asked
_SEES = re.compile(r"^(?:[^，,。；;：:“”]{2,30}?(?=要|必须|务必))?(?:也|还)?(?:要|必须|务必)"
                   r"(?:清醒|充分|深刻|清楚)?地?"
                   r"(?:看到|认识到|意识到|注意到|看清|承认|指出的是|说明的是|强调的是)")
# 2019年，省政府要求…; 去年，…: a request of years gone by, told of
_PAST = re.compile(r"(?:19|20)\d\d\s*年(?!\d{1,2}月)|去年|此前|以往|曾")
# 近年来，…, 今年以来，…, 三年来，…: a time looked back over, what was done in it told
_LOOKED_BACK = re.compile(r"^(?:近年|近几年|多年|[一二三四五六七八九十两几\d]+年|(?:今|去|本)年以|"
                          r"[^，,。；;]{1,12}以)来[，,]")
# 当前…，各级各部门要…: the state of things, said before whom a request asks
_NOW = re.compile(r"^(?:当前|目前|现在|眼下|今年以来|近期|"
                  # (在抓好当前疫情防控工作的同时，各科室要…: the setting of the work asked)
                  r"在[^，,。；;]{2,30}?(?:的同时|同时|之际|期间)(?=[，,]))")
# 每年的9月—11月是候鸟南迁集中时节，…: a first clause that states how things are, no call
_NOW_WORD = re.compile(r"^(?:当前|目前|现在|眼下|近期)[，,]?")  # (…，当前各级林业部门要…)
_STATED_FIRST = re.compile(r"^[^，,。；;要]{2,40}?(?:是|正值|正处于|已进入)"
                           r"[^，,。；;要]{0,40}[，,]")
_SENTENCE_END = re.compile(r"[。！？]")
_PIECE_END = re.compile(r"[。！？；;]")
_ROLES_GIVEN = re.compile(r"(?:^|[，,])\s*由[^，,。；;]{2,40}(?:牵头|负责)")
_HELPS = re.compile(r"(?:^|[，,])[^，,。；;]{2,40}(?:配合|参与|协助|协同)$")  # (B、C配合)
# (各地各部门一定要…: how firmly, before the ask)
_CLAUSE_ASKS = re.compile(r"(?:也|还|都|均|分别|一定)?(?:要|须|务必|必须|应当|应)")


def _carried_owners(carried: str | None, text: str,
                    issued: datetime.date | None) -> owners.Owners:
    """The owners of a call whose units a piece before it named (相关部门要…。要…): those
    concerned, where that is all the subject said, as the first call's own (not 相关部门负责
    同志要…: their heads, people)."""
    if not carried:
        return owners.Owners()
    found = owners.parse(carried + "负责", issued)
    # (街道要…；要…: a body by its kind alone, the same)
    if not found.names and (owners.RELEVANT.match(carried) or
                            owners.BARE_BODY.fullmatch(carried)) and \
            not _HEADS_OF.match(text, len(carried) if text.startswith(carried) else 0):
        found = owners.Owners(co=[carried])
    return found


_HEADS_OF = re.compile(r"(?:主要)?负责(?:同志|人)")


def _asked_after_roles(text: str) -> bool:
    """Whether a clause after the roles text opens with (由A牵头，B、C配合，…) addresses units of
    its own (…，D要…: another's ask the roles frame; not 由A牵头，B配合，全面排查…, the one
    request's roles, whose work follows them)."""
    return any(owners.addressed_units(text[m.end():].lstrip()) is not None
               for m in _CLAUSE_END.finditer(text))


def _own_units_asked(text: str, at: int) -> bool:
    """Whether the clause of text from at opens with units of its own that it asks (A要…),
    others than those a clause before it in its piece opens with (A要…，B要…; not A要…，A要…,
    nor 要…，A要…)."""
    clause = text[at:].lstrip()
    units = owners.addressed_units(clause)
    # (asked with 要, 务必…: not 由A牵头，B、C配合，在9月底前完成…, the parts of one task)
    if units is None or not _CLAUSE_ASKS.match(clause, len(units)):
        return False
    # (the nearest clause before it, in its piece, that opens with units: 要把…落实到位，县水
    # 利局要加强巡查 is the work and then who does it, one requirement)
    start = max((m.end() for m in _PIECE_END.finditer(text, 0, at)), default=0)
    before = text[start:at].rstrip(" ，,")
    if _ROLES_GIVEN.search(before.lstrip()) and _HELPS.search(before):
        return False  # (由A牵头，B、C配合，D要…: the roles in one task, each its part)
    clauses = [m.end() for m in _CLAUSE_END.finditer(text, start, at - 1)]
    named = next((found for found in (owners.addressed_units(text[k:].lstrip())
                                      for k in reversed([start, *clauses])) if found), None)
    if named is None:
        # (…长远利益，各成员单位要…: a statement first, the request from the units on; but
        # 要把…落实到位，县水利局要…: the work asked first, then who does it)
        return not _CLAUSE_ASKS.match(_THEN.sub("", text[start:].lstrip()))
    return named != units


def _sentence_before(text: str, at: int) -> str:
    """The words of text's sentence before position at."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    return text[start:at]


# (《通知》要求，…, 通知要求，…: a paper that asks)
_PAPER_OR_ORGAN = re.compile(rf"^(?:会议|会上|《)|(?:{_PAPER})$")
# a government post named in the page (副市长, 局长, 党委书记): an official's words it reports
_POST = re.compile(_POSTS)
# a meeting's report, in any line of the page
_MEETING = re.compile(r"会议|会上|召开|座谈|推进会|调度会|部署会|现场会|工作会|联席会|调研|视察|"
                      r"督导|检查|督查|巡查")
# 请各村党支部书记、村委会主任按照要求，…: those asked, on whose grounds, not one who speaks
# an official by name and post (or post and name) after a clause's comma (听取了…讲话，), his
# word in the clauses after him; not after a dateline (7月24日上午，…, 本网讯（记者 …）)
_OFFICIAL_AFTER = re.compile(rf"(?<![日午晚讯）)])[，,]"
                             rf"(?=(?:[\u4e00-\u9fff]{{2,3}}(?:{_POSTS})|(?:{_POSTS})"
                             rf"[\u4e00-\u9fff]{{2,3}})[^。；;]{{0,40}}?(?:{_SAYS}))")
# 各户村民…, 各校学生…: the people of each, asked (no body)
# (or their things: 各驾培机构的防控措施必须…, what is to hold of them)
# (or the public, with no 各: 河长要求沿河村民不得…)
_PEOPLE_ASKED = re.compile(rf"^[^，,。；;]{{0,6}}?(?:{owners.PUBLIC})|"
                           rf"^各[^，,。；;]{{0,6}}?(?:学生|党员|干部|职工|师生|人员)|"
                           rf"^各[^，,。；;的]{{1,12}}的")
# 副镇长赵鹏宣读《…》: an official by post and name, and what he does (no 要 of a call)
_OFFICIAL_ACTS = re.compile(rf"^[\u4e00-\u9fff]{{0,8}}?(?:{_POSTS})[\u4e00-\u9fff]{{2,3}}"
                            r"(?![要应须])")
_NOT_SPEAKER = re.compile(r"^请|.(?:按照|根据|依照|遵照)$")
# 姚英杰, 王局长, 李副县长: an official by name (two or three characters, or those the
# speaker's words open with: 副县长马登峰…，他指出 gives 副县) or by title, whose 他表示，要…,
# 他强调，要… asks the meeting's units though it names none
# (李明, 王局长, 县教体局局长王振言: a name, a post, or an organ's post and the name)
_OFFICIAL = re.compile(r"^[\u4e00-\u9fff]{2,3}$|^[\u4e00-\u9fff]{1,6}(?:长|书记|主任)$|"
                       rf"^[\u4e00-\u9fff]{{1,10}}(?:{_POSTS})[\u4e00-\u9fff]{{2,3}}$")
# one of the public, whose demand asks no unit for work (村民李大爷…，他要求村委会要…; not
# 市民政局局长…, 群众工作部部长…: an organ's head)
# (matched from where the speaker's words start: no ^, which would hold only at the text's)
_PUBLIC = re.compile(rf"(?:一位|一名|多名|不少|部分|广大|许多|众多|一些|有的)?(?:{owners.PUBLIC})"
                     # (村民代表李某: one of the public too; not 村民代表大会, a body)
                     r"(?![政防宗航委办局部工会组]|代表大会|大会)|"
                     # (王女士说，…; 张大爷…: one of the public named by courtesy)
                     r"[\u4e00-\u9fff]{1,2}(?:女士|先生|阿姨|大爷|大妈|大姐|大哥|师傅|老人)")
_ALL_OF = re.compile(r"^(?:广大|全体|各位|全市|全县|全区)")  # (广大市民: the public, all of it)
def _proposed(said: re.Match[str], lines: Sequence[str]) -> bool:
    """Whether a word said is a proposal, no ask: 提出 of a member of a political
    consultative body (政协委员张明, 市政协常委), or of a person the page gives no official's
    post (老党员王某, 律师李某, 董事长张某); not of an organ, a meeting or a paper (市民宗委提出，
    …, 县委常委会提出，…, 文件提出，…), nor of an official (县委常委李明, 刘志伟 where the page
    calls him 主任刘志伟 or 王建国副县长, 他 on a page that names an official)."""
    if said.group("verb") != "提出":
        return False
    who = re.sub(r"(?:最后|首先|随后|再次|同时|还|也|又|并)$", "", _speaker(said))
    if _NO_PERSON.search(who):
        return False  # (文件提出，…, 其中提出，…: a paper's words)
    if unit_names.read(who) is not None or _SPEAKS_AS_BODY.search(who):
        return False  # (市民宗委, 县政协办公室, 县委常委会: an organ)
    if _MEMBER.search(who):
        return True  # (政协委员张明, 市政协常委, 人大代表李某: a member's proposal)
    if re.search(_POSTS, who):
        return False  # (县委常委李明, 市政协主席王某: an official's post with the name)
    if _PROPOSER.search(who):
        return True  # (老党员王某, 律师李某, 董事长张某: one who suggests)
    if who in ("他", "她"):
        # (副市长吴丕华…。他提出，要…: the official the page names, where it names one)
        return not any(re.search(rf"{_POSTS}|组长|经理", line) for line in lines)
    name = re.escape(who[-2:])
    titled = re.compile(rf"(?:{_POSTS})[^，,。；;]{{0,16}}?{name}|{name}.?(?:同志)?副?(?:{_POSTS})")
    return not any(titled.search(line) for line in lines)


# a paper, a meeting or a part of either as who says (文件, 其中, 讲话, 会上)
_NO_PERSON = re.compile(rf"(?:{_PLAN_PAPER}|文件|其中|其|讲话|报告|会议|会上|》|责任书|倡议书|"
                        r"函|公告|通告|条例|规定|指南|标准|纲要)$|^$")
# an organ, a meeting or a paper by the end of its name (县委常委会, 市委常委会议, 市民宗委; not
# 市政协常委, a member)
_SPEAKS_AS_BODY = re.compile(r"(?:会议?|会上|局|厅|办|部|(?<!常)委|院|处|室|》)$")
# a group an organ sends to inspect or study (检查组, 督导组, 调研组)
_INSPECTING_GROUP = r"(?:检查|督查|督导|调研|巡查|巡视|考核|验收|暗访|指导|工作)组"
# a group sent to inspect, as who says (调研组指出), and the bodies of scholars that form such
# groups of their own (北京大学…调研组, 某研究院课题组)
_GROUP_SAYS = re.compile(rf"^[\u4e00-\u9fff]{{0,6}}?({_INSPECTING_GROUP})")
_SCHOLARS = r"(?:大学|学院|研究院|研究所|研究中心|课题|学会|协会|智库)"
# a member of a political consultative body or a people's congress, by the body's name
_SPEAKS_AS_MEMBER = re.compile(r"政协(?:常委|委员)|人大代表")
# a member of a political consultative body or a people's congress, who proposes
_MEMBER = re.compile(r"政协(?:常委|委员)|委员(?!会)|人大代表|代表(?!团)")
# one who suggests, by a title before the name (网友, 专家, 律师, 党员, 董事长, 居民…)
_PROPOSER = re.compile(r"网友|专家|学者|律师|党员|董事长|总经理|市民|居民|群众|村民|家长")
# who makes a demand of the organs, not a request of units (企业代表, 企业代表张伟, 代表们,
# 企业家; not 谢某代表市政府…, on its behalf)
# (多家企业要求…, 来访群众要求…, 施工单位要求…: firms, callers and contractors, asking the
# government)
_DEMANDER = re.compile(rf"代表们?$|代表[\u4e00-\u9fff]{{2,3}}$|企业家|企业负责人|"
                       rf"(?:企业|公司|商户|施工单位|{owners.PUBLIC}|师生|学生)们?$")
# a run of four-character watchwords (突出重点，精心组织)
_WATCHWORDS = re.compile(r"(?:[\u4e00-\u9fff]{4}[，,、])+[\u4e00-\u9fff]{4}")
# a short piece that is an aim or a setting, no call (确保万无一失, 做到守土有责, 在搬迁过程中)
_AIM_OR_SETTING = re.compile(r"^(?:确保|做到|实现|力争)|^在[^，,]*(?:中|期间|时)$")
# the verb a short call opens with (加强党的建设, 落实好党的政策: a call, though 的 is in it)
_CALL_VERB = re.compile(rf"^(?:{owners.WORK_VERBS}|坚持|强化|深化|提升|提高|推动|严格|加大|狠抓|"
                        r"抓紧|落实好|做好|抓好|守牢|严防)")
_REQUIREMENT_MIN = 10  # characters: a requirement's words, not a clause of one
_MADE_OF_MIN = 6  # …, where each sentence after 对A提出要求： is one (加强粮食质量检验。)
_SEMICOLONS = ("；", ";")  # (the mark before a list's first piece is "", no semicolon)
# the ordinal of a requirement (一是要…), and one that asks units of its own (一是要县水利局…)
_ORDINAL_ASKS = re.compile(r"[一二三四五六七八九十]{1,2}是要")
_ORDINAL_OWN_UNITS = re.compile(r"[一二三四五六七八九十]{1,2}是要?(?=[省市州县区乡镇]|各)")
# where a sentence of a requirements paragraph starts another requirement: 要…, or who, 要…
# (同时，各村要…: a word that only joins it to the one before)
# a clause that joins one more call to a request's sentence (…，同时也要…, …，同时要…)
_ALSO_ASKS = re.compile(r"同时[，,]?(?:也|还)?要(?![求是])")
# 要认真贯彻落实…精神, 要充分认识…重要性: a stance the page's own work follows, no work
_STANCE_CALL = re.compile(r"^要(?:认真|深入|切实|进一步)?(?:学习)?(?:贯彻|领会|落实)"
                          r"[^，,。；;]{0,40}精神[。！]?$|"
                          r"^要(?:充分|深刻|清醒)?认识[^，,。；;]{0,30}(?:重要性|紧迫性|必要性)[。！]?$")
# 一要…二要…, 一是…: the page's own ordinals, its work (a lone call beside them is none)
_ORDINALS_IN = re.compile(r"一[是要](?=[^，,。；;、\s]).{2,}?二[是要]")
# a clause that opens with a call of its own (要…, 并要…, 还要…; not 要求…, 要么…)
_CLAUSE_CALL = re.compile(r"(?:并|也|还|更)?要(?![求是素点件么])")
# a call's frame, which the call after it goes on (要以…为契机, 要按照…的原则)
# (…；针对我县引黄指标严重不足的现实，要…: the matter the call after it is for, a frame too)
_FRAME_CLAUSE = re.compile(r"^要以[^，,]{2,20}为(?:契机|抓手|载体|重点|核心|主线|导向|统领)$|"
                           r"^(?:针对|对于|面对(?!面))[^，,]{2,30}$")


def _frame_start(text: str, at: int) -> int | None:
    """Where the clause that ends at `at` (a comma before a call) starts, where it is the
    call's frame (针对排查发现的问题，要…) after a sentence, a piece or a whole call of its own;
    else None."""
    start = max(text.rfind(c, 0, at) for c in "，,。；;！：:") + 1
    clause = text[start:at].strip()
    if start == 0 or not _FRAME_CLAUSE.match(clause):
        return None
    return start if text[start - 1] in "。；;！" or _whole_call_before(text, start - 1) else None


def _whole_call_before(text: str, at: int) -> bool:
    """Whether the clause that ends at `at` (a comma) may end a call before the next one's 要,
    outside any quotation: not the units that call is asked of (纪委监委等部门，要…), nor its
    frame (要以创建文明城市为契机，要…)."""
    if text.count("“", 0, at) > text.count("”", 0, at):
        return False
    clause = text[max(text.rfind(c, 0, at) for c in "，,。；;！：:") + 1:at].strip()
    return not (_FRAME_CLAUSE.match(clause) or unit_names.read(clause) is not None or
                owners.leading_subject(clause + "要做好工作") is not None)


_JOINED_CALL = re.compile(r"^(?:并|也|还|更)(?=要)")
# (同时也要…, 此外还要…: the also said again after it)
_THEN = re.compile(r"^(?:(?:同时|此外|另外|其次|最后|其中|接下来|下一步|"
                   r"在此基础上|在(?:这|此)?(?:个|一)?过程中)[，,]?(?:也|还)?|"
                   # (我们一定要深入学习…: the speaker's own call, to those he speaks for)
                   r"(?:我们|咱们)(?:一定|必须|务必)?(?=要)|"
                   r"现(?=请))")  # (现请各单位于…前…: now, the notice's request)
# a sentence that opens with 要, a call (not 要求, 重要: _ASKS_ON)
_CALLS_IN = re.compile(rf"(?:^|[。！])(?:{_THEN.pattern[1:]})?要(?![求是素点件])")
# a time the work is due by, straight before the units asked (4月20日前各设区市应…)
_TIME_LEAD = re.compile(r"^(?:(?:19|20)\d\d年)?\d{1,2}月(?:\d{1,2}[日号])?(?:底|上旬|中旬|下旬)?"
                        # (10月1日前后: around the day, which the piece's own words date)
                        r"(?:前后(?=[，,]|各|全|有关|相关|[省市州县区乡镇])|前|以前|之前)[，,]?")
_NEXT_REQUIREMENT = re.compile(rf"([；;]|。)(?=\s*(?:{_THEN.pattern[1:]})?"
                               rf"(?:{_TIME_LEAD.pattern[1:]})?"
                               r"(?:要|各|[\u4e00-\u9fff]{2,12}?要))|([；;])")


# (牵头督促: the lead and its part; 要求各乡镇…: whom it asks, then their work; not 各村负责人,
# the units' heads)
_ROLE = re.compile(rf"(?:{owners.LEAD_VERB}|负责(?![人同])|要求|责成|要)")


# the word of will or must before a work's verb (将加强…, 应及时…; not 应急…, 应用…)
_MUST_OR_WILL = re.compile(r"^(?:也|还)?(?:将|应当|必须|须|应(?![急用对]))")
# 联合执法, 联合开展…: joint work, no partner named
_JOINT_WORK = re.compile(r"执法|开展|整治|检查|行动|督查|攻关|办公|调研|会商")
# 记者…获悉, …报道: who told the news and how (the reporter's clause, no time of the work)
_NEWS_SOURCE = re.compile(r"记者|获悉|了解到|报道|介绍")
_PARTNERS_CLAUSE = re.compile(r"^(?:联合|会同|协同)(?P<partners>[^，,。；;]{2,30})[，,](?=.{4})")


def _past_when(words: str) -> str:
    """words after the time they open with (近期各部门加强…, 10月1日前各景区要…, 下阶段各馆要…:
    the time first, then who)."""
    when = _TIME_LEAD.match(words) or owners.WHEN_FIRST.match(words)
    return words[when.end():] if when else words


def _listed_as_printed(names: list[str], words: str) -> int:
    """How much of words' opening is names in their order, one mark between each (A、B和C);
    0 where words do not open so."""
    at = 0
    for k, name in enumerate(names):
        if k:
            if words[at:at + 1] not in ("、", "，", ",", "和", "及", "与"):
                return 0
            at += 1
        if not words.startswith(name, at):
            return 0
        at += len(name)
    return at


def _work_of(text: str, names: list[str]) -> str | None:
    """The words of the work where an item opens with who does it (由县住建局牵头制定… ->
    制定…, 县教育局负责做好… -> 做好…, 请各乡镇抓住时机… -> 抓住时机…), for its title; None
    where it opens otherwise."""
    # (望各乡镇、各单位高度重视…: a wish, as 请)
    asked_first = re.match(rf"请|{unit_names.WISH_FIRST}", text)
    words = _past_when(text.removeprefix("由")[asked_first.end() if asked_first else 0:])
    if not names:
        return None
    # (the units as printed where they share an ending, 各市州、各县市区政府要…: names
    # 各市州政府, 各县市区政府)
    printed = names[0] if words.startswith(names[0]) else owners.addressed_units(words)
    if not printed or not words.startswith(printed):
        return None
    # (全县各乡镇和相关部门主要负责人要…, 省森工总局，各市…: the list as printed, any mark between)
    joined = _listed_as_printed(names, words)
    printed = words[:joined] if joined > len(printed) else printed
    if asked_first and len(names) == 1:
        rest = words[len(printed):]
        return rest if rest[:1] >= "\u4e00" and rest[:1] not in "于在从" else None
    # (市审计局主要领导要…: the head who answers for the unit, whose 要 is not 主要's;
    # 区住建局作为行业管理部门，要…: the part it plays, before its 要)
    # (建筑施工企业在项目开工前，应…: when, between the units and their 应, is the work's)
    setting = _SETTING_AFTER.match(words, len(printed))
    if setting is not None:
        return words[len(printed):]
    head = owners.HEAD.match(words, len(printed)) or \
        owners.PART_PLAYED.match(words, len(printed))
    if re.match(owners.DONE_TO, words[len(printed):]):
        return words[len(printed):]  # (各责任单位对已完成整改的…，立即…: what it is done to)
    role = _ROLE.search(words, head.end() if head else len(printed))
    listed = max(len("、".join(names)), len(printed))
    if role is None or role.start() > (head.end() if head else listed) + 2:
        # (A、B将重点慰问…, A对…进行慰问: the verb of the work straight after the units)
        end = len(printed)
        # (A将会同B…, A将配合B…, A将对…, A还将立足…: its verb after the will)
        verb = owners.DOER_VERB.match(words, end) or _WILL_WITH.match(words, end)
        if not verb and not head and end > len(names[0]) and _GOES_ON.match(words[end:]):
            return words[end:]  # (县应急管理局，各乡镇全面排查…: the work after a list of them)
        if not verb or head:
            return None
        # (市残联将联合市城管局，对全市…开展…: the work after the clause of those it works with)
        work = _MUST_OR_WILL.sub("", words[end:])
        partners = _PARTNERS_CLAUSE.match(work)
        # (not 联合执法，对…: the work itself, no one worked with)
        return work[partners.end():] if partners and not _JOINT_WORK.match(
            partners.group("partners")) else work
    rest = words[role.end():].lstrip("，, ")
    # (由A牵头，B、C配合，完成…: the clause of those who help is none of the work's words)
    first = _FIRST_CLAUSE.match(rest)
    if first and owners.helping(first.group("clause")):
        rest = rest[first.end():]
    # (由丹凤街道负责。: nothing of the work's left, only the mark that closed it)
    return _past_time_first(rest)


# 具体实施过程中要…, 在推进工作时要…: the setting of a call, then its 要
# (在“查漏洞”方面要…: the side of the work a call is for, the same)
_SET_CALL = re.compile(r"^(?:(?:在|具体|实施|推进|开展|工作)[^，,。；;：:要]{0,18}?"
                       r"(?:中|时|期间|方面)|"
                       # (2018年，要继续完善…；要深化…: the year the calls are for, first)
                       r"(?:(?:19|20)\d\d\s*年|今年|明年)度?[，,]\s*)要(?![求是素点])")
_SETTING_AFTER = re.compile(r"在[^，,。；;]{1,24}?(?:时|中|期间|之?前|之?后)[，,](?=应|要|须|必须)")
# (大祥区将坚持…: a will of any work, in a report's next steps; not 将来, 将近)
_WILL_WITH = re.compile(r"(?:还|也|仍)?将(?![来近])")


def _directed_work(text: str, names: list[str]) -> str | None:
    """The words of the work a request sets its units to (县市场监管局要求各乡镇于3月底前完成
    排查 -> 完成排查), for its title; None where it names them otherwise."""
    asked = _SETS_TO.search(text)
    if asked is None or not names:
        return None
    rest = text[asked.end():].lstrip("，,：: ")
    if not rest.startswith(names[0]):
        return None
    rest = rest[_units_printed(rest, names):]
    return _past_time_first(rest)


_PRINTED_MAX = 60  # characters of a list of units as printed before its work


def _units_printed(text: str, names: list[str]) -> int:
    """Where the units text opens with end, as printed (A、B，C、D立即…: the marks between
    them as they stand): the longest opening that reads as exactly names; else the first
    name's length."""
    for end in range(min(_PRINTED_MAX, len(text)), len(names[0]), -1):
        if text[end - 1] in "，,、；;" or not text.startswith(names[0]):
            continue
        found = unit_names.read(text[:end])
        if found is not None and found.names == names:
            return end
    return len("、".join(names)) if text.startswith("、".join(names)) else len(names[0])


def _past_time_first(rest: str) -> str | None:
    """The words of the work after the time it is due by, where they open with it (在9月底前
    完成… -> 完成…: the deadline's, before its verb); None where no words are left."""
    timed = _TIME_FIRST.match(rest)
    if timed and rest[timed.end():] and deadlines.read(timed.group(0), SOME_DAY).due is not None:
        rest = rest[timed.end():].lstrip("，, ")
    return rest if re.search(r"[\u4e00-\u9fff]", rest) else None


_TIME_FIRST = re.compile(r"^(?:要|须|务必)?(?:在|于)[^，,。；;]{2,14}?(?:以前|之前|前|内)")


_FIRST_CLAUSE = re.compile(r"(?P<clause>[^，,。；;]+)(?:[，,。；;]\s*|$)")


def _says_who(piece: str) -> bool:
    """Whether a requirement opens by saying who does it (由县住建局牵头…, 县教育局负责…)."""
    return owners.opens_with_subject(piece.removeprefix("由"))


# a paragraph that reports one matter the meeting took up (会议听取了…汇报, 会议还研究了…,
# 会议原则通过了《…方案》): what it then requires of that matter is one task
# (not 会议传达学习了…精神: what the meeting heard from above is no matter it decided on)
# (通过 only of what it adopted, 通过了…, 通过《…》: not 会议通过视频方式召开, the means)
_AGENDA = re.compile(r"^(?:会议|会上)(?:还|首先|先后)?(?:原则)?(?:听取|研究|审议|讨论|同意|"
                     r"通过(?=了|《))")
# what a matter's paragraph goes on to say of it (…汇报。会议要求，…; …，会议认为…)
_SAID_IN_AGENDA = re.compile(rf"{_SAYS}|认为")


# the work a speaker's calls are for, or their time, a short clause before them (他指出，落实迎评
# 工作，要…; 今年以来，要…)
_THEN_SAID = re.compile(r"^(?:[^，,。；;：:要]|要求){2,20}?(?:强调|指出)[，,：:](?=\s*要)")
_ASKED_TOO = re.compile(r"^(?:和|与|及)(?:建议|意见|希望|期望|期待|嘱托)[，,：:]")
_YEAR_OF_CALLS = re.compile(r"^(?:(?:19|20)\d\d|今|明)年度?(?=要)")
# what the matter is to be, not work (工作要列入…, 要以…为…, 要与…结合, 要作为…)
_CALL_NOT_WORK = re.compile(r"要(?:以|与|和|同|跟|列入|纳入|作为|是|为|按照|成为)")
_TOPIC_OF_CALLS = re.compile(r"^(?P<topic>[^，,。；;：:要“”对把将在]{2,16}?"
                             r"(?:工作|发展|建设|改革|产业|管理|治理|整治))(?=要(?![求素点害]))")
_WORK_FIRST = re.compile(r"^[^，,。；;：:要]{2,12}[，,](?=要)")
# a sentence that opens with the call alone, asking on (要加快…): not 要求各乡镇… (a request
# of units of its own), 要件齐全的项目… (a noun), 要是…, 要想…, 要么…, 要不然… (if, or), 要说…,
# 要知道…, 要紧的是…, 要数…最… (a remark)
# (必须压实…, 务必做好…: a call as firm, asking on the same)
_ASKS_ON = re.compile(rf"^(?:要(?![{outline.NOUN_AFTER_YAO}是想说么]|不然|不要|紧的|知道|"
                      r"数(?![据字量]))|必须|务必)")
# 要 that opens a noun, not a call to do: 要求, 要害部位, 要素, 要点
_NOT_ASKING = re.compile(rf"要[{outline.NOUN_AFTER_YAO}]")


def _topic_first(piece: str) -> bool:
    """A requirement that names its matter before it asks (“三改四化”是一项庞大的工程，要…;
    在…工作上，要…; …，各责任单位要…; 人才政策体系要有新完善): a clause after a comma opens
    with 要 or with units, or the matter is the subject of the piece's 要."""
    clauses = [c.strip() for c in re.split(r"[，,]", piece)[1:]]
    return (len(piece) <= _SLOGAN_MAX and bool(_MATTER_MUST.match(piece))) or \
        bool(_DONE_TO_MUST.match(piece)) or any(
        (c.startswith("要") and not _NOT_ASKING.match(c)) or
        owners.addressed_units(c) is not None for c in clauses)


# 对风险较高的…放射源要严格落实…: what the work is done to, then what must be done
_DONE_TO_MUST = re.compile(r"^对[^，,；;。：:]{2,40}?(?:要(?![求素点害])|必须|务必)")
# 人才政策体系要有新完善, 人才运行机制要不断健全: a matter, then what must become of it, in
# a line of a slogan's length (not a sentence that frames the list)
_SLOGAN_MAX = 20
# (not 需要, 主要, 重要, 只要, 不要, 就要, 首要, 纲要, 简要, 要比, 要是: 要 inside a word, or
# of what will be)
_MATTER_MUST = re.compile(r"^[^，,；;。：:]{2,12}?"
                          r"(?:(?<![需主重只不想就将快首纲简摘提概纪扼紧显必])要"
                          rf"(?![{outline.NOUN_AFTER_YAO}]|比|是)|必须|(?<![必无])须)")


# a news page's subheading of who said it, on a line of its own: 李进要求, 会议强调：
# (会上，程广利要求: where, then who)
_SAID_ALONE = re.compile(r"^(?:(?:会上|会议上|在[^，,。；;：:]{2,20}?上)[，,])?"
                         rf"(?P<who>[\u4e00-\u9fff]{{2,8}}?)"
                         # (冯飞在海口调研…时强调: a news headline, where and when he said it)
                         # (李明在全市安全生产会议上强调: at the meeting)
                         r"(?P<when>在[^，,。；;：:]{2,40}?(?:时|上|中|期间))?"
                         rf"(?:{_SAYS})[：:]?$")
# who says it: the meeting, a person by name, or a post (not 工作要求, 总体要求: a heading)
_SAYER = re.compile(r"^(?:会议|会上)$|(?:长|书记|主任|领导)$")


# the frame a sentence opens with, no work of its own (对…的乡镇，…; 对照上级要求，…)
_FRAME_OPENS = re.compile(r"^(?:对|对照|按照|根据|依据|针对|为|在)")
_AIM = re.compile(r"(?:确保|保证|力争|争取|使|让|以便|推动)")
# a result told, no work (全县连续10年未发生界线纠纷, 保持零事故)
_RESULT_TOLD = re.compile(r"未发生|连续\d+年|保持零|实现零")


def _goes_on_the_call(piece: str) -> bool:
    """Whether a sentence after an addressed call goes on with the same units' work (大力宣传
    …): the work first, not a frame, a threat (…将严肃问责), a result, a point of its own, nor
    a clause of another's work (加大资金投入，县财政局安排…)."""
    # (…，确保各时期、各民族的遗产都能得到保护: the aim of the work, no other's work)
    # (not 将…: what will be; but 将…纳入…, 将 as 把, the work's own words)
    return _goes_on_asking(piece) and not _FRAME_OPENS.match(piece) and \
        ("将" not in piece or _WILL_AS_BA.search(piece) is not None) \
        and not _RESULT_TOLD.search(piece) and outline.marker(piece) is None and \
        not any(_doer(clause) or owners.opens_with_organ(clause)
                for clause in re.split(r"[，,；;]", piece)[1:] if not _AIM.match(clause))


def _clean_units(units: str) -> bool:
    """Whether units are names an organ or every one of a kind has, no work run into them
    (not 做到机组, 大力扶持龙头企业)."""
    return all(unit_names.read(name, organs_only=True) is not None or owners.every_body(name)
               for name in units.split("、")) and not _WORK_IN_NAME.search(units)


def _no_own_ask(rest: str, units: str) -> bool:
    """Whether the first clause of rest, after the units it opens with, asks nothing of its
    own (a 要 further on, 是否) but of the units' own people (领导班子…要)."""
    clause = re.split(r"[，,。；;]", rest, maxsplit=1)[0]
    if "是否" in clause:
        return False
    # (各区镇、城市管理办事处和相关部门…要: the list goes on to its 要; not 各包村领导、
    # 驻村干部要…, a name cut inside a word)
    return not re.search(r"(?<!需)要(?!求)", clause) or \
        bool(_UNITS_PEOPLE.match(clause, len(units))) or \
        clause[len(units):len(units) + 1] in ("、", "和", "及", "与", "（", "(")


# the people of the units a request names first (各定点医疗机构领导班子和…负责人要…)
_UNITS_PEOPLE = re.compile(r"(?:党政)?(?:领导班子|主要负责人|负责人|主要领导|负责同志)|"
                           r"(?:党委|党组|党总支|党支部)?书记|[乡镇]长")


# a count of requirements announced, closed by a full stop before the first call
_ANNOUNCED_REQUIREMENTS = re.compile(r"(?P<said>提出了?"
                                     r"(?:[一二三四五六七八九十两\d]{1,2}[点条项]|几点)"
                                     r"(?:工作|具体)?要求)。(?=\s*要)")
_ISSUED_BY = re.compile(r"^[^《]+的(?=《)")  # (…发布的《…》: who issued the paper, before it)
# 根据通知，各地医保部门应…: the paper a news page reports, opening the paragraph of what it
# asks, as 通知要求，…
_BY_PAPER = re.compile(r"^(?P<space>\s*)(?:根据|按照|依据)"
                       r"(?P<paper>(?:该|此)?(?:通知|意见|方案|办法)|《[^《》]{2,40}》)[，,]")


def _by_paper(line: str) -> str:
    """line with the paper it follows (根据通知，…) said as asking (通知要求，…), where the
    paragraph asks, gives a duty or tells a measure (…，各地医保部门应组织…; 根据《工作方案》，
    此次专项行动将…); not 根据通知，此次活动时间为…，援助对象为…, only what it sets."""
    by = _BY_PAPER.match(line)
    if by is None or not _PAPER_ASKS.search(line, by.end()):
        return line
    return f"{by.group('space')}{by.group('paper')}要求，{line[by.end():]}"


# (the asks and duties owners reads, a lead, or a measure told with 将)
_PAPER_ASKS = re.compile(rf"{owners.ASKS_OR_DUTY}|牵头|将(?![来近])")


def _said_over(lines: list[str]) -> list[str]:
    """lines, where a line of its own says who asked (李进要求) over the paragraph of what was
    asked (要细化工作任务…。要…): the two as one line, 李进要求，要细化…."""
    # (巡查组提出了四点工作要求。要…: the requirements it announces, as 要求：要…)
    lines = [_by_paper(_ANNOUNCED_REQUIREMENTS.sub(r"\g<said>：", line)) for line in lines]
    lines = [part for line in lines for part in _by_repeated_speaker(line)]
    texts = [line.strip() for line in lines]
    out: list[str] = []
    k = 0
    while k < len(texts):
        text = texts[k]
        after = next((j for j in range(k + 1, len(texts)) if texts[j]), None)
        said = _SAID_ALONE.match(text)
        # (a headline's words, then his calls: the paragraph under it, the first of what he
        # said, asks too where the ones after it do)
        then = next((j for j in range(after + 1, len(texts)) if texts[j]), None) \
            if said and said.group("when") and after is not None else None
        if said and after is not None and \
                (_asks(texts[after]) or (then is not None and _asks(texts[then]))) and \
                (_SAYER.search(said.group("who")) or unit_names.is_person(said.group("who"))):
            out.append(text.rstrip("：:") + "，" + texts[after])
            k = after + 1
            continue
        out.append(lines[k])
        k += 1
    # (会议强调，要…。 ⏎ 要夯实产业基础。强化…。 ⏎ 要塑造应用优势。…: the paragraphs after a
    # speaker's that each open with a call go on with his words)
    # (a blank line between them parts nothing)
    joined: list[str] = []
    for line in out:
        text = line.strip()
        last = next((j for j in range(len(joined) - 1, -1, -1) if joined[j].strip()), None)
        # (…在查漏洞方面要…: only after a paragraph of calls, not after one who tells what his
        # organ will do)
        # (the paragraph's own opening first: the search of the one before it costs more)
        # (今年是…过渡期最后一年，要强化…: a call past the moment it is made in)
        calls = _ASKS_ON.match(text) is not None or _MOMENT_THEN_CALL.match(text) is not None
        before = joined[last] if last is not None else ""
        spoken = _SPEAKS.search(before) if last is not None and \
            (calls or _SET_CALL.match(text)) else None
        if last is not None and spoken is not None and \
                (calls or _CALL_WORD.search(before, spoken.end())):
            joined[last] = joined[last].rstrip() + PARAGRAPH + text  # (_titled_calls sees where)
            del joined[last + 1:]
        else:
            joined.append(line)
    return joined


# 今年是…过渡期最后一年，要…; 当前正值汛期，要…: the moment a call is made in, then the call
_MOMENT_THEN_CALL = re.compile(r"^(?:今年|明年|当前|目前|眼下|现在)(?:是|正值|正处于?|已进入)"
                               r"[^，,。；;：:]{2,22}[，,](?:要|必须|务必)")


# a sentence that opens with who asks (《通知》要求…, 通知还要求…): a request of its own (not
# 会议指出…。会议强调…: a speaker's words, one run of them)
_SPEAKER_OPENS = re.compile(r"(?:(?<=[。！])|^)\s*(?P<who>《[^》]{1,30}》|[\u4e00-\u9fff]{2,8}?)"
                            r"(?:还|同时|并|也|进一步)?要求")


def _without_will(text: str) -> str:
    """text without the 将 each of its sentences opens with (将成立…。同时，将…: a plan's
    measures, what it will do), not a 将 that is 把 (将符合条件的儿童纳入…)."""
    return _PAPER_WILL.sub(lambda will: will.group("then") if _WILL_AS_BA.match(
        text, will.end("then")) is None else will.group(0), text)


def _by_repeated_speaker(line: str) -> list[str]:
    """line, parted before each sentence that opens with the same one asking as another does
    (《通知》要求A要…。《通知》要求B要…。《通知》要求C…: a paragraph of requests each of its
    own units, read as a paragraph each)."""
    # (each a request: not 《通知》要求的…, a noun; nor 要求各县区建立…，目前已建立…, work told
    # done; one at least asks units of their own, 《通知》要求A要…)
    opens = [m for m in _SPEAKER_OPENS.finditer(line.strip())
             if not line.strip().startswith("的", m.end()) and
             not owners.told_done(re.split(r"[。！]", line.strip()[m.end():])[0])]
    if not any(_OWN_MUST.match(line.strip(), m.end()) for m in opens):
        return [line]
    whos = [m.group("who") for m in opens]
    at = [m.start("who") for m in opens if whos.count(m.group("who")) >= 2]
    if len(at) < 2:
        return [line]
    text = line.strip()
    cuts = [0, *(k for k in at if k > 0), len(text)]
    return [text[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip()]


# an ask of the units' own in their clause (A要…, 各乡镇，县直各部门要…)
_OWN_MUST = re.compile(rf"[^，,。；;]{{0,30}}?(?:{owners.ASKS_OF_UNITS}|须)")
_SPEAKS = re.compile(rf"(?:{_SAYS_THIS})[，,：:]")
_CALL_WORD = re.compile(r"要(?![求是素点件])|必须|务必")  # (a call among the words said)
PARAGRAPH = "\u2029"  # where a paragraph joined on began (whitespace to strip(), any to .)


def _asks(paragraph: str) -> bool:
    """Whether a paragraph asks for work: it opens with 要…, or a sentence of it opens with
    the units it asks (…体现着民心。各承办单位要…)."""
    return paragraph.startswith("要") or any(
        owners.opens_addressed(sentence.strip())
        for sentence in _SENTENCE_END.split(paragraph) if sentence.strip())


# 要压实工作责任。各镇街要…。要强化督查。…: a short call closed by its full stop, the title
# of the sentences after it up to the next (他要求，要重视到位。…: after who asks)
_TITLE_CALL = re.compile(r"^\s*(?:[\u4e00-\u9fff]{1,8}(?:要求|强调|指出)[，,：:])?"
                         r"(?:[一二三四五六七八九十]{1,2}是)?要(?P<title>[^，,；;。！：:“”]{2,10})$")


def _titled_calls(rest: str) -> list[tuple[str, str | None]] | None:
    """The requirements of rest where two short calls or more each title the sentences
    after them (要压实工作责任。按照…。要强化宣传教育。各联络站要…。): each call with its
    sentences one requirement, whose units are the first they address (up to one that calls
    again with 要, a requirement of its own); the
    sentences before the first call that ask, each one of their own, and their units those of
    the calls whose sentences address none. None where rest is not
    so written (a call with no sentence after it: 要依法查处。要追究责任。, a law's clauses; short
    calls among others of their kind)."""
    sentences = [s for s in _AFTER_SENTENCE.split(rest) if s.strip(" 。！")]
    titles = [k for k, sentence in enumerate(sentences)
              if _TITLE_CALL.match(sentence.rstrip("。！ "))]
    if len(titles) < 2 or any(b - a < 2 for a, b in zip(titles, titles[1:] + [len(sentences)],
                                                        strict=True)):
        return None
    # (not short calls among calls of their kind, 要加大审计力度，…。要强化预售资金监管。要落实…:
    # the calls open with the titles, whom the sentences before them ask named)
    # (but calls that each open a paragraph of their own after the speaker's, 会议强调，要…。
    # ⏎ 要夯实产业基础。…: titles of their paragraphs)
    paragraphs = all(sentences[k].startswith(PARAGRAPH) for k in titles)
    if not paragraphs and any(_ASKS_ON.match(_THEN.sub("", sentence.strip()))
                              for sentence in sentences[:titles[0]]):
        return None
    kept: list[tuple[str, str | None]] = []
    opener: str | None = None  # whom the sentences before the calls ask
    for sentence in sentences[:titles[0]]:
        piece = _THEN.sub("", sentence.strip(" 。！"))
        units = owners.addressed_units(piece) or _doer(piece)
        if units is not None:
            kept.append((piece, units))
            opener = units
        elif _ASKS_ON.match(piece):
            kept.append((piece, None))  # (会议强调，要系统谋划…。 ⏎ 要夯实…。: a call before)
    for a, b in zip(titles, titles[1:] + [len(sentences)], strict=True):
        title = _TITLE_CALL.match(sentences[a].rstrip("。！ "))
        assert title is not None  # (found so above)
        # its pieces, each with the mark that closed the one before it
        text = "".join(sentences[a + 1:b])
        cuts = [0] + [m.end() for m in _PIECE_END.finditer(text, 0, len(text) - 1)]
        body = [(text[x:y].strip(" 。！；;" + PARAGRAPH), text[x - 1:x] if x else "")
                for x, y in zip(cuts, cuts[1:] + [len(text)], strict=True)]
        body = [(piece, after) for piece, after in body if piece]
        # (要提前谋划。工作组要…。要倒排任务，…: a later sentence that calls again with 要 a
        # requirement of its own, the first's follow-up being its first sentence; and 要压实责任。
        # 住建部门要…；相关职能部门要…: a piece that asks units of its own, after units asked)
        asked = [owners.addressed_units(_THEN.sub("", piece)) for piece, _ in body]
        starts = [0] + [k for k, (piece, after) in enumerate(body) if k and (
            (after not in _SEMICOLONS and _ASKS_ON.match(_THEN.sub("", piece))) or
            (asked[k] is not None and any(asked[:k]) and asked[k] not in asked[:k]))]
        for n, (x, y) in enumerate(zip(starts, starts[1:] + [len(body)], strict=True)):
            units = next((found for found in asked[x:y] if found), None)
            words = "".join(piece + ("。" if k + 1 == y or body[k + 1][1] not in _SEMICOLONS
                                     else "；")
                            for k, (piece, _) in enumerate(body[x:y], x))
            if n == 0:  # (会议要求，各乡镇要…。要解决…问题。…: the opener's, where none other)
                kept.append((title.group("title") + "。" + words, units or opener))
            else:
                kept.append((_THEN.sub("", words), units or opener))
    return kept


def _required(lines: list[str]) -> tuple[list[Listed], list[Listed]]:
    """(number, words, the paragraph's opener, whom its sentence addressed) for the
    requirements of a meeting's report, numbered on across its paragraphs (会议强调，要…。要…。
    ⏎ 会议要求，A要…；B要…。: 1, 2, then 3, 4, as a page that prints no numbers is read):
    where two requirements or more address those who are to do them (要…, A要…). A
    requirement with no subject of its own that goes on the sentence of one addressed
    (A要…；要…；要…), or opens a sentence after it with 要 (A要…。要…), is A's too. Where
    two paragraphs or more each report a matter the meeting took up (_AGENDA), each such
    paragraph's requirements are one task, numbered in order.

    And, read in the same pass, the requirements of the paragraphs that each ask units of
    their own one thing or more (他强调，A、B要…。 ⏎ 李江河要求，各级各有关部门要…), numbered on
    across them: the tasks where nothing else gives any. Where fewer than two paragraphs do,
    the requirements of every paragraph that asks, though it asks one thing of no one named
    (会议指出，…。要继续…。 ⏎ 会议强调，…。要坚持…。), numbered on so."""
    out: list[Listed] = []
    agenda: list[Listed] = []
    single: list[Listed] = []  # the second reading
    lone: list[Listed] = []  # the third, where the second finds fewer than two
    apart = False  # requirements outside the matters' paragraphs, or each for its own units
    # (a meeting's report, or an official's words: his 他表示，要… and paragraphs that ask no
    # one named are its requests; not a doctor's advice, an athlete's interview)
    meeting = any(_MEETING.search(line) or _POST.search(line) for line in lines)
    official = meeting  # (or a paper or an organ asks in one of its paragraphs: 通知要求，…)
    one_request = False  # a paragraph's two requirements the parts of one request
    for line in _said_over(lines):
        # (…成立了领导小组。镇党委政府要求各办事处要…: a sentence within the paragraph)
        text = line.strip()
        if _SAYING.search(text) is None:
            continue  # (no word that says: none of the matches below could hold)
        starts = [0] + [at.end() for at in _SENTENCE_END.finditer(text)]
        # (会上，…讲解了…；会议要求，各社区要…: the meeting's ask after what was done at it)
        starts = sorted({*starts, *(at.end() for at in re.finditer(r"[；;]", text)),
                         # (与会人员听取了…讲话，张柏森局长对…提出具体指示，要求…: an official
                         # after what the others did, then his word)
                         *(at.end() for at in _OFFICIAL_AFTER.finditer(text))})
        # (a requirement's word stands after its start: none starts past the end of the last
        # word that says, which a search from there would have found; the line holds one, as
        # the guard above made sure)
        last_word = max(at.end() for at in _SAYING.finditer(text))
        said = (found for found in (_REQUIRES.match(text, k) for k in starts if k < last_word)
                if found and not _NOT_SPEAKER.search(found.group("who")) and
                _listed_speaker(found.group("who")))
        m = next(said, None)
        if m is not None and _unnamed_off_the_record(m, lines):
            m = None
        # (A讲话指出，去年以来…取得了显著成绩。A要求，各乡镇要…: what was said first asks
        # nothing; the request is the sentence that asks; the later sentences read only then)
        if m is not None and not _word_asks(m):
            # (…指出，今年招生工作正式启动。赖家荣强调，要…: a later word that opens on calls)
            # (not after a first word that tells work to come by a time, …今年全县将新建…，
            # 6月底前完成…: that is read as it is; 今年招生工作正式启动 is no time limit)
            m = next((later for later in said if (_word_asks(later) or (
                _ASKS_ON.match(later.group("rest").lstrip()) and
                not (in_text(text[m.start("rest"):later.start()], SOME_DAY)[0] or "")
                .endswith("前")))
                      and not _ASKS.search(text, m.start("rest"), later.start())), m)
        follows = m is not None and m.group("who").startswith(_FOLLOWS)
        if m is None or follows:
            # (针对…等问题，住房和城乡建设部要求，…: an organ that asks after the matter's
            # clauses, straight before its word; or a person by a title, …，王永龙科长要求…;
            # 按照省厅文件要求，为…，赵某某副局长在会上强调，…: the one who asks, after what
            # the work follows)
            # (江苏省住房城乡建设厅要求，…: an organ of a long name, at the paragraph's start)
            m = next((found for found in (_ORGAN_SAYS.match(text, at) for at in
                                          [0, *(c.end() for c in _CLAUSE_END.finditer(text))])
                      if found and (unit_names.read(_speaker(found)) is not None or
                                    _BY_TITLE.search(_speaker(found))) and
                      not _PAST.search(_sentence_before(text, found.start())) and
                      # (after 按照…要求，: the one who asks, before any ask; not 根据…部署，
                      # 各乡镇要…。随后，张某副县长指出，…: one who speaks after the asks)
                      not (follows and re.search(rf"请|{owners.ASKS_OF_UNITS}",
                                                 text[:found.start()]))), m)
        if m is None or (m.group("verb") == "表示" and not meeting and
                         unit_names.read(m.group("who")) is None):
            continue
        if not m.group("mark") and not re.search(r"[，,。；;！：:]", text):
            continue  # (王强在…会议上强调压实各方责任…: a headline run together, no call)
        if _DEMANDER.search(m.group("who")) or _PUBLIC.match(text, m.start("who")):
            continue  # (企业代表提出了三点要求。要…, 村民…要求: a demand made of the organs)
        if _proposed(m, lines):
            continue  # (政协委员王某提出，要…: a member's proposal, no one asked)
        # (会议指出，2024年要全面落实…；建立…: the year the calls are for, no part of them; not
        # where its first call would be left too short to read, 今年要抓好安全生产，…)
        # (…提出了要求和建议，要…: the word's other half, no part of the calls)
        # (…并就此项工作提出具体要求，对照要求王某强调，要…: the one who then speaks, his
        # clause no call)
        rest = _ASKED_TOO.sub("", _THEN_SAID.sub("", m.group("rest")))
        yearless = _YEAR_OF_CALLS.sub("", rest)
        if len(re.split(r"[，,；;。]", yearless)[0]) >= _REQUIREMENT_MIN:
            rest = yearless
        # (周燕说，富民预制菜产业发展要完善…；制订…: the matter the calls are of, no one
        # asked, before the first)
        # (not a place's matter, 城关镇治理要…, kept whole; nor 农贸市场升级改造工作要列入…,
        # 工作要以…, what the matter is to be)
        topic = _TOPIC_OF_CALLS.match(rest)
        if topic is not None and not _CALL_NOT_WORK.match(rest, topic.end("topic")):
            # (各乡镇安全生产工作要…: the units it opens with are the calls' subject, kept)
            named = next((k for k in range(len(topic.group("topic")) - 2, 1, -1)
                          if unit_names.read(topic.group("topic")[:k], organs_only=True)
                          is not None or (topic.group("topic").startswith("各") and
                                          unit_names.read(topic.group("topic")[:k]))), 0)
            if named or not any(unit_names.kind(topic.group("topic")[:k])
                                for k in range(2, len(topic.group("topic")) - 1)):
                rest = topic.group("topic")[:named] + rest[topic.end("topic"):]
        if m.group("pronoun") and (_PUBLIC.match(text, m.start("who")) or not any(
                owners.addressed_units(_past_when(piece)) is not None
                # (他指出…具有巨大潜力，下阶段各馆要…: the units after what he points out)
                for piece in re.split(r"[；;，,]", rest.split("。", 1)[0])) and
                not (meeting and _OFFICIAL.match(m.group("who")) and
                     _ASKS_ON.match(_WORK_FIRST.sub("", rest)))):
            # (村民李大爷查看了…，他要求村委会尽快…: who asks units to work is one whose
            # sentence names them as asked, 他要求各乡镇要…, 他指出，…；各相关单位要…; not
            # anyone's demand)
            continue
        # (各承办部门一是要…；二是要…, 一是要县水利局牵头…；二是区应急局要…: the ordinals of
        # what it asks, no words of it, nor of the units each asks)
        rest = _ORDINAL_ASKS.sub("要", _ORDINAL_OWN_UNITS.sub("", rest))
        # (要求在全镇开展…: what it asks for, straight after the word; not 要求，创城是…工作)
        # (对A提出要求：…。…。: each sentence after the mark A's request)
        of = m.groupdict().get("of")  # (_ORGAN_SAYS names none)
        made_of = of if of and unit_names.read(of) else None
        # (他要求，各单位部门在…衔接好…: every one of a kind at once after the mark, asked
        # without a 要 of their own; with one, 各级畜牧部门要…, they are addressed, as below)
        every_first = _every_first(rest.lstrip())
        # (…提出要求要认清形势，…；要落实责任，…: calls straight after the word, its mark
        # lost, as after one)
        unmarked = not m.group("mark") and not _ASKS_ON.match(rest.lstrip())
        asked = _word_asks(m) and (
            unmarked or made_of is not None or
            (m.group("mark") in "，," and every_first is not None and
             owners.addressed_units(rest.lstrip()) is None and
             # (not 各包村领导、驻村干部要…, 各区县教育行政部门及学校要组织…: a 要 of its
             # own further on, the names past it, unless those are the units' own people,
             # 各定点医疗机构领导班子…要; nor 是否…, a checklist's question)
             _no_own_ask(rest.lstrip(), every_first)))
        # the pieces, each with the mark that closed the one before it
        # (and each sentence or piece that opens with the units doing it, 区公安、保密部门切实
        # 做好…；公安交警、城管部门切实…: the requirement's parts, each its units')
        # (and, of what 要求 asks, each sentence: those after the first that open with the
        # work, 市双代办要求各地压实责任，…。坚持旬通报…。完善机制，…, are the request's parts)
        titled = _titled_calls(rest)  # (its pieces then none to cut)
        # (《方案》指出，将成立…。编制…: a plan a page reports, its measures told as what it
        # will do, the same)
        # (珠海市住规建局发布的《…通知》: the paper, whoever issued it)
        paper = _PAPER_SAYS.fullmatch(_ISSUED_BY.sub("", m.group("who"))) is not None and \
            m.group("verb") in ("指出", "明确", "提出", "提到", "强调", "要求", "规定")
        if paper:
            # (its 将 of what it will do; not 将 as 把, 将符合条件的儿童纳入…)
            rest = _without_will(rest)
        # (its first sentence, or for a plan's measure its first two clauses: 成立…领导小组，
        # 负责…，协调解决有关重大问题, a measure's long sentence, whose words may hold 重大)
        opening = "，".join(re.split(r"[，,]", rest.split("。")[0])[:2]) if paper else \
            rest.split("。")[0]
        # (会议要求，A要…。加强…: a request that opens with the units it asks, each sentence)
        # (会议强调，各地要…。尽快开展…。加强…: stressed of the units it opens with, the same)
        opens_addressed = (_word_asks(m) or m.group("verb") == "强调") and \
            owners.addressed_units(rest.lstrip()) is not None
        # (他要求，进一步强化责任意识…。加强安全监管…。: what is asked opens with the work, a
        # call without its 要, and each sentence after it may go on with more)
        # (董某强调，抓住重点和关键，…；增强规则意识，…；进一步搭建…；建立…: a list of three
        # pieces or more of what is stressed, each its work, whatever verb opens it)
        # (not 市教育局会同市卫健委…开展…；…: the list of one who does it, read as such)
        # (not 一年来，全县坚持…，经济保持稳步增长；…: the year's results looked back on)
        # (通知要求，要创新宣传形式，…。按照…，组织开展…；大力开展…；积极开展…: a call, then
        # the list in the sentence after it)
        sentences = rest.split("。")
        listing = sentences[0] if len(sentences) < 2 or \
            not _ASKS_ON.match(sentences[0].lstrip()) else sentences[0] + "；" + sentences[1]
        stressed_list = m.group("verb") in ("强调", "要求") and \
            len(re.findall(r"[；;]", listing)) >= _STRESSED_PIECES - 1 and \
            not _VERDICT_OR_ACCOUNT.search(re.split(r"[；;]", rest)[0]) and \
            owners.addressed_units(rest.lstrip()) is None and \
            _doer(rest.lstrip(), any_verb=True) is None
        # (会议要求，紧紧围绕…: what 要求 asks for, no 要 of its own)
        bare = _bare_request(m, rest, text)
        opens_with_work = (m.group("verb") in ("强调", "要求") and
                           (_STRESSED_WORK.match(rest.lstrip()) is not None or stressed_list or
                            bare) or
                           paper and _MEASURE.match(rest.lstrip()) is not None) and \
            not _STATED_OR_CALLED.search(opening)
        cut = [] if titled else sorted({0, *(mm.end() for mm in _NEXT_REQUIREMENT.finditer(rest)),
                      *(mm.end() for mm in _PIECE_END.finditer(rest, 0, len(rest) - 1)
                        if _doer(_THEN.sub("", rest[mm.end():].lstrip()), any_verb=True)
                        is not None or (rest[mm.end():].lstrip().startswith("由") and
                                        owners.by_line(rest[mm.end():].lstrip()))),
                      *((mm.end() for mm in _SENTENCE_END.finditer(rest, 0, len(rest) - 1))
                        if asked or opens_addressed or opens_with_work else ()),
                      # (要进一步健全…。强化…。: in a paragraph of calls, each sentence; not after
                      # a short call that titles the next, 要加强组织建设。把…)
                      *(mm.end() for mm in _SENTENCE_END.finditer(rest, 0, len(rest) - 1)
                        if (_CALLS_IN.search(rest) or _framed_calls(rest)) and
                        not _SHORT_CALL_BEFORE.search(rest, 0, mm.end())),
                      # (…，教育部门要督导…，公安交警部门要做好…: a clause that asks units of
                      # its own, within a piece)
                      *(mm.end() for mm in _CLAUSE_END.finditer(rest, 0, len(rest) - 1)
                        if _own_units_asked(rest, mm.end())),
                      # (…，同时也要为…做好准备。: a clause that asks one more thing)
                      *(mm.end() for mm in _CLAUSE_END.finditer(rest, 0, len(rest) - 1)
                        if _ALSO_ASKS.match(rest, mm.end())),
                      # (要处理好…的关系，要面向全市…，并要与…: in a paragraph of calls, each
                      # clause that opens with its own 要 one more, after a clause that is a
                      # call whole; not after its subject, its condition or its frame: 各部门，
                      # 要…; 对…的，要…; 要以…为契机，要…; nor inside a quotation)
                      *(mm.end() for mm in _CLAUSE_END.finditer(rest, 0, len(rest) - 1)
                        if _CALLS_IN.search(rest) and _CLAUSE_CALL.match(rest, mm.end()) and
                        _whole_call_before(rest, mm.start())),
                      # (…，针对排查发现的问题，要建立台账…: a call after its frame, from the
                      # frame on)
                      *(start for start in (_frame_start(rest, mm.start()) for mm in
                                            _CLAUSE_END.finditer(rest, 0, len(rest) - 1)
                                            if _CLAUSE_CALL.match(rest, mm.end()))
                        if start)})
        # (省森工总局，各市…提高认识: no cut inside the units; where they ask on their own,
        # 各乡镇，县直各部门要…, the cut before the last is the request's, as before)
        if asked and every_first is not None and \
                not _OWN_MUST.match(rest.lstrip(), len(every_first)):
            opened = len(rest) - len(rest.lstrip()) + len(every_first)
            cut = [at for at in cut if not 0 < at <= opened]
        # (…，并要…: the word that joins the call to the one before is no part of it)
        pieces = [(_JOINED_CALL.sub("", rest[a:b].strip(" ，,。；;" + PARAGRAPH)),
                   rest[a - 1:a] if a else "")
                  for a, b in zip(cut, cut[1:] + [len(rest)], strict=False)]
        # (the pieces that open a paragraph joined on)
        new_paragraph = [rest[a:b].lstrip(" ，,。；;").startswith(PARAGRAPH)
                         for a, b in zip(cut, cut[1:] + [len(rest)], strict=False)]
        named_inside = False  # the subject was found inside its piece (要…，A要…)
        named_at_opening = True  # …or in the first call of its paragraph (A要…。)
        paragraph_calls = 0  # the calls of the paragraph so far, kept or not
        kept: list[tuple[str, str | None]] = list(titled or [])
        subject: str | None = None
        matter = _AGENDA.match(text) is not None
        addressed_kept = sum(units is not None for _, units in kept)  # (theirs own)
        first_sentence = True  # (要求A…；…。: what 要求 asks for runs to the sentence's end)
        calling = False  # the sentence so far is a call kept (要推进…；推进…；帮助…)
        requested = 0  # the pieces kept of that sentence, the units 要求 sets to their own
        set_first: str | None = None  # the units 要求 sets to the request's first piece
        called_on = False  # a sentence of the paragraph kept as a call (要进一步健全…。)
        addressed_on = False  # …or as an addressed call of clean units (各乡镇街道要…。)
        # (a paragraph of calls, cut by sentence)
        calls = _CALLS_IN.search(rest) is not None or _framed_calls(rest)
        for k, (piece, after) in enumerate(pieces):
            first_sentence = first_sentence and (k == 0 or after in _SEMICOLONS)
            calling = calling and after in _SEMICOLONS
            # (a statement that frames the sentences after it, …是系统性的工作，各部门要…。
            # A要…；B要…, is none of them: a matter named first is asked of in a list parted
            # by semicolons, or in a paragraph of one matter)
            closed_by = pieces[k + 1][1] if k + 1 < len(pieces) else ""
            listed = matter or after in _SEMICOLONS or closed_by in _SEMICOLONS
            # (a sentence joined to the one before, 。同时要…, or one that opens with 要, with
            # no subject of its own, 各级畜牧部门要…。要加快…。, asks the same units)
            carried_before, kept_before = subject, len(kept)
            # (各乡镇街道要抓紧时间…。大力宣传…: a sentence that goes on with the work after
            # an addressed one, in a speaker's paragraph of calls, asks the same units)
            goes_on = addressed_on and after in ("。", "！") and _goes_on_the_call(piece)
            # (…，各地必须…。具体实施过程中要…: a call of no subject after its setting, the
            # same units')
            subject = subject if after in _SEMICOLONS or _THEN.match(piece) or \
                _ASKS_ON.match(piece) or _SET_CALL.match(piece) or goes_on else None
            if (named_inside or not named_at_opening) and k < len(new_paragraph) and \
                    new_paragraph[k]:
                # (…，A要…。 ⏎ 要…: A's within its paragraph, not past it; so too 要…；A要
                # 牵头抓总。 ⏎ 要抓实…: units a call names after a call of no one's)
                subject = carried_before = None
            inside = False
            units = owners.addressed_units(_TIME_FRAME_FIRST.sub(
                "", _TIME_LEAD.sub("", _THEN.sub("", piece))))
            if units is None and asked and k == 0:
                # (会议要求各责任单位对…，立即…; 要求各级公安交管部门树牢…)
                set_to = owners.set_to_work(piece, None)
                units = _set_first(piece) or _doer(piece) or \
                    ("、".join(set_to.names) if set_to and set_to.names else None)
            if units is None and piece.startswith("要") and not piece.startswith("要求"):
                # (要提高认识，严格落实责任，A、B要认清形势…: the work asked first, then the
                # units who do it, whose piece it is, and the pieces' after it; not …，指导茶农
                # 和茶叶企业要…, those the work is done for)
                units = next((found for found in (
                    owners.addressed_units(piece[mm.end():].lstrip())
                    for mm in _CLAUSE_END.finditer(piece)) if found is not None and
                    unit_names.read(found) is not None and
                    not owners.WORK_BEFORE_UNITS.search(found) and
                    _CLAUSE_ASKS.match(piece[piece.find(found):], len(found))), None)
                inside = units is not None
            wish = _WISHES.match(piece) if units is None and k > 0 else None
            if wish is not None:
                # (…，要求各乡镇高度重视…；希望各施工单位高标准…: a later piece that asks
                # units of its own, by its own verb)
                set_to = owners.set_to_work(piece[wish.end():], None)
                units = "、".join(set_to.names) if set_to and set_to.names else None
            # (每年的9月—11月是候鸟南迁集中时节，当前各级林业部门要…: the season stated first,
            # the same)
            now = _NOW.match(piece) or _STATED_FIRST.match(piece)
            if units is None and now:
                # (当前…已进入攻坚期，各级各部门要…: the state of things said first, then
                # whom it asks and what; the request is from them on; 近期各部门要…: straight
                # after the time)
                at = next((at for at in [now.end(), *(mm.end() for mm in
                                                      _CLAUSE_END.finditer(piece))]
                           if owners.addressed_units(_NOW_WORD.sub("", piece[at:]))
                           is not None), None)
                if at is not None:
                    piece = _NOW_WORD.sub("", piece[at:])
                    units = owners.addressed_units(piece)
            # (not 区卫健局开展了培训…: work told of after the requirement; nor in a view,
            # 会议认为，今年以来各级部门积极开展…: what units have been doing)
            doer = _doer(_THEN.sub("", piece)) if units is None and \
                not owners.TOLD_DONE.search(piece) and m.group("verb") != "认为" \
                else None
            if units is None and doer is None:
                # (老城区范围由A负责清扫；新区范围由B负责清扫: each area's units)
                by = owners.by_line(piece)
                doer = "、".join(by.names) if by is not None and by.names else None
            if units is None and doer is None:
                # (…；区财政要及时拨付…: an organ by its level and its field's short name,
                # the piece's own subject, none carried from the piece before)
                doer = _short_organ(_THEN.sub("", piece))
            # (not 近年来，县委、县政府高度重视…: what units have done, looked back on)
            addressed = (units is not None or doer is not None) and \
                not _LOOKED_BACK.match(piece)
            subject = (units or doer) if addressed else subject
            if k < len(new_paragraph) and new_paragraph[k]:
                paragraph_calls = 0
            if addressed:
                # (the paragraph's first call, or a later one after calls of no one's, 要压实
                # 安全责任；县粮食局要牵头抓总…)
                named_at_opening = paragraph_calls == 0
            paragraph_calls += addressed or _ASKS_ON.match(_THEN.sub("", piece)) is not None
            named_inside = inside if addressed else named_inside and subject is not None
            if k == 0 and (asked or (_word_asks(m) and units is not None)):
                # (省住建厅要求各地相关部门要…。加强…。要对…: the units 要求 sets to the work,
                # for the request's later sentences that name none; 会议要求，A要…。认真做好…。
                # 加强…: the units the request opens with, so too)
                set_first = subject
            # (要…, or who 要… or 负责… at its start: not a statement that comes round to
            # 各部门要…; what 要求 asks for first, whoever says it)
            called = _THEN.sub("", piece)
            stakes = _STAKES_THEN_CALL.match(called) if not addressed and k == 0 and \
                not called.startswith("要") else None
            if stakes is not None:
                # (会议指出，国土资源是…的基础要素，要深刻认识…，确保…: what is at stake, said
                # first, then the call; the call is the requirement)
                piece = called = stakes.group("call")
            framed = _FRAMED_CALL.match(called) if not addressed else None
            if framed is not None:
                # (针对排查出的问题，要建立问题清单…: what the call is about, then the call;
                # the piece keeps its frame)
                called = framed.group("call")
            # (会议强调，加快推进…，…。推动…。: what is stressed opens with the work, a call
            # without its 要; not a sentence that says what the work is or calls further on)
            stressed = k == 0 and (m.group("verb") in ("强调", "要求") and
                                   (_STRESSED_WORK.match(called) is not None or stressed_list or
                                    bare) or
                                   paper and _MEASURE.match(called) is not None) and \
                not _STATED_OR_CALLED.search(opening)
            # (…；强化培训工作；加强督查评估；…: a short call among the calls of a list; not
            # 突出重点，精心组织, a pair of four-character watchwords that goes with the call)
            short_ok = made_of or (after in _SEMICOLONS and calling and
                                   not _WATCHWORDS.fullmatch(piece) and
                                   not _AIM_OR_SETTING.match(piece) and
                                   # (需要退役的放射源，…: a topic)
                                   ("的" not in piece or bool(_CALL_VERB.match(piece))))
            if len(piece) >= (_MADE_OF_MIN if short_ok else _REQUIREMENT_MIN) and \
                    not _SEES.match(called) and (
                    called.startswith("要") or stressed or addressed or _says_who(piece) or
                    (asked and first_sentence and (k == 0 or _asks_work(piece))) or
                    (asked and after in ("。", "！") and _goes_on_asking(piece)) or
                    # (调研组表示，…。要进一步健全…。强化…。: the sentences after a call that go on
                    # with the work are its fellows; not a shortfall, …不够到位)
                    (called_on and after in ("。", "！") and _goes_on_asking(piece) and
                     not _SHORTFALL.search(piece)) or goes_on or
                    # (not 要想…，就必须…: a remark, which _ASKS_ON tells)
                    (set_first is not None and after in ("。", "！") and
                     closed_by not in ("，", ",") and _goes_on_with_the_units(called)) or
                    # (各国有企业要深入学习文件…；明确时间节点…；抓紧落实…: the addressed
                    # sentence's later pieces that open with the work, theirs too)
                    (after in _SEMICOLONS and (subject is not None or calling) and
                     _goes_on_asking(piece)) or
                    # (要认清形势…；科学调配，及早研判，…；明确分工…: a call's later pieces,
                    # its fellows in a list of calls, whatever verb they open with)
                    (after in _SEMICOLONS and calling and _called_too(piece)) or
                    _subject_must(piece, m) or (listed and _topic_first(piece))):
                # (此外，各村要…: the word that joins it to the one before is none of its own)
                kept.append((_THEN.sub("", piece),
                             (doer or units) if addressed else subject or made_of or
                             (set_first if asked or (closed_by not in ("，", ",") and
                                                     _goes_on_with_the_units(called))
                              else None)))
                calling = calling or after not in _SEMICOLONS
                called_on = called_on or called.startswith("要") or stressed
                # (各乡镇街道要抓紧时间…。大力宣传…: an addressed call of clean units)
                addressed_on = addressed_on or bool(addressed and units and _clean_units(units))
                addressed_kept += addressed
                requested += asked and first_sentence and subject is not None
            if len(kept) == kept_before and not addressed and calls:
                # (各县要…。逾期整改不到位的，应当撤销…。要坚决清理…: a sentence of a paragraph of
                # calls that is none, and names no one, leaves the units carried to the next)
                subject = carried_before
            if inside and carried_before is not None:
                # (…各乡镇要…。要开展…整治，城区所有单位…要…。要着力…: the units found inside a
                # call are its own; the calls after it go back to those asked before)
                subject, named_inside = carried_before, False
        # (a matter's requirements each addressed to units of their own stay apart)
        apart = apart or (len(kept) >= 2 and not matter) or addressed_kept >= 2
        if kept and matter:
            agenda.append(Listed(len(agenda) + 1, "；".join(piece for piece, _ in kept) + "。",
                           m.group("who") + m.group("verb"), None))
        # (a paragraph of one thing asked for, beside others: 镇党委政府要求在全镇开展…)
        one_request = one_request or (requested == len(kept) == 2)
        # (a paragraph of sentences, not a headline under 推荐阅读 (市政府要求各区切实做好…);
        # not the public's demand, 群众要求村委会…)
        # (nor an ask told of as made before, 区里已要求各供热企业…)
        reported = (text.endswith(("。", "！")) or len(text) > _HEADLINE_MAX) and \
            not _PUBLIC.match(text, m.start("who")) and \
            not owners.asked_before(text[m.start():])
        # (a page's summary that repeats the first paragraph, cut short, asks it once)
        if (len(kept) >= 2 or addressed_kept == 1) and reported:
            single += _numbered_on(single, kept, m.group("who") + m.group("verb"))
        # (会议指出，…。要继续…。 ⏎ 会议强调，…，要坚持…。: paragraphs that each ask one thing of
        # no one named, the reading where no paragraph asks units or two things)
        # (not 李华要求广大市民爱护…: the public asked)
        official = official or bool(_PAPER_OR_ORGAN.search(m.group("who")) or
                                    unit_names.read(m.group("who")))
        if kept and reported and not matter:
            lone += _numbered_on(lone, [(p, c) for p, c in kept
                                        if not _PUBLIC.match(_ALL_OF.sub("", p))],
                                 m.group("who") + m.group("verb"))
        # (not a headline, 福建省林业厅要求做好湿地公园发展建设工作, over the paragraph)
        if (len(kept) >= 2 or (asked and len(kept) == 1)) and \
                (text.endswith(("。", "！")) or len(text) > _HEADLINE_MAX):
            opener = m.group("who") + m.group("verb")
            out += [Listed(seq, piece.rstrip("。") + "。", opener, carried)
                    for seq, (piece, carried) in enumerate(kept, len(out) + 1)]
    # (or a meeting's one request of units it names, 会议强调，…。各县市区科技管理部门应…:
    # _listed's last; not roles that frame another's ask, 由A牵头，B配合，C要…)
    # (他强调，要…。 ⏎ 他要求，…。加强…。: a paragraph of one call of no one named beside one
    # of two, the speaker's calls all; not an ask of units that frames the others, 会议要求，
    # 参会单位要高度重视…)
    lone_texts = {item.text for item in lone}
    single_texts = {item.text for item in single}
    openings = {_call_opening(text) for text in single_texts}
    if official and len(lone) > len(single) >= 2 and single_texts <= lone_texts and \
            all(item.carried is None and (_ASKS_ON.match(item.text) or
                                          _STRESSED_WORK.match(item.text)) and
                # (not a lede's call a later paragraph says again, 要紧盯重点区域…)
                _call_opening(item.text) not in openings
                for item in lone if item.text not in single_texts):
        single = lone
    single = single if len(single) >= 2 else lone if len(lone) >= 2 and official else \
        single if meeting and len(single) == 1 and single[0].carried and \
        unit_names.read(single[0].carried) is not None and \
        single[0].section is not None and _spoken_for(single[0].section, lines) and \
        not single[0].text.startswith("由") and not _things_judged(single[0].text) else \
        lone if meeting and len(lone) == 1 and lone[0].section is not None and (
            _spoken_for(lone[0].section, lines) and _ASKS_ON.match(lone[0].text) or
            # (调研组…予以充分肯定，同时要求准确把握…，及时…: a visit's one request, what
            # 要求 asks straight after it its work, unless told as done or as a verdict)
            # (not …提出工作要求，副镇长赵鹏宣读《…》: an official's act after the noun)
            lone[0].section.endswith("要求") and
            not _VERDICT_OR_ACCOUNT.search(lone[0].text) and
            not owners.TOLD_DONE.search(lone[0].text) and
            not _OFFICIAL_ACTS.match(lone[0].text) and
            # (not 要求各户村民自觉…, 各校学生…: people asked, no units; units asked are read
            # as such above; nor 由A牵头，B配合，C要…: roles that frame another's ask)
            not _PEOPLE_ASKED.match(lone[0].text) and not (
                lone[0].text.startswith("由") and _asked_after_roles(lone[0].text))) and \
        not _STANCE_CALL.match(lone[0].text) and \
        not any(_ORDINALS_IN.search(line) for line in lines) else []
    if len(agenda) >= 2 and not apart:
        return agenda, single
    # (two are a list where each names whom it asks: 施工单位要…；监理部门要…)
    # (or the two parts of one request to units: 会议要求各责任单位对…，…；对…，….)
    enough = len(out) >= _MIN_PIECES or (len(out) == 2 and (one_request or all(
        owners.opens_addressed(item.text) for item in out)))
    return (out if enough else []), single


# 区财政要…, 市审计须…: an organ named by its level and its field's two characters, asked
_SHORT_ORGAN = re.compile(r"^(?P<name>[省市州县区](?!城区|乡村|县区|街道|各级|镇村|农村|城乡)"
                          r"(?:(?![也还都均里内们域])[\u4e00-\u9fff]){2})"
                          r"(?:也|还|都|均)?(?:要|须|必须|应当)")


def _short_organ(piece: str) -> str | None:
    """The organ a piece opens with by its level and its field's short name (区财政, 市审计,
    县公安), asked to work, or people so named (县领导: the piece's own, no one's to carry on);
    not a place's scope or the public (区域内, 区里也, 市民们); else None."""
    m = _SHORT_ORGAN.match(piece)
    return m.group("name") if m else None


# the units 要求 sets to the work, straight after it, before what the work is done to or how
# soon (要求各责任单位对…, 要求各村立即…): not 督促各企业…, whom the work is done to; no 要 in
# them (要求我区体育战线要深刻领会…: the units, then their own 要)
_SET_FIRST = re.compile(r"(?P<units>[^，,。；;：:对把将要]{2,20}?)"
                        rf"(?={owners.DONE_TO}|把|将|要|{owners.HOW_SOON}|[，,])")


# 希望各施工单位…, 要求各村…, 请各单位…: a piece that sets units of its own to work (not
# 督促A级旅游景区…: the work of the units before, who see to it)
_WISHES = re.compile(r"^(?:同时|并|还|也)?(?:希望|要求|请)")


def _set_first(piece: str) -> str | None:
    """The units a request's first piece opens with, those 要求 sets to it; else None."""
    m = _SET_FIRST.match(piece)
    every = _every_first(piece)
    if m is None or unit_names.read(m.group("units")) is None or \
            unit_names.is_person(m.group("units")) or \
            (every is not None and len(every) > m.end("units")):  # (省森工总局，各市…)
        return every
    return m.group("units")


def _every_first(piece: str) -> str | None:
    """要求各地压茬推进…: every one of a kind a request opens with, then the work in any verb;
    the longest such opening (各县区, 各村民小组, 各县（区）各有关单位) whose characters past the
    shortest hold no word of the work (not 各校全面排查校…, 各地帮助企业…); none where it is the
    people of each (各户村民…, 各校学生…), not a body of theirs (各村民小组). Organs named
    before it go with it (省森工总局，各市（地）、县体育行政部门提高认识…)."""
    named = _ORGANS_BEFORE_EVERY.match(piece)
    # (not 市教育局会同市卫健委、各县区…, 县农业农村局牵头，各乡镇配合: roles, read as such)
    if named is not None and not _ROLE_AMONG.search(named.group("organs")) and all(
            unit_names.read(name, organs_only=True) is not None
            for name in re.split(r"[、，,和及]", named.group("organs"))):
        rest = _every_first(piece[named.end():])
        # (not 市城管执法支队，各区城管部门要…: the kind's own 要, its request as before)
        return None if rest is None or not _no_own_ask(piece[named.end():], rest) else \
            piece[:named.end()] + rest
    found: str | None = None
    for end in range(2, min(_EVERY_MAX, len(piece) - 2) + 1):
        words = piece[:end]
        if not (words.startswith("各") and owners.every_body(words) and
                unit_names.read(words) is not None):
            continue
        added = words[len(found):] if found is not None else ""
        if piece[end - 1:end + 1] in owners.WORDS_FROM_NAMES_END:
            continue  # (各镇区组|织, 各单位处|理: the name's last character opens the verb)
        if found is None or not _WORK_IN_NAME.search(added) and (
                _KIND_CLOSED.search(words) or piece[len(found)] in "各（(、和及与" or
                # (各县|区, 各科|室, 各办|事处: a kind's name of more characters; not past 地,
                # whose longer kind, 各地区, ends in a closing word: 各地科学布局…)
                (len(added) <= 2 and not found.endswith("地") and
                 all(ch in _KIND_CHARS for ch in added))):
            found = words
    # (the name's last character may open the people's word: 各户村|民)
    if found is not None and any(
            (_PUBLIC.match(piece, at) or piece.startswith(("学生", "师生"), at)) and
            not _body_of_people(piece, at) for at in (len(found) - 1, len(found))):
        return None
    return found


def _body_of_people(piece: str, at: int) -> bool:
    """Whether the people's word at at opens a body's name (村民小组, 学生处, 群众性…组织)."""
    return any(unit_names.read(piece[:end]) is not None and
               piece[end - 1:end] in unit_names.END_CHARS and
               not _WORK_IN_NAME.search(piece[at:end])
               for end in range(at + 3, min(at + 6, len(piece)) + 1))




# the word that closes a kind of body (单位, 部门, 乡镇, 街道, 地区, 县（区）)
# (各乡街妇联, 各镇团委, 各乡镇财政所: a body of each place, by its organ's ending)
_KIND_CLOSED = re.compile(r"(?:单位|部门|机构|企业|公司|主体|乡镇|街道|社区|地区|小组|委员会|"
                          r"妇联|团委|科协|残联|工会|[局委办院处室站所队）)])$")
_KIND_CHARS = "区县市镇乡街村室处科站所队办事组委会旗盟"  # (各县区, 各镇街, 各科室, 各办事处)
# a kind's character that opens the verb after it (各镇区组织…, 各乡会同…, 各单位处理…)


# named organs a list of every one of a kind goes on from (省森工总局，各市…, 县公安局、各乡镇…)
_ORGANS_BEFORE_EVERY = re.compile(r"(?P<organs>[^各，,、。；;：:要]{3,14}?"
                                  r"(?:[、，,和及][^各，,、。；;：:要]{3,14}?){0,3})"
                                  r"[、，,和及](?=各)")
_ROLE_AMONG = re.compile(r"会同|牵头|配合|联合|协同|协助|负责")
_EVERY_MAX = 24  # characters of every one of a kind a request opens with (各县（区）各有关单位)


# the verb or the manner a piece of work opens with
# (稳步推进…, 逐步完善…: a manner, then the work's verb; not 逐步显现, 稳妥起见, 稳步增长: how
# things go)
_MANNER_THEN_WORK = (r"(?:稳步|逐步|加快|加紧|有序|稳妥)"
                     r"(?=推进|实施|开展|建设|推动|落实|完善|提升|扩大|健全|建立|做好|实现|启动)")
_WORK_OPENS = (rf"{owners.WORK_VERBS}|{_MANNER_THEN_WORK}|严格|强化|及时|切实|确保|加大|认真|全面|"
               r"深入|督促|指导|"
               r"坚持|明确|压实|抓紧|扎实|积极|探索|帮助|适时|着力|合力|大力|全力|尽快|规范|进一步|持续|"
               # (聚力技术支撑，…; 聚焦关键环节，…: what the work centres on, its first word)
               r"继续|不断|统筹|聚力|聚焦|"
               # (充分利用各类平台，…, 充分认识…: the work done to the full; not 充分体现…,
               # 充分肯定…: a verdict, or praise)
               r"充分(?!体现|说明|表明|证明|反映|展示|展现|肯定)|"
               # (编制《…规划》，…; 出台…措施: a plan's measures, told as its work)
               # (not 建设项目, 整治期间, 引进项目: the word in a noun's compound)
               r"(?:编制|出台|成立|组建|打造|培育|引进|创建|建设|推动|深化|优化|整治|组织|举办)"
               r"(?!项目(?:共计|总|落地)|期间|以来|过程中|工作[，,]|的|[后中时][，,])")
# a plan's measure, opening with its work, or with what it is done to and the work in the same
# clause (对古树名木实行挂牌保护; not 对保留的证明事项，经…后，各级行政机关要…: a setting for
# another's ask)
_MEASURE = re.compile(rf"(?:{_WORK_OPENS})|{owners.DONE_TO}[^，,。；;]{{2,40}}?"
                      rf"(?:{_WORK_OPENS}|实行|进行|予以|给予|提高)")
# 重点抓了以下几项工作, 存在一些问题: what a list that follows tells was done, or is wrong (not
# 明确了六个方面的工作重点: what a plan set out)
_ACCOUNT = re.compile(r"(?:抓|开展|完成|取得|实现)了|"
                      r"(?:存在|发现|暴露)[^，,。；;]{0,12}(?:问题|不足|短板|困难|隐患)|"
                      # (重点查找以下…乱收费问题并进行清理整治：A；B: the problems it looks for;
                      # not 解决好以下几个方面的问题：, 注意以下问题：, what to do or heed)
                      r"(?:查找|排查|查摆|梳理|发现|反馈|查出|指出|存在|有)[^，,。；;：:]{0,6}"
                      r"(?:以下|如下)[^，,。；;：:]{0,20}问题|"
                      # (所称孤弃儿童是指…，具体包括：A；B: what a word covers, no work)
                      r"所称|是指|指的是")
# 专家认为，…; 预计…: a forecast of what will come, no work told
_FORECAST = re.compile(r"认为|预计|预测|估计|有望|可望")
# 该局, 今年该局, 明年县文旅局: a subject named before (no name of its own) or after its time
_NO_NAME_YET = re.compile(rf"^(?:{owners.WORK_TIME}|明年|近期|下一步|该|此)")
# what follows 将 where units will do work (将加强…, 将联合…开展, 将进一步…; to a thing or beside
# others: 将对…进行, 将配合…, 将会同…)
_WILL_ON = (rf"{_WORK_OPENS}|联合|继续|进一步|持续|启动|组织|对|配合|会同|广泛|充分|主动|"
            # (省科技厅将推广…, 省民政厅将鼓励引导…: a verb straight after 将, the organ's work to
            # come; not 将资金纳入…, 将 as 把 before what is done to)
            # (not 将召开的学术年会…, 将发布的预警信息…: the one to come, or 把 before what is done)
            r"(?:推广|鼓励|引导|支持|因地制宜|提升|扩大|新建|改造|召开|举行|发布|推出|开通|排查|检查|"
            r"宣传|培训)(?!的)")
# 下一步，… 接下来，…: the words that open the work an organ will do next, in news of its work
_NEXT_STEP = re.compile(rf"^(?:{unit_names.NEXT_STEP})[，,]")
# …and the work it will do: the will of _WILL, or who and how (将牵头…, 将由…组成, 将以…, 将按照…,
# 将把…); not what will come to it (将迎来就诊高峰, 将进入期末考试阶段)
_NEXT_WILL = re.compile(r"将(?=由|牵头|把|围绕|按照|结合|以|在|重点|坚持|根据|常态化|定期|"
                        rf"{_WILL_ON})")
# …what comes to units after 将 in its clause (将在7月10日前后迎来暑假, 将以…迎来…)
_COMES_TO = re.compile(r"[^，,。；;]*?(?:迎来|进入|迎接|面临|成为)")
_TIMED_LEDE = re.compile(r"(?:19|20)\d\d年|\d{1,2}月|[上下]半年|[一二三四]季度|明年")
# …将对其依法从重处罚, 将依法吊销…: a penalty threatened, no work to come
_SANCTION = re.compile(r"将(?:会同[^，,。；;]{1,12}?)?(?:对其)?"
                       r"(?:依法|从严|从重|严肃|坚决|一律|予以)*"
                       r"(?:处罚|查处|处理|吊销|追究|追责|问责|曝光|取缔|关停|列入|罚款)")
# 将 as 把 (将开展阳光招生作为重点工作, 将…纳入…): what was made of the work, an account
_WILL_AS_BA = re.compile(r"将[^，,。；;]{1,20}(?:作为|列为|纳入|当作|视为)")
# 各校将加强…, 各区将联合…开展: the work units will do, in news of a plan
_WILL = re.compile(rf"将(?={_WILL_ON})")
# a later piece of what 要求 asks (…；对尚未完成整改的…，制定…): work still to do, opening
# with what it is done to or its verb; not an account (目前全镇已有8个村完成…) nor a statement
# (安全生产是发展的底线)
_ASKS_WORK = re.compile(rf"^(?:{_THEN.pattern[1:]}|并|还)?(?:{owners.DONE_TO}|要|须|务必|在|于|"
                        rf"组织|{_WORK_OPENS})")
# a word of the work, not of a name (各校全面排查校…, 各地帮助企业…)
_WORK_IN_NAME = re.compile(rf"{_WORK_OPENS}|帮助|联合|排查|检查|清理|深刻|反省|做好|增强|遵守")


def _more_work(piece: str) -> bool:
    """Whether a piece after a will's semicolon is more of the work: it opens with the work's
    verb or manner (not 积极性高的…, 组织者表示…), and neither judges, tells nor counts (对此，
    不少家长表示欢迎; 共查处…)."""
    # (…；要加强…: a call's 要 before the work, in a will's later piece)
    work = _WORK_FRAME.sub("", CALL.sub("", piece))
    return _asks_work(work) and _MORE_WORK.match(work) is not None and \
        not _VERDICT_OR_ACCOUNT.search(piece) and not _VIEW_OR_TALLY.search(piece)


_MORE_WORK = re.compile(rf"^(?:{_WORK_OPENS}|组织)(?!的|性|者|点)")
# the work a stage sets, straight after its units (组织, 开展, 对…进行, 集中, 全面…)
_STAGE_WORK = re.compile(rf"(?:要|将)?(?:{_WORK_OPENS}|组织|对|集中|全面|深入|继续|启动|进行|"
                         r"持续|督促|指导|协调|配合)")
# (结合于11月份开展的秋防检查，督促各地…: what the work goes with, then the work)
_WORK_FRAME = re.compile(r"^(?:结合|围绕|依托|借助|利用)[^，,。；;]{2,30}[，,]")
_VIEW_OR_TALLY = re.compile(r"表示|认为|共[查处完]")


def _asks_work(piece: str) -> bool:
    return _ASKS_WORK.match(piece) is not None and not owners.TOLD_DONE.search(piece)


# a sentence after what 要求 asks that goes on asking: it opens with the work's verb (坚持旬通报…,
# 完善机制，…) or what it is done to (对拒不履行…的，…); not 对此，… nor where (在会议召开前，…),
# nor a verdict (加强…改造，是…重要举措; 推进…是重大民生工程) or an account (…以来，满意度
# 达到…; 投入资金…，惠及…)
# (not 积极因素…, 探索的步伐…, 积极性: the opener's word as a noun's)
_GOES_ON = re.compile(rf"^(?:{_THEN.pattern[1:]}|并|还)?(?:(?:{_WORK_OPENS})(?!的|因素|性|作用)|"
                      rf"{owners.DONE_TO}(?!此)|"
                      # (在公共服务场所开展…: where, then the work, in one clause; 在…推进中，要…:
                      # the call after the time it sets; not 在…措施出台之前，相关企业要…, a
                      # time, then another's call)
                      rf"在(?![^，,。；;：:]*(?:前|时|后|中|间|际)"
                      rf"(?:[，,](?!要|须|应|务必|必须)|$))"
                      rf"[^，,。；;：:]{{2,20}}?(?:{_WORK_OPENS})(?!的))")
# (a copula: 加强巡查是…有效手段, …，一直是…落脚点, …就是…; not 是否, 特别是, 还是, 要是)
# (…取得积极进展，全年完成…; 持续开展的…活动，使城市面貌焕然一新: results told)
_VERDICT_OR_ACCOUNT = re.compile(rf"{owners.VERDICT_IS}|以来|年来|已经|事关重大|"
                                 r"已(?:完成|建成|设立|组织|开展|实现)|惠及|累计|投入资金|"
                                 # (not 保证专项整治取得成效, 推动…取得新成效, an aim)
                                 r"(?:^|[，,])(?![^，,。；;]*(?:保证|确保|力争|争取|努力|推动|促进))"
                                 r"[^，,。；;]*取得(?!新)[^，,。；;]{0,4}(?:进展|成效|成绩|成果)|"
                                 # (持续开展的…活动，…: the work named as a thing, told of;
                                 # not 加强党的建设, a call)
                                 rf"^(?:{_WORK_OPENS})(?:{_WORK_OPENS}|开展|推进)的")
# 落实整改责任不够到位，…, …，存在一些困难: a shortfall found, said as what a clause ends with or
# opens on (not 对整改进度缓慢的村，…, 解决…人才不足问题: the fault the work fixes)
_SHORTFALL = re.compile(r"(?:不够(?:到位)?|不到位|不足|缓慢|滞后|尚不[\u4e00-\u9fff]{1,3})"
                        r"(?=[，,。；;]|$)|(?:^|[，,])存在(?:一些|不少)?(?:问题|困难|短板|差距)")
# …。要加强组织建设。: a short call, the title of the sentence after it
_SHORT_CALL_BEFORE = re.compile(r"(?:^|[。！；;])\s*要[^。！，,；;]{2,10}。$")


# who says a meeting's one request, its section: the meeting, an organ or an official by
# post (会议强调, 县政府要求, 副县长王强指出; not 专家强调, 委员王某指出), or the group an organ
# sends to inspect (检查组强调, 督导组指出, 调研组一行要求), or a plan a page reports, in its
# marks (《方案》提出, 《意见》明确; not 《人民日报》指出, a paper's comment)
_SPOKEN_FOR = re.compile(rf"^(?:会议|会上)|(?:{_POSTS})|(?:局|委|办|厅|部|政府|中心|管委会|"
                         rf"{_INSPECTING_GROUP}(?:一行)?)"
                         rf"(?:{_SAYS})|^《[^《》]{{0,38}}(?:{_PLAN_PAPER})》(?:还|同时|并)?"
                         rf"(?:{_SAYS}|提出)")


def _spoken_for(opener: str, lines: list[str]) -> bool:
    """Whether who opens a call speaks for a meeting or a body: the meeting, an official by
    his post or his organ, or a name the page gives his post before elsewhere (校长赖家荣指出，
    …。赖家荣强调，要…)."""
    if _SPOKEN_FOR.search(opener):
        # (not 全国政协常委、…副主席张华表示: a member's proposal, whatever posts he holds)
        group = _GROUP_SAYS.match(opener)
        # (not 北京大学乡村教育调研组…。调研组指出，…: a study group of scholars, no organ's)
        return _SPEAKS_AS_MEMBER.search(opener) is None and \
            not (group and any(re.search(rf"{_SCHOLARS}[^，,。；;]{{0,12}}{group.group(1)}", line)
                               for line in lines))
    name = re.sub(rf"(?:{_SAYS})$", "", opener)
    if name in ("他", "她"):
        # (县委书记佘芝云就…开展调研。他强调，要…: the official the sentence before names by his
        # post; not 某公司董事长李某发言。他强调，…, …慰问了老党员李某。他强调，…: another's
        # pronoun)
        # (…。调研中，刘丽莉对…给予了充分肯定。她强调，…: named there, by her post elsewhere)
        before = _sentence_before_pronoun(opener, lines)
        officials = {found.group("name")[:2] for line in lines for found in re.finditer(
            rf"(?:{_OFFICE_POSTS})(?P<name>[\u4e00-\u9fff]{{2,3}})", line)}
        return any(name in before for name in officials) and \
            not _PROPOSER.search(before) and not _MEMBER.search(before)
    return re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name) is not None and \
        any(re.search(rf"(?:{_OFFICE_POSTS}){re.escape(name)}", line) for line in lines)



def _sentence_before_pronoun(opener: str, lines: list[str]) -> str:
    """The sentence before the first one that opens with opener (他强调), on its line or the
    line before it: whom the pronoun stands for."""
    words = [line.strip() for line in lines if line.strip()]
    for k, line in enumerate(words):
        at = line.find(opener)
        if at < 0:
            continue
        before = line[:at].rstrip("，, ")
        if not before and k:
            before = words[k - 1]
        return re.split(r"(?<=[。！？])", before.rstrip("。！？"))[-1]
    return ""


def _called_too(piece: str) -> bool:
    """Whether a piece after a call's semicolon is one of its fellows (要认清形势…；科学
    调配，及早研判，…；明确分工…), whatever verb it opens with: not a statement of how things
    stand (节日期间人员流动大…, 部分企业…不到位, 全市安全形势稳中向好, 气象部门预测…), nor
    work told as done."""
    first = re.split(r"[，,]", piece, maxsplit=1)[0]
    # (力争把损失降到最低, 准确研判形势: an ask's own words, whatever its clause ends with)
    asks = _ASKS_IN.search(first) or _GOES_ON.match(piece)
    return not (_STATE_END.search(first) and not asks) and not _STATED.search(first) and \
        not _VERDICT_OR_ACCOUNT.search(piece) and not owners.TOLD_DONE.search(piece)


# a clause that says how things stand, by its end: a state (流动大, 风险交织叠加, 稳中向好)
# or a fault (落实不到位, 隐患较多)
_STATE_END = re.compile(r"(?:大|多|少|高|低|严峻|复杂|平稳|向好|明显|显著|突出|不够|不足|不到位|"
                        r"不规范|不力|困难|滞后|薄弱|较差|较多|较大|叠加)$")
# …or by its words: how things go on (正在, 仍然, 日益), a forecast (预测, 预计, 将有), the
# state of things (形势严峻, 形势稳中向好), some of those found at fault (部分企业, 个别单位)
_STATED = re.compile(r"正在|仍然|依然|依旧|总体|日益|越来越|一刻|形势(?:严峻|复杂|平稳|向好|稳)|"
                     rf"预测|预计|将有|偏多|偏少|{owners.SOME.pattern}")
# the marks of an ask inside a clause (力争, 确保, 把…, 要, 做到)
_ASKS_IN = re.compile(r"要|应|须|力争|确保|把|做到")


def _goes_on_with_the_units(piece: str) -> bool:
    """Whether a later sentence of a request that opens with the units it asks goes on with
    their work (会议要求，A要…。加强…。): it goes on asking, not a remark (要想…，就…), a
    sanction or a finding (对…的乡镇，县委将严肃追责; 对照上级要求，…还有差距), nor work it
    gives another (…，县财政局安排专项资金…)."""
    return not piece.startswith("要") and _goes_on_asking(piece) and \
        not _NO_GOING_ON.search(piece) and not any(
            owners.addressed_units(piece[m.end():]) or owners.doer(piece[m.end():]) or
            _SHORT_ORGAN_NAMED.match(piece[m.end():]) for m in _CLAUSE_END.finditer(piece))


# 对照…: a measure against a yardstick; …还有差距: a finding; 对…的乡镇，县委县政府将…: a
# sanction
_NO_GOING_ON = re.compile(r"^对照|还有差距|(?:委|政府)将")
_SHORT_ORGAN_NAMED = re.compile(r"[省市县区][\u4e00-\u9fff]{1,8}?(?:局|委|办|厅)")


def _goes_on_asking(piece: str) -> bool:
    """Whether a later sentence of what 要求 asks goes on asking (_GOES_ON), past the grounds
    it opens with (按照…工作要求，结合…实际，组织开展…)."""
    framed = after_framing(piece)
    # (在棚户区改造工程推进中，要有针对性…: a call, past the time in the work it is for)
    return (_GOES_ON.match(piece[framed:]) is not None or
            framed > 0 and _ASKS_ON.match(piece[framed:]) is not None) and \
        not _VERDICT_OR_ACCOUNT.search(piece) and not _FIGURES_TOLD.search(piece) and \
        not owners.TOLD_DONE.search(piece)


# 1至11月全县签约项目45个，同比增长20%; …开展禁毒宣传进校园活动86场: what was reached, counted
# (not 力争签约项目50个, 每年开展2次: a target or a cadence, which such words announce)
_FIGURES_TOLD = re.compile(r"^(?!.*(?:力争|确保|争取|达到|不少于|不低于|至少|以上|每|新建|要))"
                           r"(?=.*(?:同比|比上年|\d+至\d+月|\d+(?:个|家|起|场|项|所|次|人次)"
                           r"(?:[，,。；;]|$)))")
_HEADLINE_MAX = 40  # characters of a news headline, which no full stop closes
_SAME_OPENING = 8  # characters: two requirements that open so, one the other's start, are one


def _call_opening(text: str) -> str:
    """The first clause of a call's work, past its 要 (紧盯重点区域): two calls that share it
    are one said again (not 认真贯彻落实…决策部署 and 认真贯彻落实《防洪法》, two calls)."""
    return re.split(r"[，,。；;]", _ASKS_ON.sub("", text))[0]


def _numbered_on(items: list[Listed], kept: list[tuple[str, str | None]],
                 opener: str) -> list[Listed]:
    """A paragraph's requirements, numbered on after items; not one the items hold already."""
    # (a titled call's words close with their own full stop: one stop)
    return [Listed(len(items) + k, piece.rstrip("。") + "。", opener, carried)
            for k, (piece, carried) in
            enumerate([(p, c) for p, c in kept if not _told_again(p, items)], 1)]


def _told_again(piece: str, items: list[Listed]) -> bool:
    """Whether piece is one of items told again, whole or cut short (…加快推进 ...)."""
    words = piece.rstrip(" .…。")
    for item in items:
        other = item.text.rstrip(" .…。")
        shorter, longer = sorted((words, other), key=len)
        if len(shorter) >= _SAME_OPENING and longer.startswith(shorter):
            return True
    return False


def _subject_must(piece: str, said: re.Match[str]) -> bool:
    """Whether a sentence of what a meeting required or stressed opens with whoever must do
    it, then 要 (会议要求，全县水务系统干部职工要进一步…。…。同时，各村要…: its subject, units
    or people, then the call); not a slogan that heads the sentence after it (思想上务必要
    警惕警觉。当前…，各乡镇要…)."""
    first = _SENTENCE_END.split(_THEN.sub("", piece), 1)[0]
    return said.group("verb") in ("要求", "强调") and len(first) > _SLOGAN_MAX and \
        _MATTER_MUST.match(first) is not None


def _owned_paragraphs(lines: list[str]) -> list[tuple[str, str | None]]:
    """The longest run of paragraphs each closed by its owners, with the short titles that
    group them (全面排查整治火灾隐患 ⏎ 开展…。（市消防救援支队负责） ⏎ … ⏎ 强化重点领域火灾
    防范 ⏎ …): (paragraph, its group's title)."""
    best: list[tuple[str, str | None]] = []
    run: list[tuple[str, str | None]] = []
    title: str | None = None
    for line in lines:
        text = line.strip()
        if not text or _STAMP.match(text):
            continue
        if outline.owned_paragraph(text):
            run.append((text, title))
        elif (group := _group_title(text)) is not None:
            title = group  # (before the run's first paragraph too: it titles that one's group)
        else:
            run, title = [], None
        if len(run) > len(best):
            best = list(run)
    # the document's own title over its paragraphs groups none of them
    first = next((line.strip() for line in lines if line.strip()), None)
    return [(text, None if title == first else title) for text, title in best]


def _group_title(text: str) -> str | None:
    """The title a short line gives the paragraphs after it (强化重点领域火灾防范, 重点任务：),
    an annex's with its label dropped (附件：任务清单 → 任务清单); None for a sentence, or a
    field's label and value (联系人：张明, 完成时限：2025年3月底)."""
    label, colon, rest = re.sub(r"[:：]", "：", text).partition("：")
    if colon and rest.strip() and not _ANNEX.match(label.strip()):
        return None
    title = (rest or label).strip() if colon else text
    if len(text) > _GROUP_TITLE_MAX or not title or re.search(r"[。；;，,：:！？]", title):
        return None
    return title


_ANNEX = re.compile(r"^附[件表录]\s*\d*$")


_STAMP = re.compile(r"^[【\[][^】\]]{1,20}[】\]]$")  # 【14:00更新】: the page's, between items


def _runs(lines: list[str], belongs: Callable[[str], bool]) -> list[list[str]]:
    """The runs of consecutive paragraphs each of which belongs (blank lines and the page's
    time stamps between them part none)."""
    runs: list[list[str]] = [[]]
    for line in lines:
        text = line.strip()
        if not text or _STAMP.match(text):
            continue
        if belongs(text):
            runs[-1].append(text)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


_DATED_MIN, _DATED_MAX = 20, 400  # characters: one piece of work and its time, no article
# 日前，福州市政府办公厅下发《…方案》，明年底，…: a news page's lede, what a plan was issued to
# do by when, not a piece of its work
_LEDE = re.compile(r"^(?:日前|近日|近期|\d{1,2}月\d{1,2}日)[，,][^。；;]{0,40}?(?<![要将])"
                   r"(?:印发|下发|出台|发布|制定了)了?《")


def _dated_paragraphs(doc: Doc) -> list[str]:
    """The longest run of paragraphs each of which gives a time limit for its work (在“服务
    惠民”专项活动方面，…要求在今年6月30日之前完成…； 重点项目建设方面，…要求在6月30日前完成…):
    a report of a plan's time nodes, a paragraph a piece of work; not the day a report tells
    of (4月14日，…来到…)."""
    def dated(text: str) -> bool:
        if not _DATED_MIN <= len(text) <= _DATED_MAX or _LEDE.match(text):
            return False
        said = in_text(text, doc.issued, year=doc.year)[0]
        return said is not None and is_time_limit(said, text)
    return max(_runs(doc.lines, dated), key=len, default=[])


_MEASURE_MIN, _MEASURE_MAX = 6, 200  # characters: a measure's paragraph, no heading nor article


def _paragraph_items(lines: list[str]) -> list[str]:
    """The longest list of measures a paragraph each, most closed by a semicolon (推出青年参
    与倡议计划…；⏎ 明年起举办香港青年节；⏎ …): from the first so closed to the last, and one
    paragraph after it closed otherwise (the list's last item); three closed so at least."""
    def measure(text: str) -> bool:
        return _MEASURE_MIN <= len(text) <= _MEASURE_MAX and text[-1] not in "：:"
    best: list[str] = []
    for run in _runs(lines, measure):
        closed = [k for k, text in enumerate(run) if text[-1] in "；;"]
        if len(closed) < _MIN_PIECES:
            continue
        items = run[closed[0]:closed[-1] + 1]
        # the list's last item, closed by 。, as long as its others (not 会议指出，… after)
        after = run[closed[-1] + 1:closed[-1] + 2]
        if after and len(after[0]) <= 2 * sum(map(len, items)) / len(items):
            items += after
        if len(closed) * 2 >= len(items) and len(items) > len(best):
            best = [text.rstrip("；; ") for text in items]
    return best


# 老旧小区及外立面改造。改造老旧小区涉及受益居民659户，项目计划…: a paragraph that opens with
# its work's name as a short sentence of its own, then tells of it
_TITLED = re.compile(r"^(?![^。]{2,20}(?:出席|主持|参加)(?:了)?(?:会议|活动)?(?:并[^。]{0,4})?。)"
                     r"[^，,。；;：:！？\s（(【\[]{2,20}。\S{6,}")
# (not 市卫健委副主任李某参加会议并讲话。…: who attended, the report's close, no work's name)
_TITLED_MIN = 4  # such paragraphs in a row: a list of projects, not prose
_MEASURED = re.compile(r"\d|[一二三四五六七八九十]+月|年底|年内")


def _titled_paragraphs(lines: list[str]) -> list[str]:
    """The longest run of paragraphs, four at least, each opening with its work's name as a
    short sentence of its own (建设农村饮水工程。积极对上争取…。 ⏎ 农村公路提质改造。…): a news
    page's list of a year's projects, with no numbers."""
    def titled(text: str) -> bool:
        return _TITLED.match(text) is not None and len(text) <= _ANNOUNCED_MAX

    def between(text: str) -> bool:  # (a paragraph of the same length, no title)
        return _ANNOUNCED_MIN <= len(text) <= _ANNOUNCED_MAX and text[-1] in "。！"

    def work(text: str) -> bool:  # (that opens with its work or its units: not 据了解，…)
        return _goes_on_asking(text) or owners.leading_subject(text) is not None
    best: list[str] = []
    for run in _runs(lines, lambda text: titled(text) or between(text)):
        # (开展耕地质量等级评价，科学…。 between 布设田间试验。… and 加强院地技术合作。…: one of
        # the list whose name runs on into its words; one alone, titled ones on both sides; an
        # aside there, 据了解，该项目总投资…。, keeps the run but is none of it)
        kept: list[str] = []
        for k, text in enumerate(run + [""]):
            flanked = bool(kept) and k + 1 < len(run) and titled(run[k + 1]) and \
                titled(kept[-1])
            if text and (titled(text) or (flanked and work(text))):
                kept.append(text)
                continue
            if text and flanked:
                continue
            if sum(map(titled, kept)) > sum(map(titled, best)):
                best = kept
            kept = [text] if text and titled(text) else []
    # (a third of them, at least, give a figure or a time: a list of work, not a piece of
    # prose in short sentences, 爱岗敬业。他长期… or 会议指出。…)
    measured = sum(1 for text in best if _MEASURED.search(text))
    if sum(map(titled, best)) >= _TITLED_MIN and measured * 3 >= len(best):
        return best
    # (精准提升竹业基地品质。加快建成…: three or more whose names are each a title of work, a
    # verb first, no figure needed)
    # (not 强化组织领导。该县成立了…: a report's headings over what was done)
    return best if len(best) >= _MIN_PIECES and all(
        _WORK_TITLE.fullmatch(text.split("。", 1)[0]) and
        not _DONE_IN_BODY.search(text.split("。", 1)[-1]) for text in best) else []


# what was done, in a titled paragraph's words (成立了, 营造了, 已…)
_DONE_IN_BODY = re.compile(r"(?:成立|建立|营造|完成|开展|制定|出台|印发|召开|取得|形成|建成|"
                           r"通报|实现|组建|设立|缓解|压缩)了|已(?:经|完成|建成)")


# a work's name that is a title of work: its verb first, or the manner of it (精准提升竹业基地
# 品质, 大力培育竹业知名品牌), in a few characters and no figure
_WORK_TITLE = re.compile(rf"(?:大力|积极|着力|全力|切实|持续|全面|精准|深入|进一步)?"
                         rf"(?:{owners.WORK_VERBS}|强化|深化|优化|提升|提高|推动|培育|打造|构建|"
                         r"加大|严格|规范|拓展|促进|创新|做强|做优|做大|聚焦|坚持|狠抓|发展|"
                         r"壮大|夯实|筑牢|健全|扩大|保障|支持)[^，,；;：:！？\d“”]{2,12}")


_ANNOUNCING_MIN = 6  # characters: a line that announces a list, not a label (附件：)
# the words that announce a list (具体如下：, 十大民生项目：, 主要有以下几项：), not a speech
# reported (张某在讲话中指出：)
_ANNOUNCES = re.compile(r"如下|以下|下列|具体|分别|主要有|包括|"
                        r"[一二三四五六七八九十两\d]+\s*(?:件|项|个|大|条|方面)")
_ANNOUNCED_MIN, _ANNOUNCED_MAX = 20, 400  # characters: a measure's paragraph, no article


# the list's first paragraph run on after the announcing colon opens with its item's name as
# a short sentence of its own (…分别为：新建幼儿园项目。针对…), not a summary (…包括：教育、医疗…)
_FIRST_NAMED = re.compile(r"^[^，,。；;：:]{2,20}。")


def _run_on_first(text: str) -> tuple[str, str]:
    """(the announcing words up to the colon, the first paragraph after it) where a line
    runs the list's first paragraph on after its colon, else (the line, "")."""
    at = max(text.rfind("："), text.rfind(":"))
    first = text[at + 1:].strip()
    if at < 0 or len(first) < _ANNOUNCED_MIN or not _FIRST_NAMED.match(first):
        return text, ""
    return text[:at + 1], first



def _announced_paragraphs(lines: list[str]) -> list[str]:
    """The paragraphs a line closed by a colon announces, each a whole sentence or more (…提
    出十大民生项目清单。具体如下： ⏎ 推动保障性住房建设，…。 ⏎ 实施人居环境提升工程，…。):
    a news page's list of a plan's measures. A paragraph cut with the page, no sentence's
    end, is no item."""
    best: list[str] = []
    texts = [line.strip() for line in lines]
    # ((相关资料图): a picture's caption between items)
    texts = [t for t in texts if t and not _STAMP.match(t) and not outline.CAPTION.match(t)]
    for k, text in enumerate(texts[:-1]):
        # (…八项民生实事项目分别为：新建幼儿园项目。…: the first run on after the colon)
        text, first = _run_on_first(text)
        if len(text) < _ANNOUNCING_MIN or text[-1] not in "：:" or not _ANNOUNCES.search(text):
            continue
        run: list[str] = []
        for after in ([first] if first else []) + texts[k + 1:]:
            if not (_ANNOUNCED_MIN <= len(after) <= _ANNOUNCED_MAX and after[-1] in "。；;！!"):
                break
            run.append(after.rstrip("；;。 "))
        if len(run) > len(best):
            best = run
    return best


def _time_limit_in(words: str, doc: Doc) -> tuple[str, Reading] | tuple[None, None]:
    """(the words, their reading) of the time limit words give, else (None, None)."""
    found = in_text(words, doc.issued, year=doc.year)
    return found if found[0] is not None and is_time_limit(found[0], words) else (None, None)


def _gives_time_limit(words: str, doc: Doc) -> bool:
    """Whether words give a time limit, one of a year the page does not print among them
    (问题户厕9月底前全面整改清零 on a page with no date; not in an ask told as made on a day
    gone by, 今年3月，县政府印发通知，各乡镇要在6月底前完成…)."""
    return _time_limit_in(words, doc)[0] is not None or doc.issued is None and doc.year is None \
        and in_text(words, SOME_DAY)[0] is not None and not _TOLD_ON_A_DAY.match(words)


# 今年3月，…; 5月8日，…: a sentence that opens with the day its news happened
_TOLD_ON_A_DAY = re.compile(r"^(?:今年|去年)?\d{1,2}月(?:\d{1,2}日)?(?:[上下]午)?[，,]")


# 根据安排，…; 为做好…，…; 秸秆禁烧事关大气质量，…; 户厕整改是一件实事，…: the basis or the
# purpose of an ask, or what is at stake in it, said before the units it asks (not one who
# speaks, complains or explains: 市民反映, 专家介绍, 负责人称)
_PURPOSE_OR_STAKES = re.compile(r"^(?:根据|按照|依据|为了?|围绕|针对)[^，,；;：:]{0,40}$|"
                                r"^[^，,；;：:]{2,30}(?:事关|关系到?|关乎|是)[^，,；;：:]{2,30}$|"
                                # (好的旅游厕所环境对…具有重要的促进作用，各相关责任单位要…)
                                r"^[^，,；;：:]{2,50}(?:具有|有着|发挥着?)[^，,；;：:]{0,6}重要"
                                r"[^，,；;：:]{0,6}(?:意义|作用)$|"
                                r"^[^，,；;：:]{2,30}(?:至关重要|意义重大)$|"
                                # (现将《…》转发给你们，请各县…: the notice it hands on)
                                r"^现将[^；;：:]{2,120}?(?:转发|印发|下发|发)给你们$")


# a statement of what is at stake, then a call with 要 in the same sentence (…是…重要抓手，要…)
# 针对排查出的问题，要…; 为确保…，要…: what a call is about or for, then the call
# (贯彻落实好…机制，要把…: the work the call is for, first; not 抓好…建设，要起到…作用, a
# call and what it is to bring)
_FRAMED_CALL = re.compile(r"^(?:针对|为了?|围绕|对于|贯彻落实好?)"
                          r"(?:[^。；;，,]{2,40}[，,]){1,2}"
                          # (not 要实现根本好转还需要较长时间: 要 of "for … to", then what it takes)
                          r"(?P<call>要(?![求素点件道害是])(?![^，,。；;]*(?:还需|需要|才能|必须先))"
                          r"[^。；;]{4,})")


# units, then the partner word, opening what is asked (市教育局会同市卫健委…开展…)
_UNITS_WITH_PARTNER = re.compile(rf"^[^，,。；;]{{2,30}}?{owners.PARTNER}")


def _official_caller(who: str) -> bool:
    """Whether who is one whose bare 要求 binds units: a meeting, a paper, an organ, an
    official by his post, or a name alone (董连民要求: one the page names by his post), the
    pronoun too; not the public, a side in talks (美方, 外方), a member's or a deputy's
    proposal, a hearing's participants."""
    # (发改委进一步要求, 通知明确要求: how it asks, after who)
    who = re.sub(r"(?:进一步|明确|还|也|同时|再次|特别|并|又)+$", "",
                 _AT_MEETING.sub("", who).strip())
    if not who:
        return False
    # (a meeting, an official by his post, 镇党委委员、副镇长李华, or an organ of a long name,
    # 市卫生健康委员会: as _spoken_for reads one who speaks for a body)
    if _SPOKEN_FOR.search(who + "要求") is not None or \
            unit_names.read(who, organs_only=True) is not None:
        return True
    if _DEMANDER.search(who) or _PUBLIC.match(who) or \
            re.search(r"委员(?!会)|代表|会长|参加人|方$", who):
        return False
    # (a name alone, not a role ending in 人 or 者: 申请人, 当事人, 消费者)
    return who in ("他", "她") or \
        _PAPER_SAYS.fullmatch(_ISSUED_BY.sub("", who)) is not None or \
        re.search(rf"(?:{_PLAN_PAPER})$", who) is not None or \
        re.fullmatch(r"[\u4e00-\u9fff]{1,2}[^\W人者]", who) is not None


def _bare_request(said: re.Match[str], rest: str, line: str) -> bool:
    """Whether what a speaker's 要求 asks for is its words as they stand, no 要 of their own
    in them (会议要求，紧紧围绕…，采取切实有效措施…；同时深挖…: each piece a call). Not where:
    - the paragraph goes on with calls of its own (要求，根据…。对于…，相关部门要…);
    - none is named who asks (按照要求，…), or units are asked to act on it (请各地根据通知
      要求，…), or the requirements are a thing (…提出了具体要求，现将通知转发你们);
    - the words open with the units that do them and those they work with (通知要求，市教育局
      会同市卫健委…开展…；…: their list, read as such);
    - a clause of its first sentence asks units of their own (通知要求，每批次…执行前，各地医保
      部门应…: theirs is the call);
    - 要求 is negated or a thing met (不再要求，…; 质量符合要求，…);
    - who asks is none whose word binds units (听证参加人要求, 美方要求, 商会会长要求, 政协委员
      李明要求: a demand, a proposal; _official_caller)."""
    if said.group("verb") != "要求" or not _official_caller(said.group("who")):
        return False
    # (the clause the word closes, read in the line: a paper's word may be matched apart)
    at = line.find(rest.strip()[:20]) if rest.strip() else -1
    said_in = line[:at].rstrip(" ，,：:") if at > 0 else said.string[:said.end("verb")]
    clause = re.split(r"[。；;，,！]", said_in)[-1].removesuffix("要求")
    return not re.search(r"根据|按照|依据|遵照|^请", clause) and \
        not re.search(r"(?:了|的|具体|有关|相关|提出|新|工作|各项|符合|达到|满足|不再|不|无须|"
                      r"并未|未|没有|不得)$", clause) and \
        _CALLS_IN.search(rest) is None and not _framed_calls(rest) and \
        not _UNITS_WITH_PARTNER.match(rest.lstrip()) and \
        not any(owners.addressed_units(piece.strip()) is not None
                for piece in re.split(r"[，,]", re.split(r"[。；;！]", rest.strip())[0]))


def _framed_calls(rest: str) -> bool:
    """Whether a sentence of rest is a framed call (针对…，要…): a paragraph of calls, cut at
    each sentence."""
    return any(_FRAMED_CALL.match(sentence.strip(" ，," + PARAGRAPH))
               for sentence in _SENTENCE_END.split(rest))


_STRESSED_PIECES = 3  # pieces of a sentence of what is stressed: a list of work
# the work a stressed call opens with
# (必须压实…, 务必做好…: as firm a call, the same work; 压实…, 务必于…前完成…: a call too; a
# headline run together, 王某在…会上强调压实…, _required passes over by its missing marks)
_STRESSED_WORK = re.compile(rf"^(?:必须|务必)?(?:重点|着力|全力|切实|进一步)?"
                            rf"(?:{owners.WORK_VERBS}|强化|深化|提升|提高|推动|坚持)|"
                            r"^(?:必须|务必|切实)?压实|^(?:必须|务必)(?:于|在)[^，,。；;]{2,16}?(?:前|底)")
# (a sentence that says what the work is, 健全…机制，是…紧迫任务 / 做好…工作责任重大，…; or
# that calls further on, 抓好…，各工作组要…: no call in its opening words)
# (not 要点, 要求: nouns, no call)
_STATED_OR_CALLED = re.compile(rf"是|事关|关系|关乎|重大|深远|意义|至关|"
                               rf"要(?![{outline.NOUN_AFTER_YAO}])|"
                               # (提高居民收入有助于…, 推进乡村振兴，关键在人: a view of what
                               # the work does or needs)
                               r"有助于|将会?带来|可以进一步|关键在|在于|重在|离不开|取决于")
# (or the moment: 当前正值春季防控的关键时期，要…)
_STAKES_THEN_CALL = re.compile(r"^(?P<stakes>[^。；;]{2,60}?"
                               r"(?:是|在于|事关|关系到?|关乎|至关重要|意义重大)[^。；;]{0,60}?|"
                               # (not 当前要…, 现在起至6月底, 目前还有3个村未完成…: a call, its
                               # time, the state it answers)
                               r"(?:当前|目前|眼下)(?:正值|正处于?|正是|已?进入|处于)"
                               r"[^。；;，,要须\d]{2,38})"
                               r"[，,](?P<call>要(?![求素点件道害是])[^。；;]{6,})$")


def _from_units(sentence: str) -> str:
    """sentence from the units it asks, where a clause of the ask's basis, purpose or stakes
    comes first and gives no time of the work (秸秆禁烧事关大气质量，各街道一定要…: from
    各街道, a request that opens with its units); else sentence as it stands (市民反映，各部门
    要…: no one's request)."""
    if owners.opens_addressed(sentence):
        return sentence
    for m in re.finditer(r"[，,]", sentence.split("。", 1)[0]):
        rest = sentence[m.end():]
        if owners.opens_addressed(rest) or (
                rest.startswith("请") and owners.addressed_to(rest, every_kind=True)):
            framing = sentence[:m.start()]
            return rest if _PURPOSE_OR_STAKES.match(framing) and \
                in_text(framing, SOME_DAY)[0] is None else sentence
    return sentence


class RunInList:
    name = "无编号列举"
    ceiling = 0.1
    prose = True  # (its sentences read out of prose: no cover letter's time limit before them)

    def recognise(self, doc: Doc) -> float | None:
        if doc.items() or doc.table() is not None:
            return None
        return 0.1 if doc.memo("run_in_list", lambda: _listed(doc)) else None

    def read(self, doc: Doc) -> list[Found]:
        tasks: list[Found] = []
        listed = doc.memo("run_in_list", lambda: _listed(doc))
        # numbered again in each paragraph: each paragraph a part, for the tasks' ids
        restarts = any(item.seq == 1 for item in listed[1:])
        part = 0
        for item in listed:
            seq, text, section, carried = item.seq, item.text, item.section, item.carried
            if seq == 1:
                part += 1
            marker = owners.marker_at_end(text)
            # (or the units the item is addressed to: 区教育局要…)
            # (由A牵头，B、C配合，…: the clauses name the lead and those who help, which
            # by_line, reading the 由 clause alone, would not)
            subject = owners.leading_subject(text, doc.issued)
            named = owners.parse(carried + "负责", doc.issued) if carried and item.directed \
                else owners.parse(marker[1], doc.issued) if marker else \
                owners.addressed_to(text, doc.issued, every_kind=True) or \
                (subject if text.startswith("由") else None) or \
                owners.by_line(text, doc.issued) or subject or \
                owners.duty_clauses(text, doc.issued) or \
                _carried_owners(carried, text, doc.issued)
            text = text[:marker[0]].rstrip() if marker else text
            body, due_text = split_deadline(text, doc.issued)
            # (4月14日，…来到…: the day reported, no time limit; else the time the words that
            # announce the list give all its items)
            reading_text, reading = (None, None) if due_text else _time_limit_in(text, doc)
            if not due_text and reading_text is None and item.when:
                reading_text, reading = _time_limit_in(item.when, doc)
                if reading_text is None and _STAGE.match(item.when):
                    # (3至4月，…: a stage's work is due by its last month's end)
                    reading_text, reading = in_text(item.when, doc.issued, year=doc.year)
            task, doubts = make_task(seq, text, named.names, due_text, doc.issued,
                                     section=section, lead=named.leads, others=named.vague,
                                     repeat=None if due_text else cadence(text),
                                     # (the work's words, else, where the time at the
                                     # end took them all, those before it)
                                     title_from=(_directed_work(text, named.names)
                                                 if item.directed else None) or
                                     _work_of(body if due_text else text, named.names) or
                                     (_work_of(text, named.names) if due_text else None) or
                                     (body if due_text else None),
                                     reading=reading, reading_text=reading_text, year=doc.year)
            tasks.append(Found(task, doubts, part if restarts else None))
        return tasks
