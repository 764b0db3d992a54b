"""click's own words (Usage:, Options, its error messages) in Chinese, like the rest of vtrack,
and its help text wrapped as Chinese text is.

click looks its messages up through gettext, which finds translations only in compiled
catalogues on disk under a global domain; vtrack instead gives the click modules that
translate a lookup of its own, so no other program's gettext is touched.
"""
import importlib

WORDS = {
    "Usage:": "用法:",  # click puts a space after it; 选项: and 命令: take ASCII colons too
    "Options": "选项",
    "Commands": "命令",
    "Show this message and exit.": "显示本帮助并退出。",
    "Show the version and exit.": "显示版本并退出。",
    "Error: {message}": "错误：{message}",
    "Try '{command} {option}' for help.": "运行 '{command} {option}' 查看帮助。",
    "No such option {name!r}.": "没有选项 {name}。",
    "No such option: {name}": "没有选项 {name}。",
    "No such command {name!r}.": "没有命令 {name}。",
    "Missing command.": "缺少命令。",
    "Missing argument": "缺少参数",
    "Missing option": "缺少选项",
    "Missing parameter": "缺少参数",
    "Missing parameter: {param_name}": "缺少参数：{param_name}",
    "Missing {param_type}": "缺少{param_type}",
    "Invalid value for {param_hint}: {message}": "{param_hint} 的值不对：{message}",
    "Invalid value: {message}": "值不对：{message}",
    "Option {name!r} does not take a value.": "选项 {name} 不带值。",
    "Got unexpected extra argument ({args})": "多出了参数（{args}）",
    "Got unexpected extra arguments ({args})": "多出了参数（{args}）",
    "Option {name!r} requires an argument.": "选项 {name} 需要一个值。",
    "Option {name!r} requires {nargs} arguments.": "选项 {name} 需要 {nargs} 个值。",
    "Did you mean {possibility}?": "是不是 {possibility}？",
    "(Did you mean one of: {possibilities}?)": "（是不是以下之一：{possibilities}？）",
    "{value!r} is not {choice}.": "{value!r} 不是 {choice}。",
    "{value!r} is not one of {choices}.": "{value!r} 不在可选值 {choices} 之中。",
    "{value!r} is not a valid {number_type}.": "{value!r} 不是有效的{number_type}。",
    "{value} is not in the range {range}.": "{value} 不在范围 {range} 内。",
    "default: {default}": "默认：{default}",
    "env var: {var}": "环境变量：{var}",
    "Aborted!": "已中止！",
    "Could not open file {filename!r}: {message}": "打不开文件 {filename!r}：{message}",
    "{name} {filename!r} does not exist.": "{name} {filename!r} 不存在。",
    "{name} {filename!r} is a directory.": "{name} {filename!r} 是目录。",
    "{name} {filename!r} is a file.": "{name} {filename!r} 是文件。",
    "{name} {filename!r} is not readable.": "{name} {filename!r} 不可读。",
    "{name} {filename!r} is not writable.": "{name} {filename!r} 不可写。",
    "file": "文件",
    "directory": "目录",
    "path": "路径",
}
MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "types", "termui")


def gettext(message):
    return WORDS.get(message, message)


def ngettext(singular, plural, n):
    return gettext(singular if n == 1 else plural)


# a number type's name goes into "… is not a valid {number_type}" as it is
TYPE_NAMES = {"IntParamType": "整数", "IntRange": "整数", "FloatParamType": "数",
              "FloatRange": "数"}


def wrap_text(text, width=78, initial_indent="", subsequent_indent="",
              preserve_paragraphs=False):
    """click.formatting.wrap_text for Chinese: click's wraps at spaces only and counts a
    Chinese character as one column, so a line of Chinese ran past the terminal and broke
    inside ASCII words. This one measures terminal columns and breaks between Chinese
    characters or at spaces (outputs.text.fold), never before a closing mark. Paragraphs as
    click has them: blank lines between, a \\b line before a block kept as written."""
    from ..outputs.text import display_width, fold

    text = text.expandtabs()
    paragraphs = []  # (extra indent, kept as written, text)
    if not preserve_paragraphs:
        paragraphs.append((0, False, _joined(text.splitlines())))
    else:
        block, indent = [], None
        for line in text.splitlines() + [""]:
            if line:
                if indent is None:
                    indent = display_width(line) - display_width(line.lstrip())
                block.append(line)
                continue
            if block:
                raw = block[0].strip() == "\b"
                paragraphs.append((indent or 0, raw, "\n".join(block[1:]) if raw
                                   else _joined(block)))
            block, indent = [], None
    out = []
    for extra, raw, body in paragraphs:
        first, rest = initial_indent + " " * extra, subsequent_indent + " " * extra
        if raw:
            lines = body.splitlines() or [""]
        else:
            room = width - max(display_width(first), display_width(rest))
            lines = fold(body, max(room, 10))
        out.append("\n".join((first if k == 0 else rest) + line
                             for k, line in enumerate(lines)))
    return "\n\n".join(out)


def _joined(lines):
    """A paragraph's lines as one: Chinese runs on from line to line without a space, as a
    docstring's lines break where the source did, not where a word ends."""
    from ..outputs.text import display_width

    text = ""
    for line in (line.strip() for line in lines):
        if text and line and not (display_width(text[-1]) == 2 and display_width(line[0]) == 2):
            text += " "
        text += line
    return text


def install():
    import click.formatting
    import click.types
    click.formatting.wrap_text = wrap_text  # HelpFormatter looks it up there at each call
    for cls, name in TYPE_NAMES.items():
        getattr(click.types, cls).name = name
    for name in MODULES:
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            setattr(module, "_", gettext)  # noqa: B010 - the module's own name for gettext
        if hasattr(module, "ngettext"):
            setattr(module, "ngettext", ngettext)  # noqa: B010
