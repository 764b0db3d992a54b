"""The one ask of a covering notice that sends a plan out, where the plan itself gives no
task (its text cut off after 一、总体要求, or only its goals kept):

    各乡镇人民政府，县政府各办、局：
        …现将《某县医共体建设工作实施方案》印发给你们，请结合各自实际，认真贯彻落实。

The addressees on the notice's head line do it: one task, 结合各自实际，认真贯彻落实《…》, owned
by them, with no time unless the ask gives one. Not one of LAYOUTS: a plan whose own items are
read has its work there, and such a closing formula beside them is no task of its own
(run_in_list leaves it out); extract() asks it only of the lines before a plan that gave none.
"""
import re

from .. import owners
from ..tasks import make_task
from .base import Doc, Found

# …印发给你们，请认真贯彻执行。 / 现转发给你们，请遵照执行: the plan sent out, then the ask
_SENT_OUT = re.compile(r"(?:印发|转发|下发)给?(?:你们|你单位|各单位)[，,]?"
                       r"(?P<ask>请[^。！；;]{2,60})")
# the ask ends on the verb of carrying the plan out, which the plan's name completes
_CARRY_OUT = re.compile(r"(?:贯彻落实|贯彻执行|遵照执行|照此执行|参照执行|执行|落实|实施)$")
_NAMED = re.compile(r"《(?P<name>[^《》]{2,60})》")


def _asked(doc: Doc) -> tuple[list[str], str] | None:
    """(the addressees, the words of the ask) of doc's covering notice, else None."""
    to = owners.addressees(doc.lines)
    if not to:
        return None
    for line in doc.lines:
        sent = _SENT_OUT.search(line)
        if sent is None:
            continue
        ask = sent.group("ask")[1:].strip("，, ")
        named = list(_NAMED.finditer(line, 0, sent.start()))
        if named and "《" not in ask and _CARRY_OUT.search(ask):
            # (认真贯彻落实《…方案》: the task says what it carries out)
            ask = f"{ask}《{named[-1].group('name')}》"
        return to, ask
    return None


class CoveringAsk:
    name = "印发通知"

    def recognise(self, doc: Doc) -> float | None:
        return 0.05 if doc.memo("covering_ask", lambda: _asked(doc)) else None

    def read(self, doc: Doc) -> list[Found]:
        asked = doc.memo("covering_ask", lambda: _asked(doc))
        if not asked:
            return []
        to, ask = asked
        task, doubts = make_task(1, ask, to, None, doc.issued, title=ask, year=doc.year)
        return [Found(task, doubts)]
