"""vtrack remind (催办), main() in the test's process: 钉钉 and 企业微信 robots played by a local
HTTP server that records what it is sent, mail by a local SMTP server, the 催办 entries in the
history file, and the .ics alarms."""
import base64
import datetime
import email
import email.header
import email.policy
import hashlib
import hmac
import http.server
import json
import socketserver
import subprocess
import threading
import urllib.parse

import pytest

from conftest import agrees_with_a_rebuild, task, write_tasks

# local servers, a git clone and flows of many commands: the slow layer
pytestmark = pytest.mark.slow

SECRET = "SEC0123456789abcdef"  # a made-up 钉钉 signing secret
NOW_MS = 1661990400000  # 2022-09-01 00:00:00 UTC


class Robots:
    """A local HTTP server standing in for the robots' webhooks: it records each request
    (path, query, JSON body) and answers as a robot does, or with what a test sets for a
    path (an HTTP status, or an errcode)."""

    def __init__(self):
        self.requests = []
        self.fail = {}  # path -> ("http", 500) or ("errcode", 310000)
        robots = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers["Content-Length"])
                raw = self.rfile.read(length)
                parts = urllib.parse.urlsplit(self.path)
                robots.requests.append({"path": parts.path,
                                        "query": urllib.parse.parse_qs(parts.query),
                                        "raw_query": parts.query,
                                        "type": self.headers["Content-Type"],
                                        "raw": raw, "body": json.loads(raw)})
                how, value = robots.fail.get(parts.path, ("errcode", 0))
                if how == "http":
                    self.send_response(value)
                    self.end_headers()
                    return
                answer = json.dumps({"errcode": value,
                                     "errmsg": "ok" if not value else "sign not match"})
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(answer.encode())

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def on(self, path):
        return [r for r in self.requests if r["path"] == path]


class Mailbox:
    """A tiny SMTP server (RFC 5321's few commands) that keeps each mail's bytes."""

    def __init__(self):
        self.mails = []
        box = self

        class Handler(socketserver.StreamRequestHandler):
            def say(self, line):
                self.wfile.write(line.encode() + b"\r\n")

            def handle(self):
                self.say("220 localhost ESMTP test")
                while True:
                    line = self.rfile.readline()
                    if not line:
                        return
                    verb = line.decode("ascii", "replace").strip().split(" ")[0].upper()
                    if verb in ("EHLO", "HELO"):
                        self.say("250 localhost")
                    elif verb in ("MAIL", "RCPT", "RSET", "NOOP"):
                        self.say("250 OK")
                    elif verb == "DATA":
                        self.say("354 go on")
                        data = b""
                        while True:
                            chunk = self.rfile.readline()
                            if chunk in (b".\r\n", b".\n", b""):
                                break
                            data += chunk[1:] if chunk.startswith(b"..") else chunk
                        box.mails.append(data)
                        self.say("250 queued")
                    elif verb == "QUIT":
                        self.say("221 bye")
                        return
                    else:
                        self.say("502 not here")

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def parsed(self):
        return [email.message_from_bytes(m, policy=email.policy.default) for m in self.mails]

# local servers, a git clone and flows of many commands: the slow layer
pytestmark = pytest.mark.slow


@pytest.fixture
def robots():
    server = Robots()
    yield server
    server.server.shutdown()


@pytest.fixture
def mailbox():
    server = Mailbox()
    yield server
    server.server.shutdown()


def office(tmp_path, robots, mail=False, extra=None):
    """A plan of the city's: 市教育局 on 钉钉 (signed), 市人社局 on 企业微信, 市财政局 by mail
    (or on a robot), 市经信局 with no channel."""
    plans = [{"id": "ezhou-2022", "title": "鄂州市推动现代职业教育高质量发展的实施方案",
              "issuer": "鄂州市人民政府", "issued": datetime.date(2022, 8, 9), "tasks": [
                  task("ezhou-2022", 1, ["市教育局", "市人社局"], "2022-08-31",
                       title="出台具体方案"),
                  task("ezhou-2022", 2, ["市教育局"], "2022-09-05", title="建设实训基地"),
                  task("ezhou-2022", 3, ["人社局", "市财政局"], "2022-08-15",
                       lead=["市财政局"], title="落实经费保障"),
                  task("ezhou-2022", 4, ["市教育局"], "2022-12-31", title="远期任务"),
                  task("ezhou-2022", 5, ["市经信局"], "2022-08-20", title="无人可催"),
                  task("ezhou-2022", 6, ["市教育局"], "2022-08-10", status="done",
                       done_on=datetime.date(2022, 8, 9), title="已办结"),
              ]}]
    departments = {
        "市教育局": {"remind": {"dingtalk": f"{robots.url}/dingtalk?access_token=jyj",
                              "secret_env": "VTRACK_DD_SECRET_JYJ"}},
        "市人社局": {"aliases": ["人社局"], "remind": {"wecom": f"{robots.url}/wecom?key=rsj"}},
        "市财政局": {"remind": {"mail": "czj@example.gov.cn"} if mail else
                     {"wecom": f"{robots.url}/wecom-czj?key=czj"}},
        **(extra or {}),
    }
    return write_tasks(tmp_path / "tasks.yaml", plans, departments)


ENV = {"VTRACK_DD_SECRET_JYJ": SECRET, "VTRACK_NOW_MS": str(NOW_MS), "VTRACK_USER": "王强"}


def expected_sign(secret, timestamp):
    """钉钉's documented 加签, computed here apart from vtrack's code."""
    digest = hmac.new(secret.encode(), f"{timestamp}\n{secret}".encode(), hashlib.sha256)
    return urllib.parse.quote_plus(base64.b64encode(digest.digest()).decode())


def test_dingtalk_and_wecom_bodies_and_signature(tmp_path, robots, run):
    office(tmp_path, robots)
    r = run("remind", env=ENV)
    assert r.code == 0, r.err
    assert "市经信局" in r.err and "未设催办渠道" in r.err  # said, not sent, not an error
    [dd] = robots.on("/dingtalk")
    # signed: the token kept, timestamp and sign added as the documented formula gives them
    assert dd["query"]["access_token"] == ["jyj"]
    assert dd["query"]["timestamp"] == [str(NOW_MS)]
    assert dd["raw_query"].endswith(f"&timestamp={NOW_MS}&sign={expected_sign(SECRET, NOW_MS)}")
    assert dd["type"].startswith("application/json")
    text = ("### 【催办】鄂州市教育局：逾期 1 项，7 天内到期 1 项\n"
            "\n"
            "**已逾期（1 项）**\n"
            "- **出台具体方案**：截止 2022-08-31，已逾期 1 天；牵头；"
            "计划：鄂州市推动现代职业教育高质量发展的实施方案；编号 ezhou-2022-01\n"
            "\n"
            "**7 天内到期（1 项）**\n"
            "- **建设实训基地**：截止 2022-09-05，还有 4 天；牵头；"
            "计划：鄂州市推动现代职业教育高质量发展的实施方案；编号 ezhou-2022-02\n"
            "\n"
            "（截至 2022-09-01，由 vtrack 发出；请及时办理并报送进展）")
    assert dd["body"] == {"msgtype": "markdown",
                          "markdown": {"title": "催办：鄂州市教育局", "text": text}}
    assert "|" not in text  # no table: neither robot renders one
    [wx] = robots.on("/wecom")
    assert wx["query"] == {"key": ["rsj"]}
    content = ("### 【催办】鄂州市人社局：逾期 2 项，7 天内到期 0 项\n"
               "\n"
               "**已逾期（2 项）**\n"
               "- **落实经费保障**：截止 2022-08-15，已逾期 17 天；配合；"
               "计划：鄂州市推动现代职业教育高质量发展的实施方案；编号 ezhou-2022-03\n"
               "- **出台具体方案**：截止 2022-08-31，已逾期 1 天；配合；"
               "计划：鄂州市推动现代职业教育高质量发展的实施方案；编号 ezhou-2022-01\n"
               "\n"
               "（截至 2022-09-01，由 vtrack 发出；请及时办理并报送进展）")
    assert wx["body"] == {"msgtype": "markdown", "markdown": {"content": content}}
    assert len(robots.on("/wecom-czj")) == 1
    assert len(robots.requests) == 3
    # the history file: one 催办 entry per task named, with the channel and the department
    lines = (tmp_path / "tasks.history.yaml").read_text(encoding="utf-8")
    assert "- {'on': 2022-09-01, task: ezhou-2022-01, remind: 钉钉：鄂州市教育局, by: 王强}" \
        in lines
    assert "task: ezhou-2022-01, remind: 企业微信：鄂州市人社局" in lines
    assert lines.count("remind:") == 5  # 教育局 2, 人社局 2, 财政局 1

    # a second run the same day sends nothing, and says so
    again = run("remind", env=ENV)
    assert again.code == 0, again.err
    assert len(robots.requests) == 3
    assert "今天已催办过" in again.out and "没有要发出的催办" in again.out
    assert (tmp_path / "tasks.history.yaml").read_text(encoding="utf-8") == lines
    # --force sends again (the day's record stays one per task and channel)
    forced = run("remind", "--force", "--dept", "市教育局", env=ENV)
    assert forced.code == 0, forced.err
    assert len(robots.on("/dingtalk")) == 2 and len(robots.requests) == 4
    # the next day: reminded again, and the message says how often before
    robots.requests.clear()
    assert run("remind", env={**ENV, "VTRACK_TODAY": "2022-09-02"}).code == 0
    [dd] = robots.on("/dingtalk")
    assert ("已逾期 2 天；牵头；计划：鄂州市推动现代职业教育高质量发展的实施方案；"
            "编号 ezhou-2022-01；已催办 1 次") in dd["body"]["markdown"]["text"]


def test_dry_run_sends_nothing_records_nothing(tmp_path, robots, run):
    office(tmp_path, robots)
    r = run("remind", "--dry-run", "--within", "0", env=ENV)
    assert r.code == 0, r.err
    assert robots.requests == []
    assert not (tmp_path / "tasks.history.yaml").exists()
    assert "将发给 鄂州市教育局（钉钉）：逾期 1 项，即将到期 0 项；1 条消息（" in r.out
    assert "将发给 鄂州市人社局（企业微信）：逾期 2 项" in r.out
    assert "建设实训基地" not in r.out  # --within 0: only what is late today


def test_a_failed_send_names_the_department_and_the_rest_go(tmp_path, robots, run):
    office(tmp_path, robots)
    robots.fail["/dingtalk"] = ("errcode", 310000)
    robots.fail["/wecom"] = ("http", 500)
    r = run("remind", env=ENV)
    assert r.code == 1
    failures = [line for line in r.err.splitlines() if "失败" in line]
    assert sorted(failures) == [
        "vtrack: 催办 鄂州市人社局（企业微信）失败：HTTP 500 Internal Server Error",
        "vtrack: 催办 鄂州市教育局（钉钉）失败：errcode 310000：sign not match"]
    assert len(robots.on("/wecom-czj")) == 1  # the others are still sent
    lines = (tmp_path / "tasks.history.yaml").read_text(encoding="utf-8")
    assert "鄂州市财政局" in lines and "鄂州市教育局" not in lines and "人社局" not in lines
    # fixed: the next run sends what failed, and only that
    robots.fail.clear()
    robots.requests.clear()
    r = run("remind", env=ENV)
    assert r.code == 0, r.err
    assert sorted(q["path"] for q in robots.requests) == ["/dingtalk", "/wecom"]


def test_a_missing_secret_is_a_failed_send(tmp_path, robots, run):
    office(tmp_path, robots)
    r = run("remind", env={k: v for k, v in ENV.items() if k != "VTRACK_DD_SECRET_JYJ"})
    assert r.code == 1
    assert "催办 鄂州市教育局（钉钉）失败：未设置环境变量 $VTRACK_DD_SECRET_JYJ" in r.err
    assert robots.on("/dingtalk") == [] and len(robots.on("/wecom")) == 1


def test_mail_one_per_department_with_a_chinese_subject(tmp_path, robots, mailbox, run):
    office(tmp_path, robots, mail=True, extra={
        "市经信局": {"remind": {"mail": ["jxj@example.gov.cn", "jxj2@example.gov.cn"]}}})
    env = {**ENV, "VTRACK_SMTP_HOST": "127.0.0.1", "VTRACK_SMTP_PORT": str(mailbox.port),
           "VTRACK_MAIL_FROM": "督查室 <dcs@example.gov.cn>"}
    r = run("remind", env=env)
    assert r.code == 0, r.err
    mails = mailbox.parsed()
    assert len(mails) == 2  # one per department: 经信局's to both its addresses

    by_to = {str(m["To"]): m for m in mails}
    czj = by_to["czj@example.gov.cn"]
    # the header on the wire is RFC 2047 encoded; decoded, it is the Chinese subject
    wire = mailbox.mails[mails.index(czj)]
    wire.decode("ascii")  # 7-bit clean: nothing a relay could mangle
    header = email.message_from_bytes(wire)["Subject"]  # as sent, folded lines joined
    assert header.lower().startswith("=?utf-8?")
    decoded = "".join(part.decode(charset) if isinstance(part, bytes) else part
                      for part, charset in email.header.decode_header(header))
    assert decoded == "【催办】鄂州市财政局：逾期 1 项，7 天内到期 0 项"
    assert str(czj["Subject"]) == decoded  # as a mail client reads it
    body = czj.get_content()
    assert "落实经费保障：截止 2022-08-15，已逾期 17 天；牵头" in body
    assert str(czj["From"]) == "督查室 <dcs@example.gov.cn>"
    assert set(by_to) == {"czj@example.gov.cn", "jxj@example.gov.cn, jxj2@example.gov.cn"}
    assert str(by_to["jxj@example.gov.cn, jxj2@example.gov.cn"]["Subject"]) == \
        "【催办】鄂州市经信局：逾期 1 项，7 天内到期 0 项"
    lines = (tmp_path / "tasks.history.yaml").read_text(encoding="utf-8")
    assert "remind: 邮件：鄂州市财政局" in lines
    # no server named: each mail department fails, saying what to set; robots still go
    robots.requests.clear()
    r = run("remind", "--force", env={**ENV})
    assert r.code == 1
    assert "催办 鄂州市财政局（邮件）失败：未设置 $VTRACK_SMTP_HOST" in r.err
    assert len(robots.requests) == 2


def git(*args, cwd):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org",
                        "HOME": str(cwd), "PATH": "/usr/bin:/bin"})


def test_a_fresh_clone_shows_the_counts(tmp_path, robots, run):
    repo = tmp_path / "office"
    repo.mkdir()
    office(repo, robots)
    git("init", "-q", cwd=repo)
    assert run("remind", env=ENV, cwd=repo).code == 0
    assert run("remind", env={**ENV, "VTRACK_TODAY": "2022-09-02"}, cwd=repo).code == 0
    agrees_with_a_rebuild(run, repo)  # the cache's 催办 are the history file's
    git("add", "tasks.yaml", "tasks.history.yaml", ".gitattributes", cwd=repo)
    git("commit", "-qm", "催办", cwd=repo)
    clone = tmp_path / "clone"
    git("clone", "-q", str(repo), str(clone), cwd=tmp_path)
    assert not (clone / ".vtrack.db").exists()
    show = run("show", "ezhou-2022-01", env=ENV, cwd=clone)
    assert show.code == 0, show.err
    # two days, two channels (钉钉 to 教育局, 企业微信 to 人社局): four 催办
    assert "已催办 4 次（最近 2022-09-02）" in show.out
    digest = run("digest", "--as-of", "2022-09-02", env=ENV, cwd=clone)
    assert digest.code == 0, digest.err
    assert "已催办 4 次" in digest.out
    assert "催办" not in digest.out.split("## 本期变更")[1].split("##")[1]  # not a change
    history = run("history", "ezhou-2022-01", env=ENV, cwd=clone)
    assert "催办（钉钉：鄂州市教育局）" in history.out


@pytest.mark.parametrize("remind, message", [
    ("{dingtalk: not-a-url}", "dingtalk 应是机器人的 webhook 地址"),
    ("{mail: 教育局}", "mail 应是邮件地址"),
    ("{wecom: 'https://qyapi.weixin.qq.com/x', secret_env: X}",
     "secret_env 是钉钉机器人的加签密钥，只能与 dingtalk 一起写"),
    ("{dingtalk: 'https://oapi.dingtalk.com/robot/send', secret_env: 'SEC123 abc'}",
     "secret_env 应是环境变量的名称"),
    ("{webhook: 'https://x'}", "没有键 'webhook'"),
    ("{}", "需要 dingtalk、wecom、mail 之一"),
])
def test_the_registry_fields_are_checked_where_written(tmp_path, run, remind, message):
    (tmp_path / "tasks.yaml").write_text(
        "version: 1\ndepartments:\n  市教育局:\n    contact: 王老师\n"
        f"    remind: {remind}\nplans: []\n", encoding="utf-8")
    r = run("check")
    assert r.code != 0
    assert "tasks.yaml:5:" in r.err and message in r.err, r.err
    assert "Traceback" not in r.err


@pytest.mark.parametrize("channel, key, limit, count", [
    ("wecom", "content", 4096, 40),  # 企业微信: markdown content at most 4096 bytes
    ("dingtalk", "text", 20000, 120),  # 钉钉: below ~20000 bytes
])
def test_a_long_message_is_split_below_the_limit_on_items(tmp_path, robots, run, channel,
                                                          key, limit, count):
    many = [task("big-2022", k, ["市人社局"], "2022-08-20", title=f"第{k}项任务" + "很长的标题" * 8)
            for k in range(1, count + 1)]
    write_tasks(tmp_path / "tasks.yaml", [{"id": "big-2022", "title": "大计划", "tasks": many}],
                {"市人社局": {"remind": {channel: f"{robots.url}/{channel}?key=rsj"}}})
    r = run("remind", env=ENV)
    assert r.code == 0, r.err
    parts = robots.on(f"/{channel}")
    assert len(parts) > 1
    texts = [p["body"]["markdown"][key] for p in parts]
    assert all(len(t.encode("utf-8")) <= limit for t in texts)
    assert sum(t.count("\n- ") for t in texts) == count
    assert f"（第 1/{len(parts)} 部分）" in texts[0]
    # every task named once, whole, in order
    for k in range(1, count + 1):
        assert sum(f"编号 big-2022-{k:02d}\n" in t for t in texts) == 1
    # all recorded: the parts are one message
    history = (tmp_path / "tasks.history.yaml").read_text(encoding="utf-8")
    assert history.count("remind:") == count


def test_ics_alarms_lead_in_the_title_and_the_count(tmp_path, robots, run):
    from icalendar import Calendar
    office(tmp_path, robots)
    assert run("remind", env=ENV).code == 0
    r = run("ics", "-o", "tasks.ics", env=ENV)
    assert r.code == 0, r.err
    cal = Calendar.from_ical((tmp_path / "tasks.ics").read_bytes())
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    first = events["ezhou-2022-01@vtrack"]
    assert str(first["summary"]) == "【市教育局】出台具体方案（截止）"
    assert str(events["ezhou-2022-03@vtrack"]["summary"]) == "【市财政局】落实经费保障（截止）"
    assert "已催办 2 次" in str(first["description"])
    [alarm] = first.walk("VALARM")
    assert str(alarm["action"]) == "DISPLAY"
    # 09:00 three days before the all-day event's day
    assert alarm["trigger"].dt == datetime.timedelta(days=-3, hours=9)
    assert b"TRIGGER:-P2DT15H" in (tmp_path / "tasks.ics").read_bytes()
    assert len([e for e in cal.walk("VEVENT") if e.walk("VALARM")]) == len(events)
    none = run("ics", "-o", "none.ics", "--alarm-days", "0", env=ENV)
    assert none.code == 0, none.err
    cal = Calendar.from_ical((tmp_path / "none.ics").read_bytes())
    assert not any(e.walk("VALARM") for e in cal.walk("VEVENT"))
