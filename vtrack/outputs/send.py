"""催办 sent: a robot's webhook by HTTP POST (urllib), a mail by SMTP (smtplib).

Each send either succeeds or raises SendError with the reason in one line, so the caller can
name the department, go on with the others, and record only what was sent. The mail server
and its login come from the environment, never from tasks.yaml (which is kept in git):

    VTRACK_SMTP_HOST, VTRACK_SMTP_PORT (default 25, 465 with SSL, 587 with STARTTLS),
    VTRACK_SMTP_USER, VTRACK_SMTP_PASSWORD, VTRACK_SMTP_STARTTLS=1, VTRACK_SMTP_SSL=1,
    VTRACK_MAIL_FROM (default: the user)
"""
from __future__ import annotations

import json
import os
from collections.abc import Mapping

from . import remind

TIMEOUT = 15  # seconds for one request: a robot that does not answer is a failed send


class SendError(Exception):
    """A send that failed: the reason, in one line."""


def post(url: str, payload: dict) -> None:
    """POST one JSON body to a robot's webhook; SendError unless the answer is HTTP 2xx
    with `errcode` 0 (钉钉 and 企业微信 both answer {"errcode": 0, "errmsg": "ok"})."""
    import urllib.error
    import urllib.request
    request = urllib.request.Request(url, data=remind.body(payload), method="POST",
                                     headers={"Content-Type": "application/json; charset=utf-8"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as answer:
            data = answer.read()
    except urllib.error.HTTPError as e:
        raise SendError(f"HTTP {e.code} {e.reason}") from None
    except (urllib.error.URLError, OSError) as e:
        reason = getattr(e, "reason", None) or e
        raise SendError(f"无法连接：{reason}") from None
    try:
        reply = json.loads(data)
    except ValueError:
        raise SendError(f"回复不是 JSON：{data[:80]!r}") from None
    code = reply.get("errcode") if isinstance(reply, dict) else None
    if code != 0:
        message = reply.get("errmsg") if isinstance(reply, dict) else None
        raise SendError(f"errcode {code}：{message}")


def send_robot(message: remind.Message, env: Mapping[str, str], now_ms: int) -> int:
    """Send a message to its robot, part by part; how many parts. 钉钉 with secret_env is
    signed with the secret that variable holds."""
    url = message.address
    if message.channel == "dingtalk" and message.secret_env:
        secret = env.get(message.secret_env)
        if not secret:
            raise SendError(f"未设置环境变量 ${message.secret_env}（钉钉机器人的加签密钥）")
        url = remind.signed_url(url, secret, now_ms)
    parts = remind.payloads(message)
    for k, payload in enumerate(parts, start=1):
        try:
            post(url, payload)
        except SendError as e:
            said = f"（第 {k}/{len(parts)} 部分；前 {k - 1} 部分已发出）" if len(parts) > 1 else ""
            raise SendError(f"{e}{said}") from None
    return len(parts)


def _flag(env: Mapping[str, str], name: str) -> bool:
    return env.get(name, "").strip().lower() in ("1", "true", "yes", "on")


def mail(message: remind.Message, sender: str, now_ms: int):
    """The mail for a message: a Chinese subject (RFC 2047, as EmailMessage writes it), a
    plain text body."""
    import email.utils
    from email.message import EmailMessage
    out = EmailMessage()
    out["Subject"] = message.subject
    out["From"] = sender
    out["To"] = message.address
    out["Date"] = email.utils.formatdate(now_ms / 1000, localtime=True)
    out["Message-ID"] = email.utils.make_msgid(domain="vtrack")
    out.set_content(remind.plain_text(message))
    return out


def smtp_settings(env: Mapping[str, str]) -> dict:
    """The mail server from the environment; SendError naming what is missing."""
    host = env.get("VTRACK_SMTP_HOST", "").strip()
    if not host:
        raise SendError("未设置 $VTRACK_SMTP_HOST（发信服务器）")
    ssl, starttls = _flag(env, "VTRACK_SMTP_SSL"), _flag(env, "VTRACK_SMTP_STARTTLS")
    port_text = env.get("VTRACK_SMTP_PORT", "").strip()
    try:
        port = int(port_text) if port_text else 465 if ssl else 587 if starttls else 25
    except ValueError:
        raise SendError(f"$VTRACK_SMTP_PORT 是 {port_text!r}：应是端口号") from None
    user = env.get("VTRACK_SMTP_USER", "").strip()
    sender = env.get("VTRACK_MAIL_FROM", "").strip() or user
    if not sender:
        raise SendError("未设置 $VTRACK_MAIL_FROM（发件人地址）")
    return {"host": host, "port": port, "ssl": ssl, "starttls": starttls, "user": user,
            "password": env.get("VTRACK_SMTP_PASSWORD", ""), "sender": sender}


def send_mail(message: remind.Message, env: Mapping[str, str], now_ms: int) -> int:
    """Send a message by mail; 1 (its one part)."""
    import smtplib
    import ssl
    settings = smtp_settings(env)
    try:
        if settings["ssl"]:
            server: smtplib.SMTP = smtplib.SMTP_SSL(settings["host"], settings["port"],
                                                    timeout=TIMEOUT,
                                                    context=ssl.create_default_context())
        else:
            server = smtplib.SMTP(settings["host"], settings["port"], timeout=TIMEOUT)
        with server:
            if settings["starttls"]:
                server.starttls(context=ssl.create_default_context())
            if settings["user"]:
                server.login(settings["user"], settings["password"])
            server.send_message(mail(message, settings["sender"], now_ms))
    except smtplib.SMTPResponseException as e:
        text = e.smtp_error.decode("utf-8", "replace") if isinstance(e.smtp_error, bytes) \
            else str(e.smtp_error)
        raise SendError(f"SMTP {e.smtp_code} {' '.join(text.split())}") from None
    except (smtplib.SMTPException, OSError) as e:
        raise SendError(f"SMTP：{' '.join(str(e).split()) or type(e).__name__}") from None
    return 1


def send(message: remind.Message, env: Mapping[str, str] | None = None,
         now_ms: int = 0) -> int:
    """Send one message by its channel; how many parts went. SendError if it failed."""
    env = os.environ if env is None else env
    if message.channel == "mail":
        return send_mail(message, env, now_ms)
    return send_robot(message, env, now_ms)
