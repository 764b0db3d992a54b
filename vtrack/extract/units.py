"""What a unit's name looks like, so that a list of units is recognised wherever a plan puts
it (a bracket, a cell, a line of its own, a sentence) and not only after a marker word.

A unit is an optional level or place (国家 省 市 县 区 镇 乡 街道 各, or a place's name: 鄂州市,
高新区), a body, and an ending that names an organ (局 委 办 厅 部 署 院 会 中心 政府 管委会
集团 公司 科 处 室 所 队 站 行 社 团 联 委员会 办公室 领导小组 …); a place standing as a unit
(各街道, 各县（市、区）) counts where a list says who does the work. People are not units:
王强, 王强同志, 分管副县长 — they are leaders, kept apart.

    is_unit(text, known=())        -> bool: one unit's name
    split_units(text, known=())    -> list[str] | None: the names of a list of units, or
                                      None when text is not one (a sentence, a scope, people)
    read(text, known=(), organs_only=False)
                                   -> Reading | None: the same list with its leads (A*),
                                      people and whether it names only some (等有关部门和单位);
                                      organs_only: not places alone, not 试行 or 某某集团
    listed(text)                   -> Reading: text read as a list whatever it holds
    is_person(text)                -> bool: 王强, 李明同志, 分管副县长
    join_lines(text)               -> str: a cell's lines, units on lines of their own apart
    is_list(text)                  -> bool: a list of units, the registry's or the grammar's
    is_short_organ(name)           -> bool: 妇联, 团委: an organ of two characters
    without_ending(name)           -> str: the name without its organ's ending
    the_organs_named(lines)        -> list[str]: each 该局 written as the organ it means
"""
from __future__ import annotations

import functools
import re
from collections.abc import Collection
from dataclasses import dataclass, field

from ..departments import (
    CLOSING,
    COUNTED,
    EVERY_ORGAN_KIND,
    LEVELS_TOGETHER,
    NOT_A_LEVEL,
    OPENING,
    SELF,
    identity,
    lead_marked,
    looks_like_units,
    units,
)

# a converter's romanisation left inside a name: 市商務(wù)局, 市商务（wu）局
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_RESIDUE = re.compile(rf"(?<=[\u4e00-\u9fff])[（(][a-zA-Z{_TONED}]{{1,7}}[）)]"
                      rf"(?=[\u4e00-\u9fff]|$)")
# 教育部等有关部门和单位: the named ones, and more
_BODIES = r"(?:部门|单位|机构|企业|组织|处室|科室|司局)"  # what a vague tail calls the rest
# (…、盐务等多部门, 等7个部门, 等十部门: the rest counted, or said to be many)
_COUNT_OF = r"(?:多|多个|多家|[一二三四五六七八九十两\d]{1,3}[个家]?)?"
# (…等部门, 等6个单位, 等相关部门 at a list's end: the rest, said and not named)
REST_AFTER = re.compile(rf"等(?:其他|其它|各)?(?:有关|相关)?{_COUNT_OF}{_BODIES}?$")
_VAGUE_TAIL = re.compile(rf"等(?:其他|其它|各)?(?:有关|相关)?{_COUNT_OF}{_BODIES}"
                         rf"(?:[（(](?:部门|单位|机构)[)）])?"
                         rf"(?:[和及与、](?:其他|其它)?(?:有关|相关)?{_BODIES})*"
                         r"(?=$|[，,；;。、]|负责|牵头|配合|参与|落实|按职责|分工|共同|分别)")
# 等省有关部门和各地级以上市人民政府, 等省直各部门（单位）和各市（州）人民政府, 等国务院相关
# 部门及各地区: the named ones, more of that level, and another unit
_VAGUE_LEVEL = re.compile(r"等(?:[省市州县区镇乡]级?|[省市州县区]直|国务院|中央)"
                          r"(?=(?:其他|其它|各)?(?:有关|相关)?(?:部门|单位|机构))")
_VAGUE_THEN = re.compile(r"等(?:其他|其它|各)?(?:有关|相关)?(?:部门|单位|机构)"
                         r"(?:[（(](?:部门|单位|机构)[)）])?[和及与]"
                         r"(?=[\u4e00-\u9fff]{2})(?!(?:其他|其它)?(?:有关|相关)?(?:部门|单位|机构))")
# a mark before or after a unit's name that makes it the lead: *市教育局, 市教育局★, ▲发改局
# one mark only: a run of them (**镇) stands for a name left out, as 某 does
_STARS = "*＊※★☆▲△"
LEAD_MARK = re.compile(rf"^\s*[{_STARS}](?![{_STARS}])\s*|(?<![{_STARS}])\s*[{_STARS}]\s*$")
_CO_MARK = re.compile(r"[（(]\s*(?:配合|协办|参与|协同|责任)(?:单位|部门)?\s*[）)]$")
_NOTE = re.compile(r"[（(]([^（）()]+)[）)]$")
# （99分）, （-2分）, （扣2分）, （得分99分）, （99分，优秀）: a check's marks
_SCORE = re.compile(r"[（(]\s*(?:扣|得分|得|加)?\s*[-+−]?\d+(?:\.\d+)?\s*分"
                    r"(?:\s*[，,、]\s*[\u4e00-\u9fff]{1,4})?\s*[）)]$")
_PERSON_LABEL = re.compile(r"^(?:[^：:]{0,6}(?:领导|负责人|联系人|责任人|长|书记|主任))[:：]")

# the words of when, or of what joins a sentence, that may stand straight before an organ's
# name and are none of it (近日市文旅局将…, 近年来县交通运输局…, 本周各部门…)
# the work to come, as a page tells it (下一步，…; 下阶段区住建局将…)
NEXT_STEP = r"下一步|下步|下一阶段|下阶段|接下来"
# (因此各单位要…, 为此县民政局…: what the sentence before leads to)
TIME_BEFORE = (r"近日|日前|近期|目前|当前|今年|明年|同时|此外|随后|随即|今后|此后|届时|眼下|"
               # (昨天市旅游局公布…, 会上市教育局…: a news day or setting, no name's part)
               r"昨日|昨天|今天|今日|会上|"
               r"因此|为此|所以|因而|故此|上半年|下半年|全年|年内|今冬明春|"
               rf"紧接着|{NEXT_STEP}|本周|本月|本年|近年来|多年来|历年来|"
               r"[\u4e00-\u9fff]{0,3}以来|"
               # (必要时县委办公室可派人…: when the organ steps in, no part of its name)
               r"必要时|需要时|适时|"
               # (行动中，县农业农村局负责…, 春节期间，各单位…: the time of the work it sets)
               r"[\u4e00-\u9fff]{1,4}(?:中|期间)(?=[，,])|"
               r"(?:19|20)\d\d年(?![\d度底末内初])")  # (2015年教育部将…: the year of the work)
# endings of an organ's name, longest first where one ends another
_ORGAN_END = ("领导小组|工作专班|委员会|办公室|管委会|管理委员会|指挥部|政府|中心|集团|公司|"
              "银行|分行|支行|医院|学校|学院|大学|法院|检察院|海关|总局|分局|支队|大队|中队|"
              "部门|单位|企业|机构|机关|党组织|协会|工会|商会|专班|小组|局|委|办|厅|部|署|院|会|科|"
              "处|室|所|股|队|站|(?<=[商建工农中交招信发人])行|社|团|团体|联|协|馆|校|小学|中学|幼儿园|"
              "组|园|台|场|司|总支|厂")
# (行 ends a bank's name only, 农商行 人行 农发行: not 各中队自行, which a verb ends)
# the endings of a government's own organs: a bracket of these alone is an owner list
# (居委会, 村委会: the grassroots' own committees, the bodies a village's or a community's work
# is given to)
_GOVERNMENT_END = re.compile(r"(?:局|委|办|厅|部|署|院|中心|政府|管委会?|[居村]委会|委员会|办公室|"
                             r"领导小组|指挥部|专班|海关|街道|乡镇)$")
# a place standing for its government or its people: 各街道, 高新区, 各县（市、区）
PLACE_END = ("自治区|省份|自治州|开发区|高新区|新区|园区|街道|社区|乡镇|镇街|街镇|县市区|县区|市区|"
             "省|市|州|县|区|镇|乡|旗|村|村居")
_ORGAN = re.compile(rf"(?:{_ORGAN_END})$")
# a whole sector's bodies at a level, its scope first (全市文化系统, 全省林业系统, 我区体育
# 系统; not 政务信息系统, a thing, nor 生态环境系统 or 县交通运输系统 with no scope word)
_SECTOR_WHOLE = re.compile(r"^(?:全国|全省|全市|全州|全县|全区|全局|全系统|各级|我[省市州县区])"
                           r"(?:(?![和及与])[\u4e00-\u9fff]){2,8}系统$")
# the last characters a unit's name can have: a cheap first look before reading one (the name
# as read() cleans it: raw words may end otherwise, in a lead mark *, a 〔〕 bracket, a
# traditional form, and still read as units)
END_CHARS = frozenset(w[-1] for w in f"{_ORGAN_END}|{PLACE_END}".split("|")) | {"）", ")", "统"}


def ends_as_name(words: str) -> bool:
    """Whether words end as a unit's name does (END_CHARS), the marks closing a list and a
    lead's mark after its last name aside (县应急局、县水利局*): the cheap look before read()."""
    return words.rstrip(" 。；;，,、").rstrip(_STARS)[-1:] in END_CHARS


# the words of who scores, checks or guides the work (考核单位, 督导部门, 指导科室): they
# oversee those who do it, and are none of its owners
OVERSEER_WORDS = "评分|考核|督导|督查|督办|指导|监督|评估"
# a label or a column of those who check the work (督导单位, 整改验收部门: the check of a
# rectification by another than its owner): not its owners; 验收单位 alone, in a plan whose
# work is the check, are the ones who do it
OVERSEER_LABEL = rf"(?:{OVERSEER_WORDS}|整改(?:验收|复查|核查))(?:单位|部门|处室|科室|股室|机构)"
# an ending that also ends ordinary words (试行, 社会, 产业园): an organ only after a level or a
# longer body
# (管委会, 委员会: a committee, strong wherever it stands)
_WEAK_END = re.compile(r"(?:行|社|团|联|协|组|园|台|场|(?<!管委)(?<!委员)(?<![居村]委)会|所|站|室|"
                       r"馆|校|科|队|处|司|厂)$")
# (not the 市 of 市场: 农贸市场 is a place of trade, no level's body)
_LEVEL = re.compile(r"^(?:国家|中央|全国|省|市(?!场)|州|县|区|旗|镇|乡|街道|各|"
                    r"[^\s]{1,6}?(?:省|市(?!场)|州|县|区|旗|镇|乡))")
# (各街: every street office, its short name after 各)
_PLACE = re.compile(rf"(?:{PLACE_END})(?:（[^（）]{{1,8}}）)?$|"
                    r"^各[^（）]*（[^（）]{1,8}）$|^各街$")
# verbs that end a name (A报请B审批: a unit asking another, two names and a verb; 市委宣传部
# 部署; X公司作为备选单位): held by no name, in _NOT_NAME and _PARTICLE alike
# (会议提出互联网平台企业…: what a meeting puts to them; not 提出部门, the one that proposes)
# (上报省发展改革委: the verb, then the body reported to; not 县数据上报中心, a body's own name)
_ASKING_VERBS = r"报请|提请|报送|报经|上报(?=[省市州县区国])|商请|部署|作为|提出(?!部门|单位|方)"
# 推进, a verb of the work, but in the name of a body set up to push work on (自贸试验区推进工作
# 领导小组, 推进办; not 县自然资源局推进办证, the organ's verb after its ending)
# (…治理工作推进机制办公室, 推进机制各成员单位: a standing mechanism's office or members)
_PUSHING = (r"(?<=[局委办厅院])推进|"
            r"推进(?!(?:工作)?(?:领导小组|小组|办公室|指挥部|专班|委员会|中心|办|"
            r"机制(?:办公室|(?:各|相关|有关)?成员单位))"
            r"(?:$|[、，,和及与]))")
# 对台 of an office's name (市委对台办), not 对台账, 对台风: what work is done to
TAIWAN_AFFAIRS = r"台(?![账风])"
# the 对 of what work is done to (对全市…, 对台风…, 对台账…), not a name's own (对外, 对口, 对台)
DONE_TO_OPENS = rf"对(?![外口]|{TAIWAN_AFFAIRS})"
# right after an organ's ending (卫生健康行政部门|对…, 市交通局|依法…): where a sentence's words
# glued to its name begin
_AFTER_ORGAN = r"(?:(?<=部门)|(?<=机构)|(?<=机关)|(?<=[局委厅]))"
# 在, but not in 所在 nor in the centre's bodies in a province (中央在甘各有关单位; not 团中央在
# 河北省滦州市…, where it works)
_IN_NOT_NAME = (r"(?<!所)(?:(?<!中央)在|"
                r"在(?![\u4e00-\u9fff](?:各有关|各|有关|相关)?(?:单位|企业|机构|部门)))")
# words a name never holds: a sentence's verbs and particles (在, as above)
_NOT_NAME = re.compile(rf"[的了着把将被须需并或如已未]|{_IN_NOT_NAME}|"
                       r"按照|按职责|分工(?!会)|根据|依据|依托|"
                       # (经研究确定…名单, …与托育机构通过协商, 由班子成员带队: a decision, a
                       # means, who leads a team; 对此次工作会议提出要求: this time, a meeting)
                       r"同志|要求|经研究|通过|带队|^(?:此次|本次|这次|该次)|"
                       r"表示|指出|强调|认为|希望|^[他她]|"  # (他表示人保公司…: a speaker's words)
                       # (防汛工作事关全县, 整改情况报县安委办: what a thing concerns, where it
                       # is sent)
                       r"事关|(?:^|情况|材料|结果)报(?=[省市州县区])|"
                       r"(?:工作|座谈|推进|调度|部署|动员)会$|"
                       rf"{_PUSHING}|加强|举办|召开|{_ASKING_VERBS}|"
                       # (建立侨联组织, 实现全区侨联组织全覆盖: a body set up, or reached, is
                       # work, no name)
                       r"建立|成立|设立|实现|"
                       # (请各区、县招投标监管部门下载所属区（县）管…: the bodies, then their work)
                       r"下载|上传|填写|填报|"
                       r"开展|完善|落实|做好|抓好|确保|健全|深化|强化|负责|配合|参与|牵头|承担|加快|提高|提升|明确|"
                       r"形成|普遍|导致|"
                       # (各乡街妇联利用好社区家长学校: a verb made whole by 好, then its object)
                       r"(?:利用|用|管|建|守|护|带|办|落实|把握|发挥)好|"
                       r"组织实施|适用|范围|(?<!级)以上|以下|不少于|达到|完成|左右|同比|"
                       # (规划建设好广大农村: the countryside at large, no body's name; nor 美丽
                       # 乡村, 助力建设宜居宜业和美乡村: the countryside, no township's or
                       # village's, but every one of them, 各乡村, 各乡镇乡村, or the levels,
                       # 县乡村, 镇乡村)
                       r"广大|^[^各]*(?<![全省市州县区城镇])乡村$|"
                       # (记者程远州, 记者从市交通局获悉: a reporter, whose name may end as a
                       # place's; 交通运输部副部长刘小明: an organ's head by name, a person)
                       r"^(?:本报|本台|本网)?(?:记者|通讯员)|(?:部|厅|局|委|办)副?(?:部长|厅长|局长|主任)|"
                       # (县水利局督促各水库管理单位: an organ that sets another to work; not
                       # 指导 or 协调, which name organs too: 指导中心, 协调科)
                       r"督促|责成|发动|参加|于(?=\d)|"  # (央企于2012年…前向…: a time, no name)
                       # (尽快向各主管部门提交…: how soon, then to whom the thing goes; …街道办事处
                       # 尽快出台…: the units, then how soon they act; no name)
                       r"^(?:尽快|立即)?向(?=各|有关|相关|[省市州县区乡镇])|(?<!^)(?:尽快|立即)|"
                       r"所称|"  # (本办法所称政府…: what a rule's words mean, no name)
                       # (养犬人自本通告发布之日起10日内到畜牧兽医部门: a time limit, then where
                       # they go, no name)
                       r"之日起|即日起|\d{1,3}\s*(?:个工作日|工作日|日|天|个月)内|"
                       # (商户退租前停办: a verb of 办, what is done, no office's 办)
                       r"(?:停|举|代|包|缓)办$|"
                       # (各子课题组长集中…: people by their post, then what they are to do)
                       r"组长(?=.)|"
                       # (统筹组织各党支部, 指导各会员企业: an organ setting every one of a
                       # kind to work)
                       # (主要考核各村…, 检查各乡镇…: every one of a kind checked)
                       r"(?:组织|指导|协调|考核|检查|督查|督导|抽查|巡查|调度|动员)"
                       r"(?=各|有关|相关)|^积极|"
                       # (各位委员, 各位企业家: people spoken to, no body)
                       r"^各位|"
                       # (县科技局积极引导和支持科技企业: an organ's ending, then its manner or
                       # its verb, and what it works on)
                       # (各县供销社总结基层供销社…: what it reports on, after it)
                       r"(?:(?<=[局委厅社])|(?<=部门)|(?<=机构))"
                       r"(?:积极|主动|认真|切实|大力|全力|引导|支持|鼓励|推动|总结|汇总|上报|报送)|"
                       # (村（居）向镇人民政府报告: the body it reports to, after it)
                       r"(?<=[\u4e00-\u9fff）)])向(?=[省市州县区乡镇][\u4e00-\u9fff]{0,8}"
                       r"(?:政府|局|委|办|厅|部|中心))|"
                       # (…，更是政府应尽的职责; 明确各地教育部门要…: what a thing is, what a
                       # notice makes plain, before the organ)
                       r"^(?:更|也|还|就|都|正)?是|^明确|"
                       # (近日市文旅局将…, 同时县教育局…: when, or what joins the sentence,
                       # before the organ)
                       rf"^(?:{TIME_BEFORE})|"
                       # (优化职业教育布局, 发展格局: 局 as the lie of things, no bureau)
                       r"(?:布|格|全|大|开|结|变|时|残)局$|"
                       # (阅读全部, 企业内部: 部 as all or inside of a thing, no department)
                       r"(?:全|局|内|外|细)部$|"
                       # (落到实处, 抓在实处: the work made real, no division's 处)
                       r"[到在]实处$|"
                       # (语文学科, 城乡结合部, 坚持以人民为中心: a subject, a place, a tenet)
                       r"学科$|结合部$|坚持|为中心$|"
                       # (大力扶持龙头企业: the work of backing firms, no firm's name)
                       r"扶持(?![\u4e00-\u9fff]{0,4}(?:办公室|办|中心|站|基金))|"
                       # (各地结合本地区…: how the places go about it, after them)
                       r"结合(?:本|实际|当地|自身|各自)|"
                       r"^(?:含|包括|包含|其中|例如|即|另)|"  # （含民办）: a scope, not a unit
                       r"^(?:来自|来源|转自|摘自)|"  # （来自交通部网站）: where a page got it
                       # (请求全市汽车维修企业…, 请注明来源于…: the words of a request or of a
                       # page's credit after 请, no name; not 求实中学)
                       r"^求(?=[全各本辖省市县区州乡镇]|相关|有关|所有)|^注明|"
                       # (临时救助制度实行地方各级人民政府负责制: a rule that says who is in
                       # charge, before the body; 实行 opens no name's later words)
                       r"(?<=[\u4e00-\u9fff])实行|"
                       # (请承储企业高度重视切实保障中心城区…: how firmly the work is asked, no
                       # name's words)
                       r"高度重视|切实|"
                       r"^组[成建](?=.)|"  # (组成检查组，组建…中心: the work of setting one up)
                       # (认真遵照执行某市人民政府办公室: an ask's words run into its signature)
                       r"^(?:认真|遵照|贯彻)|"
                       # (进一步规范政府采购…: how far the work goes, no name's first words;
                       # 卫生健康行政部门对治理企业开展…: the organ, then what it works on;
                       # not 对口支援办, 对外联络处; 各…责任单位对人防工程口部…: a unit of a
                       # kind, then what it works on, whatever ending that has)
                       rf"^进一步|(?:{_AFTER_ORGAN}|(?<=单位)|(?<=企业)){DONE_TO_OPENS}|"
                       # (…部门报部道路运输司, …部门直接报部: the organ, then where it reports)
                       rf"{_AFTER_ORGAN}(?:报部|直接)|^直接|"
                       # (组织乡镇半专业扑火队开展…: the work of gathering the bodies of a
                       # level; not 组织部, 组织人事科)
                       r"^组织(?=[省市州县区乡镇村本辖全])|"
                       # (经市政府同意…: the body that approved it, after 经; not 经济…, 经信局)
                       r"^经(?=[省市州县区](?:人民)?政府)|"
                       # (原则上每个乡镇卫生院: the rule's manner, before the body)
                       r"^原则上|"
                       r"^本(?:站|网)部$|"  # 本站部分信息…: the web site of itself
                       # (欢迎访问无锡市农业农村局网站: a site's greeting, no body; 继续联合公安
                       # 消防部门: the work going on, no name's first word)
                       r"^欢迎|^继续|"
                       # (拨打东营市医疗保障局举报电话, 登录…网站: the public's way to reach a
                       # body, no name's first word; 公共厕所: a facility, its 所 no station's;
                       # not 厕所革命办)
                       r"^拨打|^登录|厕所$|"
                       # (利用晚自习课各二级学院组织…: the time the work uses, before the units)
                       r"^利用|"
                       # (每周对全院…检查: how often the work is done, no body's first word)
                       r"^每(?:周|月|年|季|天|日|半年|旬|学期)|"
                       # (行政审批局及时登录…: the manner of the work, after the units)
                       r"及时|及早|"
                       # (（以下简称市医调中心）: a short name given, no owner's bracket)
                       r"简称|^(?:以)?下称|"
                       # (对全市医疗保障经办…: what the work is done to; not 对台工作办公室)
                       # (依法依规对国家机关…, 依法向有关部门…: how the work is done; not
                       # 依法治县办, 依法行政领导小组, 依规治党办公室: organs of the rule of law)
                       rf"^{DONE_TO_OPENS}|^依法(?!治|行政)|^依规(?!治)|^依照|"
                       # (请县住建局对台风期间…: the 对 of the work, cut before 风; 对台 alone
                       # names no office, 对台办 and 对台工作办公室 do)
                       r"对台$|"
                       # (联席会议办公室对各部室…: what the work is done to, after the name)
                       r"对(?=各|全[省市州县区镇乡院校])|"
                       # (考虑到市外轮供应公司…, 鉴于县…: a clause's reason, no place's name
                       # before a level)
                       r"考虑到|鉴于|由于|对于|为了|^希望|希望(?=各)|"
                       # (围绕实施新时期基层团…, 使全省基层团组织达到…: the aim of the work)
                       r"围绕|^使(?!馆)|"
                       r"^关于|"  # (关于清查办公及附属用房的通知: a title, no 清查办)
                       r"^[一二三四五六七八九十]{1,3}[是要]|"  # 四是经发局要…: an item's ordinal
                       r"\d+个|"  # and a count at its end (增种林荫50处): departments.COUNTED
                       # (an article's number, 第五条; a year before the name, 2021年大陈乡…)
                       r"第[一二三四五六七八九十\d]{1,3}条|^(?:19|20)\d\d年")
# 妇联 残联 科协 团委 侨办 法院 工会: an organ of two characters, the level left out (not 协办
# 主办)
_SHORT_ORGAN = re.compile(r"^(?:[^协主承督创举开兴代帮专包合分\W\d][联协委办院]|工会)$")
_ORGAN_THEN = re.compile(r"^[^（）]{2,}?(?:局|厅|政府|公司|集团|委员会|办公室)[^（）]{2,}$")
# a bureau's name, then the first character of a verb that a weak ending also is (县卫健局联合,
# 县教育局组织, 市财政局协调): no body is named past a bureau's 局 or 厅 by it (各局处, 各局所:
# the sections and stations of every bureau, which no verb opens)
_BUREAU_THEN_VERB = re.compile(r"[局厅][联协组会行团]$")
_FULL_WIDTH = str.maketrans("()", "（）")
_QUOTED_FIRST = re.compile(r"^[“\"]([\u4e00-\u9fff]{1,6})[”\"](?=[\u4e00-\u9fff]{2})")
_NAME_CHARS = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff0-9A-Za-z（）()·]+$")

# people: a title, 同志, or a name with a family name first and no organ's ending
_TITLE = re.compile(r"(?:副?(?:省|市|州|县|区|镇|乡|旗)长|书记|局长|主任|部长|厅长|处长|科长|"
                    r"主席|秘书长|总经理|董事长|校长|所长|站长|队长|组长|同志|委员|常委|负责人|"
                    # (红十字会专职副会长, 理事长: a post; not 工会长)
                    r"(?<!工)会长|理事长|院长|行长|馆长|社长|台长|"
                    r"联系人|责任人|领导|督导员|干部|人员|工作人员|群众|专人|个人|本人|他人|"
                    r"老师|教师|班主任|学生|家长)$")
_TITLED_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}[（(][^（）()]*(?:长|书记|主任|同志)"
                          r"[^（）()]*[）)]$")
_SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋"
                "蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段"
                "雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")


@dataclass
class Reading:
    """A list of units as a plan writes it."""
    names: list[str] = field(default_factory=list)
    leads: list[str] = field(default_factory=list)  # marked in the list: A*, A（牵头）
    people: list[str] = field(default_factory=list)  # leaders named in it, never owners
    vague: bool = False  # 等, 有关部门: more units than it names


def clean(name: str) -> str:
    """A unit's name without a converter's residue, in simplified characters:
    市商務(wù)局 -> 市商务局; and without an article's label before it (第四条（政府职责）县级以上
    人民政府应当…: （政府职责）, what the article is about, no part of the name)."""
    name = _RESIDUE.sub("", name.strip())
    label = _ARTICLE_LABEL.match(name)
    if label is not None and len(name) > label.end() + 1 and \
            kind(label.group("words")) is None and kind(name[label.end():]) is not None:
        name = name[label.end():]
    return identity(name)


# an article's label in brackets (（政府职责）, (部门职责)): words, not a level's alternatives
# (各县（市）: one or two characters) nor a unit's own note
_ARTICLE_LABEL = re.compile(r"[（(](?![省市州县区乡镇旗盟街道]+[）)]|[省市州县区][直属级][）)])"
                            r"(?P<words>[\u4e00-\u9fff]{2,8})[）)]")


# where one organ's name ends and the next, named from inside the same place, begins
_GLUE = re.compile(r"(?<=[局委办厅部院室台所队站心司团联馆])(?=[省市县区][^场])")
# one place's government run into the next's (城关镇人民政府天龙镇人民政府…: a list whose
# spaces a page lost), the next one's name a place's alone (not 县人民政府办公室…: its office)
_GLUED_GOVERNMENT = re.compile(r"(?<=政府)(?=[^\W\d办室局委部厅处科]{1,6}?(?:镇|乡|街道|县|区|市)"
                               r"(?:人民)?政府)")


def unglued(name: str) -> list[str]:
    """A name that is several units written without a separator (a cell whose line breaks
    were lost: 市委社会工作部市广播电视台市地震局), as those units; else [name]. Cut only where
    every piece is a unit of its own, each longer than its level."""
    if len(name) < 8:
        return [name]
    cuts = sorted({m.start() for m in _GLUE.finditer(name)} |
                  {m.start() for m in _GLUED_GOVERNMENT.finditer(name)})
    pieces = [name[a:b] for a, b in zip([0, *cuts], [*cuts, len(name)], strict=True)]
    if len(pieces) < 2 or not all(len(p) >= 3 and is_unit(p) for p in pieces):
        return [name]
    return pieces


def is_person(text: str) -> bool:
    """王强, 王强同志, 李明（副县长）, 分管副县长: a person, not a unit."""
    text = text.strip(" \t\u3000。.：:")
    if not text or _ORGAN.search(text) and not _TITLE.search(text):
        return False
    if _TITLE.search(text) or _TITLED_NAME.match(text) or _MASKED_NAME.match(text):
        return True
    return 2 <= len(text) <= 3 and text[0] in _SURNAMES and bool(_NAME_CHARS.match(text)) \
        and not _PLACE.search(text) and not _FIELD_NOT_NAME.match(text)


def is_signed(text: str) -> bool:
    """中垾镇夏园园, 县委办王芳: a unit's name, then the name of one of its people (a family
    name first, two or three characters, no unit's ending): who wrote a news item, signed."""
    text = text.strip()
    for size in (3, 2):
        unit, person = text[:-size], text[-size:]
        # (夏园园: a given name of one character twice, whatever the character)
        named = is_person(person) and not _TITLE.search(person) or \
            size == 3 and len(person) == 3 and person[0] in _SURNAMES and person[1] == person[2]
        # (not 各级林长, 机场方面: every level's post, a side)
        if len(unit) >= 2 and named and kind(person) is None and kind(unit) is not None and \
                not unit.startswith("各") and person != "方面":
            return True
    return False


# 林业, 林草, 金融, 石油, 石化, 史志, 方志, 武装: a field of work named bare whose first
# character is a surname's, no person (民政、水利、林业、国土部门)
_FIELD_NOT_NAME = re.compile(r"^[\u4e00-\u9fff](?:业|草|融|油|化|志|装)$")


# 王××, 李**, 张某, 刘XX: a person's name a published copy masks
_MASKED_NAME = re.compile(r"^[\u4e00-\u9fff](?:[×*＊xX]{1,2}|某{1,2})$")


def kind(text: str, known: Collection[str] = ()) -> str | None:
    """'organ', 'place' (a place standing as a unit: 各街道, 高新区) or None for text that is
    not one unit's name."""
    return _kind(text, known) if known else _kind_kept(text)


# a time in figures (4月下旬, 6月30日): no part of a name (1号线, 3号楼, 12345 are)
# the 要 or 请 that asks the units after it (要区应急局牵头…, 请市林业局会同…; not 要素保障组: a
# name's own word)
# (希各单位…, 望各乡镇、各单位…: a notice's wish, one character, of every one of a kind, as 请)
WISH_FIRST = r"[希望](?=各|全[省市县区]|有关|相关)"
ASKED_BEFORE = re.compile(rf"(?:[要请]|{WISH_FIRST})(?=[省市州县区乡镇各])")
_DATED = re.compile(r"\d\s*月\s*(?:\d{1,2}\s*[日号]|上旬|中旬|下旬|初|底|末|前)")


# a head said of two kinds of body, the second bare (市直有关部门、单位, 区政府各相关部门、单位)
# (not 有关部门、单位 alone: those concerned, vague; nor 县住建局各科室、企业: firms of no head's)
_KINDS_JOINED = re.compile(r"(?!(?:有关|相关)(?:部门|单位)、)"
                           r"(?P<first>[^、，,；;]{2,20}(?:部门|单位|处室|科室|机构))、"
                           r"(?:单位|部门|机构|处室|科室)")


@functools.lru_cache(maxsize=16384)  # the same names are read in many lists
def _kind_kept(text: str) -> str | None:
    return _kind(text, ())


# a manner before a verb (各级…立即组织…, 积极组织), a verb's ask, or people (各级领导干部组织…):
# no kind of body
_MANNER_OR_PEOPLE = re.compile(r"[要应将须每]|积极|认真|统一|照常|动员|加强|持续|及时|逐级|迅速|"
                               r"立即|主动|广泛|精心|分批|提前|全面|扎实|及早|干部|领导|人员|党员|"
                               r"群众|职工")
# the last character of premises or trades that act of themselves (各门店, 各网点, 各考点,
# 各行业): 各门店组织… is they, then their verb; 各调解组织, 各慈善组织 are bodies of a work
_PREMISES_END = "店点业站所校院场馆厂户商家行"
# the bodies of members a plan names with no level (工会组织, 共青团和妇联组织: the unions', the
# league's and the women's federations' own organisations, each place's)
_MEMBERS = r"(?:工会|妇联|共青团|团委|残联|科协|侨联|文联|工商联)"
_MEMBERS_BODY = re.compile(rf"{_MEMBERS}(?:[和及、]{_MEMBERS})*")


def _kind(text: str, known: Collection[str]) -> str | None:
    joined = _KINDS_JOINED.fullmatch(text)
    if joined is not None:
        # (市直有关部门、单位: one body's head, said of two kinds, one owner as printed)
        return _kind(joined.group("first"), known)
    name = clean(LEAD_MARK.sub("", text))
    name = re.sub(r"[（(]\s*牵头(?:单位|部门)?\s*[）)]$", "", name)
    if not name or name in known or identity(name) in known:
        return "organ" if name else None
    name = name.translate(_FULL_WIDTH)  # 高新园(邹区镇): a bracket of either width
    bare = re.sub(r"（[^（）]*）", "", name)  # 各县（市、区）人民政府: the bracket is the place's
    bare = _QUOTED_FIRST.sub(r"\1", bare)  # “两办”督查室: a short name quoted before the ending
    if name.startswith("各") or EVERY_ORGAN_KIND.search(bare):
        # 各省、自治区、直辖市人民政府: one 各 over the places; 市政府各委、办、局: over the kinds
        bare = bare.replace("、", "")
    # 有关县（市）、区政府, 县直、驻县有关单位: the levels of one body of many
    # (departments._joins_levels)
    bare = re.sub(r"(?<=县)、(?=区)|(?<=[省市州县区旗]直)、(?=驻[省市州县区旗])", "", bare)
    if not _balanced(name):
        return None  # （市工商质监局: a marker's bracket, cut open, is not part of a name
    if len(name) > 30 or not bare or not _NAME_CHARS.match(bare) or _NOT_NAME.search(bare) \
            or COUNTED.search(bare) or (len(bare) >= 3 and bare[-1] == bare[-2]) or \
            _DATED.search(bare) or ASKED_BEFORE.match(bare):
        # (4月下旬市政府: a time run into the name, no name's part; 要区应急局: the word that
        # asks it)
        # (市委宣传部部: no name says its ending twice; 部署 went on past it, a verb)
        return None
    if is_person(name):
        return None
    if SELF.fullmatch(bare):
        return "organ"  # 我局, 我部: the issuer naming itself
    if "我" in bare[1:]:
        return None  # (为进一步加大我局, 结合我局: words before the issuer's 我局, no name)
    if bare.endswith("党组织") and not (_LEVEL.match(bare) or bare.startswith("基层")):
        return None  # 各二级党组织, 基层党组织; not 整顿软弱涣散村党组织, the work done to them
    if bare.endswith("组织") and not bare.endswith("党组织"):
        # 各级妇联组织, 全县工会组织, 各级团组织: a body of members' own organisation, named
        # by the body (not 县教育局组织…, an organ, then its verb)
        body = bare[:-2]
        if re.search("[联会团协]$", body) and (
                _kind(body, known) == "organ" or _MEMBERS_BODY.fullmatch(body)):
            return "organ"
        # 各级红十字组织, 各市级体育组织, 各调解组织: every body of a kind of work, no organ's or
        # place's name says (not 各级政府组织…, 各单位组织…: the bodies, then their verb; nor
        # 各网点立即组织…, 各门店组织…: premises that act, a manner, then the verb)
        every = re.fullmatch(rf"{EVERY_SCOPE}?各(?P<level>级|[省市县区乡镇村]级)?"
                             rf"(?P<kind>[\u4e00-\u9fff]{{2,5}})", body)
        return "organ" if every and not any(
            _kind("各" + every["kind"][:end], known)
            for end in range(1, len(every["kind"]) + 1)) and \
            not _MANNER_OR_PEOPLE.search(every["kind"]) and \
            (every["level"] or every["kind"][-1] not in _PREMISES_END) else None
    if _BUREAU_THEN_VERB.search(bare):
        return None
    # 高新园（邹区镇）: the organ's ending before the bracket that says where
    if (_ORGAN.search(name) or _ORGAN.search(bare)) and \
            (len(bare) >= 3 or _LEVEL.match(bare)):
        return "organ"
    if _SECTOR_WHOLE.match(bare):
        return "organ"  # 全市文化系统: every body of a sector at a level
    if _EVERY_PLACE.fullmatch(name) and 2 <= len(name) <= 12:
        return "place"  # 各地, 各级; 全市各地, 沿江各地: every place of a scope
    if LEVELS_TOGETHER.fullmatch(bare):
        return "place"  # 市县两级, 镇村两级: the levels said together, each place of them
    if _PLACE.search(name) and (len(name) >= 3 or name.startswith("各")):  # 各村, 各镇
        # 宁波电业局鄞州海曙…高新区: an organ, then place names run into it, is no one place
        return None if _ORGAN_THEN.match(bare) else "place"
    return None


# the scope every one of a kind is of, before its 各: the whole of a level (全市各地), or the
# places along a line (沿江各地, 沿海各乡镇, 长城沿线各县区), or the local ones (地方各级人民政府)
# (or a province by its name, 云南各地, 河南各地: every place of the province)
PROVINCES = ("北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|"
             "湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆")
# (县级以上地方各级人民政府: every one at the levels from a county's up)
EVERY_SCOPE = (r"(?:全[省市州县区镇乡旗]|沿[江河海湖线岸边]|[\u4e00-\u9fff]{1,4}沿线|"
               r"(?:[省市州县区乡镇]级以上)?地方|[省市州县区乡镇]级以上|"
               rf"(?:{PROVINCES})(?=各))")
# 各地, 各级, 各地区, and after their scope
_EVERY_PLACE = re.compile(rf"{EVERY_SCOPE}?各[^各]{{0,8}}?(?:地|级|地区|方面)")


def _balanced(text: str) -> bool:
    """Whether every bracket in text closes, of either width: 高新园(邹区镇) does,
    （市教育局 does not."""
    depth = 0
    for ch in text:
        if ch in OPENING:
            depth += 1
        elif ch in CLOSING:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def is_unit(text: str, known: Collection[str] = ()) -> bool:
    """Whether text is one unit's name: 市教育局, 鄂州市发改委, 各街道, 国家税务总局鄂州市税务局;
    not 王强, 县长, 适用范围, 按照省教育厅要求."""
    return kind(text, known) is not None


def _same_level(before: str, after: str) -> bool:
    """Whether two pieces open with the same level (省…, 省…): siblings, not one name broken
    (国家税务总局鄂州 ⏎ 市税务局)."""
    a, b = _LEVEL.match(before), _LEVEL.match(after)
    return a is not None and b is not None and a.group(0) == b.group(0)


_BREAK = re.compile(r"[ \t\u3000\xa0]*(?:\n|[ \t\u3000\xa0])[ \t\u3000\xa0]*")


def join_lines(text: str) -> str:
    """A cell's or a bracket's text on one line: a break (or a gap of spaces) between two
    units separates them (市教育局⏎市人社局 -> 市教育局，市人社局); any other break is the
    page's and is dropped (2023年 6月, 责任单位：⏎市教育局)."""
    text = (text or "").strip()
    if not _BREAK.search(text):
        return text  # one line, no gap: as it is (the common case, read for every cell)
    parts = [p for p in _BREAK.split(text) if p]
    out = parts[0] if parts else ""
    for part in parts[1:]:
        tail = re.split(r"[、，,；;：:】〕\]]", out)[-1]  # (after a label 【责任单位】 too)
        head = re.split(r"[、，,；;]", part)[0]
        if re.match(r"[\u4e00-\u9fff]{1,8}[:：]", part) and out[-1] not in "：:":
            out += "；" + part  # 配合单位：… starts a line of its own
        elif tail and (is_unit(tail) and is_unit(head) or
                       _same_level(tail, head) and (is_unit(tail) or is_unit(head))):
            # 省发改委 ⏎ 省财政厅; 省人口计生 ⏎ 省妇联: two of one level, each on its line
            out += "，" + part
        else:
            out += part
    return out


# 曹林村等村, 河口镇等乡镇, 县林业局等局: 等 and the kind of unit the names before it are
_VAGUE_KIND = re.compile(rf"等(?P<kind>{_ORGAN_END}|{PLACE_END})(?=$|[，,；;。、])")


def _vague_kind(text: str) -> str:
    """text with 等X cut to 等 where X is the ending of the name just before: the named ones
    are of that kind, and there are more."""
    def cut(m: re.Match[str]) -> str:
        before = text[:m.start()]
        same = before.endswith(m.group("kind")) or before[-1:] == m.group("kind")[-1:]
        return "等" if same else m.group(0)
    return _VAGUE_KIND.sub(cut, text)


# 市财政局主要领导, 盘龙区政府主要负责人: a unit named by its head, after an organ's ending
_HEADS = re.compile(r"(?<=[局委办厅部署院府室科处所站队心司团会])"
                    r"(?:主要领导|主要负责人|主要负责同志|负责同志)$")


def listed(text: str) -> Reading:
    """text read as a list of units whatever it holds (a label's value, the units before
    负责): names, leads marked (A*, A（牵头）), people apart, 等有关部门和单位 as vague."""
    kept = _listed_kept(text)  # read once, handed out as a fresh Reading as read() is
    return Reading(list(kept[0]), list(kept[1]), list(kept[2]), kept[3])


@functools.lru_cache(maxsize=32768)
def _listed_kept(text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], bool]:
    found = _listed(text)
    return tuple(found.names), tuple(found.leads), tuple(found.people), found.vague


# A等相关县（市、区）政府: a unit named, and a group of governments (相关县…) beside it
_AND_GROUP = re.compile(r"等(?=(?:有关|相关)[省市州县区乡镇旗]"
                        r"(?:[^、，,；;等和及（(〔]|[（(〔][^）)〕]{1,8}[）)〕]){0,10}"
                        r"(?:政府|管委会)$)")


# 财政、税务部门 / 教育、能源主管部门 / 交通、农业等部门: sectors named bare before the kind
# of body each is, said once after the last
_SHARED_KIND = re.compile(r"(?:行政主管|主管|行政)?(?:部门|机构)$|工作机构$")
# (水利、农业、国土等涉灾部门: the kind said with what the bodies share, 涉灾)
_SHARED_TAIL = re.compile(rf"等(?:其他|其它|各)?(?:有关|相关)?{_COUNT_OF}"
                          r"(?:涉灾|职能|行业|执法|监管|行政管理|行政|主管)?(?P<kind>(?:工作)?机构|部门)$")
_SECTOR = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:（[\u4e00-\u9fff]{1,4}）)?$")


def _shared_kind(names: list[str], text: str) -> list[str]:
    """names where the run of bare sectors just before the last name shares its kind of body
    (财政、税务部门: 财政部门, 税务部门; 交通、农业等部门: 交通部门, 农业部门); a unit's
    name of its own (县林业局, 各乡镇) ends the run, and keeps its name."""
    tail = _SHARED_TAIL.search(text.rstrip("。；;，, "))
    if tail is not None:
        shared, shared_from = tail.group("kind"), len(names)
    else:
        # (the last name a field of its own before its kind: 能源主管部门, not 部门 alone, nor
        # …三省市人民政府和有关部门, governments and others glued; or the last such before
        # units of their own, 民政、水利、气象部门及各镇人民政府、街道办事处)
        at = len(names) - 1
        while at > 0 and not _SHARED_KIND.search(names[at]) and not _sector(names[at]):
            at -= 1
        last = _SHARED_KIND.search(names[at]) if names else None
        if last is None or last.start() < 2 or "政府" in names[at]:
            return _levels_shared(names)
        shared, shared_from = last.group(0), at
    first = shared_from
    while first > 0 and _sector(names[first - 1]):
        first -= 1
    # (地方各级农业农村、林业和草原部门: the run's first sector after the level it is of)
    level = _LEVEL_BEFORE_SECTOR.match(names[first - 1]) if first > 0 else None
    if level is not None and _sector(names[first - 1][level.end():]):
        first -= 1
    if first == shared_from:
        return _levels_shared(names)
    # (省级农业农村、财政部门: the level, said once before the first, every one's too)
    # (not after levels named alone, 省级、市级农业农村、水利部门: which of them is whose)
    level = _ONE_LEVEL.match(names[first]) \
        if first == 0 or not _LEVEL_ALONE.fullmatch(names[first - 1]) else None
    shared_level = level.group(0) if level is not None else ""
    # (not before a name with its own level or 各: 市级财政、各区财政部门)
    return _levels_shared([
        (n if k == first or _LEVEL_BEFORE_SECTOR.match(n) or n.startswith("各")
         else shared_level + n) +
        (shared if k < shared_from else "") if first <= k <= shared_from else n
        for k, n in enumerate(names)])


# a piece that asks work or says how (要做好…, 也要依据…, 做好…), never a unit's name
# (not 要素保障中心, 应急管理部: names that open so)
_ASKING_PIECE = re.compile(r"^(?:也|还|均|都|并)?(?:要(?![素点害道件])|应当|应(?![急对用变])|须|"
                           r"务必|必须)|"
                           r"^(?:做好|抓好|切实|确保|力争|争取)|"
                           # (依据各自的职责: how, not 按照职责分工, which parts roles, read as
                           # before)
                           r"^(?:依据|按照|根据)(?!职责分工|工作需要)")


def asks_work(piece: str) -> bool:
    """Whether a piece of a list asks work or says how it is done (要做好…, 也要依据…, 做好…),
    as no unit's name does."""
    return _ASKING_PIECE.match(piece) is not None


def _place_shared(names: list[str]) -> list[str]:
    """names where a place's government, said bare after its party committee, takes the place
    the committee names (南陵县委、县政府: 南陵县政府; 三山经开区党工委、管委会:
    三山经开区管委会)."""
    out = list(names)
    for k in range(1, len(out)):
        party = _PARTY_OF_PLACE.fullmatch(out[k - 1])
        government = _GOVERNMENT.fullmatch(out[k])
        if party is None or government is None:
            continue
        if party.group("level") == government.group("level") or \
                party.group("level") is None and government.group("level") is None:
            # (中共南陵县委、县政府: the party's name is no part of the place)
            out[k] = party.group("place").removeprefix("中共") + out[k]
    return out


# a place's party committee (南陵县委, 芜湖市委, 三山经开区党工委) and its government said
# bare after it (县政府, 县人民政府, 管委会), the level the same
_PARTY_OF_PLACE = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,12}?)"
                             r"(?:(?P<level>[省市州县区])委|党工委)")
_GOVERNMENT = re.compile(r"(?:(?P<level>[省市州县区])(?:人民)?政府|管委会|管理委员会)")


def _places_share_ending(names: list[str]) -> list[str]:
    """names where a place named bare shares the ending of the place's body after it (城北、
    城南街道办事处: 城北街道办事处; 朝阳、海淀区人民政府: 朝阳区人民政府; 西安、榆林市文物局:
    西安市文物局; 泉州开发区、泉州台商投资区管委会: 泉州开发区管委会), as the page said the ending
    once (a field of work shares a kind of body instead, 财政、卫生部门: _shared_kind)."""
    out = list(names)
    for k in range(len(out) - 2, -1, -1):
        board = _ZONE_BOARD.search(out[k + 1])
        if board is not None and _ZONE.search(out[k]) is not None and \
                not out[k].startswith("各") and kind(out[k]) != "organ":
            # (成都天府新区、成都高新区管委会: each zone's board, said once after the last; not
            # 各开发区、…: every zone, a kind)
            out[k] += board.group(0)
            continue
        ending = _PLACE_BODY_END.search(out[k + 1])
        stem = out[k + 1][:ending.start()] if ending is not None else ""
        # (张伟、惠州市人民政府: a person named alone before a government, no place; but
        # 江门 among 梅州、惠州、江门、…市人民政府, a run of places, is one)
        alone = (k == 0 or _BARE_PLACE.fullmatch(out[k - 1]) is None) and \
            out[k + 1] == names[k + 1]
        level, body = (ending.group(0)[0], ending.group(0)[1:]) if ending else ("", "")
        bare = _BARE_PLACE.fullmatch(out[k][:-1]) is not None
        zone = _ZONE.search(out[k]) is not None
        # (a zone has a board, no government: 高新区 gets none; a district named as a zone may
        # have its bureau, 浦东新区)
        named_so = (bare and not zone) if body in ("人民政府", "政府") else (bare or zone)
        # (a run of places each with its level, the body said once after the last: the body
        # the place after this one took, whatever its level; 云南省、西藏自治区、甘肃省发展改革委)
        took = out[k + 1][len(names[k + 1]):] if out[k + 1] != names[k + 1] and \
            out[k + 1].startswith(names[k + 1]) and kind(names[k + 1]) == "place" else ""
        if took and kind(out[k]) == "place" and 3 <= len(out[k]) <= 6 and \
                _LEVEL_LAST.search(out[k]) and not zone:
            out[k] += took
            continue
        if ending is not None and 2 <= len(stem) <= 4 and \
                out[k].endswith(_SAME_RANK.get(level, level)) and \
                kind(out[k]) == "place" and 3 <= len(out[k]) <= 6 and named_so:
            # (淇滨区、山城区人民政府: places named with their level, the government said once
            # after the last; 浦东新区、宝山区海洋局: a district's bureau, the same; 西藏自治区、
            # 青海省发展改革委: a region of a province's rank)
            out[k] += body
            continue
        if ending is not None and 2 <= len(stem) <= 4 and kind(stem) is None and \
                _BARE_PLACE.fullmatch(out[k]) is not None and kind(out[k]) is None and \
                not is_short_organ(out[k]) and not (alone and is_person(out[k])):
            out[k] += ending.group(0)
    return out


# a place's level by its last character, and the levels of the same rank (自治区 a province's,
# 州 and 盟 a city's, 旗 a county's)
_LEVEL_LAST = re.compile(r"[省市州县区旗盟]$")
_SAME_RANK = {"省": ("省", "自治区"), "市": ("市", "州", "盟"), "县": ("县", "旗")}
# a zone's board (…高新区管委会, its office) and a zone named bare before it (泉州开发区, 阜合园区)
_ZONE_BOARD = re.compile(r"(?<=区)(?:管委会|管理委员会)(?:办公室)?$")
_ZONE = re.compile(r"(?:开发区|经开区|高新区|新区|园区|港区|示范区|实验区|合作区|保税区|投资区)$")
# the body of a place whose name comes before it (…街道办事处, …镇人民政府, …区人民政府), and
# a place named bare (城北, 海淀; not 各镇, 有关, 全市: every one, or a kind)
# (西安、渭南、榆林市文物局: 市文物局, the level and its organ shared; 梅州、惠州、肇庆市人民政府:
# a city's government, as a district's)
_PLACE_BODY_END = re.compile(r"(?:街道办事处|街道办|街道|(?:[镇乡区县市州旗盟])(?:人民)?政府|"
                             r"[省市州县区][\u4e00-\u9fff]{1,8}?(?:局|委|厅|办))$")
# (not 妇联, 工会, 交警, 景区, 故宫: a body's or a kind's short name, by its last character)
_BARE_PLACE = re.compile(r"(?![各全有相其])[\u4e00-\u9fff]{1,3}"
                         r"[^会委联警局部队所站办院团宫园区司厅处]")


def _levels_shared(names: list[str]) -> list[str]:
    """names where a level named alone shares the field and kind of the name after it
    (省级、市级生态环境部门: 省级生态环境部门, 市级生态环境部门)."""
    out = list(names)
    for k in range(len(out) - 2, -1, -1):
        level = _LEVEL_BEFORE_SECTOR.match(out[k + 1])
        # (省级, 市级: a level by its 级; not 各省, a place's every one of a kind)
        if _LEVEL_ALONE.fullmatch(out[k]) and level is not None and out[k].endswith("级"):
            out[k] += out[k + 1][level.end():]
    return out


# those a plan asks by what they are, not by their field of work: households, people, pupils
# (农户, 个人, 经营者, 居民, 学生, 家庭; not 卫生, 移民: fields of work)
_PEOPLE = re.compile(r"(?:户|人|者|居民|村民|市民|群众|学生|家庭|家长)$")


# one level, said whole, that the fields after it share (各级, 各地, 省级, 县): not 县区, 市县两级,
# 省市县, 县乡, 县级以上, 市直 or 县委 (a party committee's departments), which a plain prefix
# would cut short
_ONE_LEVEL = re.compile(rf"^{EVERY_SCOPE}?(?:各级|各地(?!区)|[省市县区]级(?!以上)|"
                        rf"(?!{NOT_A_LEVEL})[省市县区]"
                        rf"(?!(?!{NOT_A_LEVEL})[省市县区乡镇]|[级直委两以]))"
                        r"(?=[\u4e00-\u9fff]{2})")
_LEVEL_ALONE = re.compile(r"(?:各|省|市|州|县|区|乡|镇)级?")
_LEVEL_BEFORE_SECTOR = re.compile(rf"^(?:地方)?(?:各级|(?!{NOT_A_LEVEL})[省市县区]级?)"
                                  r"(?=[\u4e00-\u9fff]{2})")


def _sector(name: str) -> bool:
    """Whether name is a field of work named bare (财政, 交通运输, 林业: not 林 named 业), not a
    kind of body or place standing alone (学校, 企业, 景区) nor of people (农户, 家庭)."""
    bare = name.translate(_FULL_WIDTH)
    if _LEVEL_ALONE.fullmatch(bare):
        return False  # (省级、市级农业农村部门: a level of the name after it, no field)
    if LEVELS_TOGETHER.fullmatch(bare):
        return False  # (镇村两级和相关部门: the levels said together, no field of work)
    # (农业农村: the field, its 农村 the countryside at large, no village's name)
    countryside = bare.endswith("农村")
    return bool(_SECTOR.match(bare)) and (kind(name) is None or countryside) and \
        not _ORGAN.search(bare) and (countryside or not _PLACE.search(bare)) and \
        not _PEOPLE.search(bare)


# 岳阳市、常德市、益阳市和望城区人民政府: the governments of places named in full, the ending
# said once after the last (the owners on a line under an item; over the date, the places
# that sign a plan together)
_PLACE_NAMED = r"[\u4e00-\u9fff]{2,10}?[省市州县区旗盟镇乡]"
_PLACES_GOVERNMENTS = re.compile(rf"^(?P<places>(?:{_PLACE_NAMED}[、，,和及与])+{_PLACE_NAMED})"
                                 r"(?P<ending>(?:人民)?政府)$")


def places_governments(text: str) -> re.Match[str] | None:
    """The match of text as places sharing their governments (甲市、乙市和丙区人民政府), the
    marks around it aside; else None."""
    return _PLACES_GOVERNMENTS.match(text.strip(" 。；;，,、"))


_WORKS_WITH = re.compile(r"(?<=[局委办厅门院所站队])协同(?=[省市州县区乡镇])")
_COORDINATES = re.compile(r"(?<=[局委办厅院])协调(?=[省市州县区乡镇])")


_PLACES_APART = re.compile(r"[、，,和及与]")
_PIECES_APART = re.compile(r"[、，,；;]")


def _listed(text: str) -> Reading:
    governments = places_governments(text)
    if governments is not None:
        return Reading([place + governments.group("ending") for place in
                        _PLACES_APART.split(governments.group("places"))])
    text = _AND_GROUP.sub("、", _vague_kind(_VAGUE_LEVEL.sub("等", join_lines(text))))
    # (县退役军人工作主管部门协同县财政部门等部门: an organ, then the one it works with; not
    # 协同创新中心, a name's own)
    text = _WORKS_WITH.sub("、", _BY_LAW_AFTER.sub("", text))
    # (湖北广电局协调省应急管理厅推进…: the organ, then the one it brings in, no owner; the
    # words after it that one's)
    coordinates = _COORDINATES.search(text)
    text = text[:coordinates.start()] if coordinates else text
    vague = bool(_VAGUE_TAIL.search(text) or _VAGUE_THEN.search(text))
    names, more = units(_VAGUE_THEN.sub("等、", _VAGUE_TAIL.sub("等", text)))
    # (责任单位：县住建局，要做好监管工作: the value's units end where its words ask work)
    asks = next((k for k, name in enumerate(names) if k and asks_work(name)), None)
    names = names[:asks] if asks is not None else names
    names = _places_share_ending(_shared_kind(names, text))
    found = Reading(vague=vague or more)
    stars, people = [], []
    for name in names:
        if name.startswith("由"):  # （由A牵头，B参与）
            if name.startswith("由于") and not (len(name) > 3 and name[3] in "省市县区州旗镇乡"
                                               and kind(name[1:]) is not None):
                continue  # (由于区财政局资金紧张: because, no 由 before 于都县's kind of name)
            name = name[1:]  # (由于都县交通局: 由 before 于都县)
        elif name.startswith("以") and kind(name[1:]) is not None:
            name = name[1:]  # (以县打私办牵头: with it as the lead)
        elif name.startswith("据") and kind(name[1:]) is not None:
            name = name[1:]  # (据省交通运输厅有关负责人介绍，下一步将…: who tells it)
        # (由农业农村部门依法进行处罚: the organ, then how it acts, a sentence's words glued)
        name = _BY_LAW_AFTER.sub("", name)
        name = _CO_MARK.sub("", name)  # 县财政局（配合）
        name = _SCORE.sub("", name)  # 物业服务中心（99分）: its score in a check, no name
        if _HEADING_VERB.match(name):
            # 加大对货运车辆整治力度区渣土办: 区渣土办 (only after a verb of work: a place's name
            # before a level, 平潭综合实验区农业农村局, is the unit's own)
            name = past_heading(name) or name
        name = _HEADS.sub("", name)  # 市财政局主要领导: the unit, by its head
        note = _NOTE.search(name)
        if note and (is_person(note.group(1)) or _PERSON_LABEL.match(note.group(1))):
            people.append(_PERSON_LABEL.sub("", note.group(1)))  # 县水利局（王强）
            name = name[:note.start()]
        if LEAD_MARK.search(name):
            name = LEAD_MARK.sub("", name)
            stars.append(name)
        found.names.append(name)
    found.names, marked = lead_marked(found.names)
    found.people = people + [n for n in found.names if is_person(n)]
    # (县长: dropped by units(); not 江门 of 江门、肇庆市人民政府, a place given its ending)
    found.people += [p for p in _PIECES_APART.split(text)
                     if is_person(p) and p not in found.people and
                     not any(n.startswith(p) and len(n) > len(p) for n in found.names)]
    found.names = _place_shared(list(dict.fromkeys(clean(n) for n in found.names
                                                   if n not in found.people)))
    found.leads = list(dict.fromkeys(clean(n) for n in marked + stars))
    return found


# 依法予以…, 依法进行…: how an organ acts, glued after its name by a sentence read as units
# (由市卫生主管部门予以处罚: what it metes out, 依法 or not; 处 of 处罚 no division's)
_BY_LAW_AFTER = re.compile(rf"{_AFTER_ORGAN}(?:依法(?:予以|进行)|予以|给予)\S*$")
_HEADING_MIN = 4  # characters of a heading before the unit's name it runs into
# the verbs a heading of work opens with (加大…力度, 推进…建设), and the adverbs of its manner
# (全面公开…, 充分发挥…): no unit's name opens so
_HEADING_VERB = re.compile(r"^(?:加大|加强|强化|严格|深化|做好|抓好|推进|推动|开展|落实|完善|"
                           r"健全|建立|实施|提升|提高|加快|规范|整治|优化|全面|充分|切实|深入|"
                           r"持续|积极|增进)")


def past_heading(words: str) -> str | None:
    """The organs at the end of words that open with a heading of work run straight into
    them, with no mark between (a page stored on one line: 完善辖区主干道交通指示标志区交通与
    建设局 -> 区交通与建设局; 加大对货运车辆整治力度区渣土办 -> 区渣土办): the longest end from
    a level's character, four characters in at least, that reads as organs; else None."""
    if re.search(r"[，,。；;：:（）()]", words):
        return None
    for at in range(_HEADING_MIN, len(words) - 2):
        if words[at] in "省市县区州镇乡" and read(words[at:], organs_only=True) is not None:
            return words[at:]
    return None


def read(text: str, known: Collection[str] = (), *,
         organs_only: bool = False) -> Reading | None:
    """The list of units text is, or None when it is something else: a sentence, a scope
    (适用范围：…), a date. People in the list are kept apart; with organs_only, a list of
    places alone (高新区, 市、区) or of words with a weak ending (试行) is not one."""
    if known:
        return _read(text, known, organs_only)
    # the same words are read again and again (each prefix of a clause, each cell of a
    # column): kept, and handed out as a fresh Reading the caller may change
    kept = _read_unknown(text, organs_only)
    return None if kept is None else Reading(list(kept[0]), list(kept[1]), list(kept[2]),
                                             kept[3])


_Kept = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], bool]


@functools.lru_cache(maxsize=32768)
def _read_unknown(text: str, organs_only: bool) -> _Kept | None:
    """read() of text with no names known, as tuples."""
    if _PARTICLE.search(_BRACKETED.sub("", text)) or _PRONOUN_THEN_WORDS.match(text) or \
            _NOT_A_NAMES_OPENING.match(text):
        # a sentence's words outside brackets (推进…的…), or a pronoun's (你们组织辖区…主管部门:
        # the notice's "you", then what they do): no name holds them; nor 凡申办…的, whoever
        # does a thing, a condition's opening; nor 向国家质检总局, those the work goes to
        return None
    verb = _WORK_VERB_FIRST.match(text)
    if verb is not None and (_helped(text, verb.end()) if verb.group("helps") else
                             _read_kept(text[verb.end():], organs_only) is not None):
        # 指导基层疾病预防控制中心, 协助市卫生局: a verb of work, then whom it is done to
        # (鼓励引导回收企业: those helped on; but 推动…领导小组办公室 is a body's own name)
        return None
    return _read_kept(text, organs_only)


@functools.lru_cache(maxsize=32768)
def _read_kept(text: str, organs_only: bool) -> _Kept | None:
    found = _read(text, (), organs_only)
    if found is None:
        return None
    return tuple(found.names), tuple(found.leads), tuple(found.people), found.vague


# 凡…, whoever; 向国家…, 向各…, to whom (not 向阳, 向塘镇: places); 望各单位…, a hope of them
# (not 望江, 望城: places); 从河北省科技厅获悉, 从县教育局了解到: from whom, a province's or a
# city's name after it (not 从化区市场监督管理局, 从江县市场…: a place whose level comes first)
# (nor a call, 要对照…任务和局…: not 要素保障中心)
_NOT_A_NAMES_OPENING = re.compile(r"凡|要(?!素)|(?:向|望)(?=各|全|有关|相关)|"
                                  r"[向从](?=[省市县区州]|国家|上级|社会|群众)|"
                                  r"从(?=(?:(?![区县镇乡旗])[\u4e00-\u9fff]){2,3}[省市])")
# some particles and verbs _NOT_NAME finds in a name, found in the whole text at once (not
# 按照, which a duty's tail 按照职责分工负责 holds and listed() takes off)
# (and the words of how one acts, 积极, 认真, 切实: 请各小学积极与区…中心联系, no name's)
_PARTICLE = re.compile(rf"[的了着把将被须需并或如已未]|{_IN_NOT_NAME}|根据|要求|"
                       # (各省级文化和旅游行政部门统筹推动本地区…: the organ's verbs after its
                       # ending, no name's)
                       # (not 区委统筹城乡发展办公室: a body whose name holds them)
                       rf"{_PUSHING}|(?:(?<=部门)|(?<=[局委办厅院府]))(?:统筹|推动|全面)"
                       r"(?![^，,。；;、]{0,12}(?:办公室|小组|组|中心|委员会)$)|加强|"
                       r"积极|认真|切实|妥善|精心|"
                       # (建议县区政府召开…: a proposal to the organ, no part of its name)
                       r"建议(?![办提])|做[大强优精实]|"
                       # (三、组织领导和机构职责: a heading's words, 组织领导 no body's name)
                       r"(?<!党)组织领导(?!小组|班子)|"
                       # (总站各监督科进一步加大对企业…: how far the work goes, then the
                       # bodies it is done to; no name holds them)
                       # (各医疗机构不得违反政府价格主管部门…: what they may not do, then
                       # the organs it names)
                       r"进一步|不得|"
                       # (全州共有11所中小学校: a count of them, no name; not 共有产权住房…中心)
                       r"共有(?=\d|[一二三四五六七八九十两多几])|"
                       rf"开展|完善|做好|确保|健全|深化|强化|加快|提高|提升|{_ASKING_VERBS}")
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
# the verbs of work done beside or over others, before the units it is done to (no unit's
# name opens so: 指导站 is a kind of body, not a verb before one)
# (not 协调监督组: a body's own name; the units after the verb name their place or level)
# (and 鼓励, 支持, 引导, 推动, 扶持 before a kind of body: 鼓励引导回收企业, 支持龙头企业,
# 推动各相关部门和机构, whom a plan's measure helps on or urges)
_WORK_VERB_FIRST = re.compile(r"\s*(?:(?:指导|协助|协调|配合|督导|帮助|支持|邀请|动员|组织|委托|"
                              r"引导)(?=(?:[省市州县区乡镇]|各|基层|有关|相关|第三方)\S)|"
                              # (鼓励和支持各地…: the verbs joined)
                              r"(?P<helps>(?:鼓励|支持|引导|推动|扶持)(?:[和、及与]?(?:鼓励|支持|"
                              r"引导|推动|扶持))*)(?=\S{2}))")


def _helped(text: str, after_verb: int) -> bool:
    """Whether text, opening with 鼓励/支持/引导/推动/扶持, names those a measure helps on (鼓励
    引导回收企业: a kind of body after the verb), not a body of its own name (支持中心,
    推动…领导小组办公室: an organ's ending)."""
    named = _ORGAN.search(text)
    # (鼓励和支持各地特殊教育学校, 支持有关高校: every one of a kind, or some, of those helped)
    # (鼓励预算单位工会: the bodies of a kind, theirs the organ at the end)
    return named is None or named.group(0) in _KINDS_OF_BODY or \
        _HELPED_MANY.match(text, after_verb) is not None or \
        any(kind in text[after_verb:named.start()] for kind in _KINDS_OF_BODY)


_HELPED_MANY = re.compile(r"(?:各|有关|相关|广大|全[省市州县区])")


_KINDS_OF_BODY = ("部门", "单位", "企业", "机构", "机关", "团体")  # (of _ORGAN_END: kinds, no name)
# 你们, 我们, 他们, 您: a person speaking or spoken to, before the rest of a sentence
# (你局组织…, 你单位组织…: the notice's "you" by the kind of body it is, then its work)
_PRONOUN_THEN_WORDS = re.compile(r"\s*(?:你们|我们|他们|她们|您|(?:你|贵)(?:局|委|厅|办|单位|部门)"
                                 r"(?=组织|督促|指导|协调))(?=\S)")
_INNER_BRACKETS = str.maketrans("〔〕［］", "（）（）")
# a note in brackets closing words (重点工作任务（杭州市2项配合工作）, 市发改局（市服务业发展局）)
TRAILING_BRACKET = re.compile(r"[（(][^（）()]*[）)]$")
# a stretch no list's mark parts that is longer than any unit's name: a sentence's words
_LONG_PIECE = re.compile(r"[^、，,；;\s]{46}")


_STOP_OR_COLON = re.compile(r"[。：:]")  # (a sentence or a field, no list of units)


def _read(text: str, known: Collection[str], organs_only: bool) -> Reading | None:
    # 各县〔市、区〕政府: a place's brackets of another shape, inside a marker's own
    text = join_lines(text).strip("。.；;，,").translate(_INNER_BRACKETS)
    if not text or len(text) > 400 or _STOP_OR_COLON.search(text) or _LONG_PIECE.search(text):
        return None
    found = listed(text)
    if not found.names:
        return None
    kinds = [kind(n, known) for n in found.names]
    if any(k == "organ" for k in kinds):
        # 团县委、县妇联、残联: a two-character organ beside others is one too
        kinds = [k or ("organ" if _SHORT_ORGAN.match(n) else None)
                 for k, n in zip(kinds, found.names, strict=True)]
    if any(k is None for k in kinds):
        return None
    if organs_only and not any(k == "organ" and _strong(n) and _governmental(n)
                               for k, n in zip(kinds, found.names, strict=True)) and \
            not _sections(found.names, kinds):
        return None
    return found


# the sections inside a bureau (综合科, 法规宣教股, 办公室, 监察支队, 监测站): the owners a
# bureau's own plan names
# (a hospital's specialties, 心血管内科 普外科 儿科, are the work's field, not its owners)
_SECTION_END = re.compile(r"(?:(?<![内外儿妇产眼骨])科|股|办公室|支队|大队|中队|站|所)$")
# one alone: not 会议室, and a ministry's 司 but no company's (分公司)
_OWN_SECTION_END = re.compile(r"(?:(?<![内外儿妇产眼骨])科|股|办公室|(?<!公)司)$")


def _sections(names: list[str], kinds: list[str | None]) -> bool:
    """Whether names are all of a bureau's sections: two or more such, or one that only a
    section's name ends as."""
    if any(k != "organ" or len(n) < 3 for k, n in zip(kinds, names, strict=True)):
        return False
    ends = _SECTION_END if len(names) >= 2 else _OWN_SECTION_END
    return all(ends.search(clean(n)) for n in names)


def weak_end(name: str) -> bool:
    """Whether name ends with an ending ordinary words share (组 站 会 所 …): 市教育局组织's
    unit is 市教育局, not 市教育局组."""
    return bool(_WEAK_END.search(clean(LEAD_MARK.sub("", name))))


def _strong(name: str) -> bool:
    """An organ's name that no ordinary phrase has: a strong ending, or a weak one after a
    level (市文旅局, 区妇联; not 试行, 社会)."""
    name = clean(LEAD_MARK.sub("", name))
    return not _WEAK_END.search(name) or bool(_LEVEL.match(name))


def _governmental(name: str) -> bool:
    """A government's organ (区住建局, 市国投集团): not a company or a school a sentence gives as
    an example (如某某集团)."""
    name = clean(LEAD_MARK.sub("", name))
    return bool(_GOVERNMENT_END.search(name) or _LEVEL.match(name))


def split_units(text: str, known: Collection[str] = ()) -> list[str] | None:
    """The names of the list of units text is (市教育局、市人社局 -> [市教育局, 市人社局]), or None
    when text is not a list of units (a sentence, people, a scope)."""
    found = read(text, known)
    return found.names if found is not None else None


def is_list(text: str) -> bool:
    """Whether text is a list of units (one or more): the registry's word for one, else the
    grammar's names of organs, on a line each or between 、."""
    return looks_like_units(text) or read(text, organs_only=True) is not None


def is_section(name: str) -> bool:
    """Whether name is a section of a body (学工处, 财务科, 综合股): a unit's name that ends as a
    section does."""
    return len(name) >= 3 and _SECTION_ONLY.search(name) is not None and read(name) is not None


_SECTION_ONLY = re.compile(r"(?:处|(?<![内外儿妇产眼骨])科|股)$")  # (not 心内科: a field)


def is_self(name: str) -> bool:
    """Whether name is the issuer naming itself (我局, 我部)."""
    return SELF.fullmatch(name) is not None


def is_short_organ(name: str) -> bool:
    """Whether name is an organ of two characters, its level left out (妇联, 团委, 科协)."""
    return _SHORT_ORGAN.match(name) is not None


def without_ending(name: str) -> str:
    """name without the organ's ending it closes with (交警大队 -> 交警, 县卫健委 -> 县卫健)."""
    return _ORGAN.sub("", name)


# 该局, 该厅, 该委, 该中心: a news page's "the bureau", the organ it named before (not a word's
# own 该: 应该局部…, 不该局限于, 该委员, 该委托协议, 该厅级干部, 该中心城区, 该中心医院)
_THE_ORGAN = re.compile(r"(?<![应活合不更本就也])该(?P<end>局(?![限长部面势])|厅(?![级长])|"
                        r"委(?![员托屈婉])|中心(?![城区街镇村站医小学广]))")
# words no organ's name holds, which a run of words before an ending may (据市统计局, 会同市应急管理
# 局, 会议由市卫健委, 市市场监管局联合市公安局, 记者从…局): a source, a partner, a verb
# (a time before the name is none of it either: read() refuses a name that opens with one)
_NOT_IN_NAME = re.compile(r"[据由从对向在到将把被为是了的]|联合|会同|协同|会议|记者|参加|参与|"
                          r"根据|按照")
_NAME_MAX = 24  # characters: the longest organ's name looked for
# where an organ's name may start: after a mark, or after words that open the clause it is the
# subject of, or name where the page had its news (近日，…; 记者从市城管局获悉; 由市…牵头)
_SUBJECT_BEFORE = re.compile(rf"(?:[^\u4e00-\u9fff（）()]|从|由|{TIME_BEFORE}|"
                             r"据悉|获悉|了解到|对此)$")
# …or after words that make it another's: its partner, its judge, its source of rules (联合市公安局,
# 对市交通运输局开展审计, 根据铜仁供电局审批的…): a name the page holds, none a 该局 means
_OTHER_BEFORE = re.compile(r"(?:和|与|及|联合|会同|协同|对|向|根据|按照|依据|对照|经|报|受|据)$")


def _organs_ending(before: str, end: str) -> list[tuple[str, int, bool]]:
    """(name, where it ends, whether it stands as a subject) of each organ with the ending end
    that before names: its longest reading from a clause's start or after a word that makes it
    another's, holding no source's, partner's or verb's word (not 局长: a post)."""
    ending = "委(?:员会)?" if end == "委" else end
    named: list[tuple[str, int, bool]] = []
    for m in re.finditer(f"(?:{ending})(?!长)", before):
        stop = m.end()
        if before[m.start() - 1:m.start()] == "该":
            continue
        for start in range(max(0, stop - _NAME_MAX), m.start() - 1):
            name = before[start:stop]
            lead = before[max(0, start - 4):start]
            # (广东省公安厅、深圳市公安局有关负责人…: one of a list, none the page's subject)
            subject = (start == 0 or _SUBJECT_BEFORE.search(lead) is not None) and \
                not re.match(r"\s*[、和及与]", before[stop:stop + 2])
            if not (subject or _OTHER_BEFORE.search(lead)) or \
                    not re.fullmatch(r"[\u4e00-\u9fff（）()]+", name) or _NOT_IN_NAME.search(name):
                continue
            found = read(name, organs_only=True)
            if found is not None and found.names == [name]:
                named.append((name, stop, subject))
                break
    return named


def _one_organ(names: list[str]) -> str | None:
    """The organ names all name, in full or short (张家界市市场监管局, 市市场监管局), by its
    longest name, else None."""
    if not names:
        return None
    longest = max(names, key=len)
    return longest if all(longest.endswith(name) for name in names) else None


def named_before(before: str, end: str) -> str | None:
    """The organ with the ending end (局) a later 该局 means: the one its own sentence names as a
    subject (…市生态环境局负责同志表示，下一步，该局将…), or the one the page names before it as a
    subject, in full or short, where it names no other (近日，张家界市市场监管局开展…。…。下一步，
    该局将…); None where it names none, or two (…市教育局召开…。市公安局有关负责同志参加会议。下一
    步，该局将…; …对市交通运输局开展审计…。该局要…: which one the page means, no rule can tell)."""
    named = _organs_ending(before, end)
    sentence = max(before.rfind(ch) for ch in "。！？\n")
    own = [(name, subject) for name, stop, subject in named if stop > sentence]
    if any(subject for _, subject in own):
        return _one_organ([name for name, _ in own])
    if own:
        return None
    if _one_organ([name for name, _, _ in named]) is None:
        return None
    return max((name for name, _, subject in named if subject), key=len, default=None)


def the_organs_named(lines: list[str]) -> list[str]:
    """lines with each 该局 (该厅, 该委, 该中心) a page writes for an organ it named before
    written as that organ's name (…。下一步，该局将加大… -> 张家界市市场监管局将加大…): whose the
    work is, for every reading; left as it stands where no name before it can be told."""
    if not any("该" in line for line in lines):
        return lines
    out: list[str] = []
    for line in lines:
        if _THE_ORGAN.search(line):  # (the page before it joined only where a 该局 is)
            line = _THE_ORGAN.sub(functools.partial(_name_of, "\n".join(out) + "\n", line), line)
        out.append(line)
    return out


def _name_of(before: str, line: str, m: re.Match[str]) -> str:
    """The organ's name for the 该局 m finds in line, the page's lines before it before."""
    return named_before(before + line[:m.start()], m.group("end")) or m.group(0)
