"""The days of the holidays plans set their deadlines by: 春节前, 元旦前, 国庆节前, 清明前,
端午节前, 中秋节前, 五一前, 六一前, 七一前.

    NAMES                     a regex of the holidays' names (春节, 春節, 国庆, 劳动节 …)
    eve(name, year)           -> date | None: the day before that year's holiday
    next_eve(name, after)     -> date | None: the day before the first such holiday after
                                 the day `after` (a winter plan of October 2021: 2022's)

春节, 端午 and 中秋 follow the lunar calendar and 清明 the solar terms: their days, 1990 to
2050, are in the table below (made with the lunardate package, and for 清明 the formula
[Y×0.2422+C]−[Y/4], Y the year's last two figures, C 5.59 before 2001 and 4.81 after; checked
against the sun's longitude at 15°); a year outside it has no day here.
"""
import datetime
import re

# year, then the month and day of 春节 (正月初一), 清明, 端午 (五月初五) and 中秋 (八月十五)
_MOVING_DAYS = """
    1990 0127 0405 0528 1003  1991 0215 0405 0616 0922  1992 0204 0404 0605 0911
    1993 0123 0405 0624 0930  1994 0210 0405 0613 0920  1995 0131 0405 0602 0909
    1996 0219 0404 0620 0927  1997 0207 0405 0609 0916  1998 0128 0405 0530 1005
    1999 0216 0405 0618 0924  2000 0205 0404 0606 0912  2001 0124 0405 0625 1001
    2002 0212 0405 0615 0921  2003 0201 0405 0604 0911  2004 0122 0404 0622 0928
    2005 0209 0405 0611 0918  2006 0129 0405 0531 1006  2007 0218 0405 0619 0925
    2008 0207 0404 0608 0914  2009 0126 0404 0528 1003  2010 0214 0405 0616 0922
    2011 0203 0405 0606 0912  2012 0123 0404 0623 0930  2013 0210 0404 0612 0919
    2014 0131 0405 0602 0908  2015 0219 0405 0620 0927  2016 0208 0404 0609 0915
    2017 0128 0404 0530 1004  2018 0216 0405 0618 0924  2019 0205 0405 0607 0913
    2020 0125 0404 0625 1001  2021 0212 0404 0614 0921  2022 0201 0405 0603 0910
    2023 0122 0405 0622 0929  2024 0210 0404 0610 0917  2025 0129 0404 0531 1006
    2026 0217 0405 0619 0925  2027 0206 0405 0609 0915  2028 0126 0404 0528 1003
    2029 0213 0404 0616 0922  2030 0203 0405 0605 0912  2031 0123 0405 0624 1001
    2032 0211 0404 0612 0919  2033 0131 0404 0601 0908  2034 0219 0405 0620 0927
    2035 0208 0405 0610 0916  2036 0128 0404 0530 1004  2037 0215 0404 0618 0924
    2038 0204 0405 0607 0913  2039 0124 0405 0527 1002  2040 0212 0404 0614 0920
    2041 0201 0404 0603 0910  2042 0122 0404 0622 0928  2043 0210 0405 0611 0917
    2044 0130 0404 0531 1005  2045 0217 0404 0619 0925  2046 0206 0404 0608 0915
    2047 0126 0405 0529 1004  2048 0214 0404 0615 0922  2049 0202 0404 0604 0911
    2050 0123 0404 0623 0930
"""


def _moving_days() -> dict[str, dict[int, datetime.date]]:
    days: dict[str, dict[int, datetime.date]] = {"春节": {}, "清明": {}, "端午": {}, "中秋": {}}
    for year, *month_days in re.findall(r"(\d{4}) (\d{4}) (\d{4}) (\d{4}) (\d{4})",
                                        _MOVING_DAYS):
        for name, month_day in zip(days, month_days, strict=True):
            days[name][int(year)] = datetime.date(int(year), int(month_day[:2]),
                                                  int(month_day[2:]))
    return days


_MOVING = _moving_days()  # (a test holds it to 61 years of each: no row mistyped)
# the holidays on the same day each year: (month, day)
_FIXED = {"元旦": (1, 1), "五一": (5, 1), "六一": (6, 1), "七一": (7, 1), "国庆": (10, 1)}
_SIMPLIFIED = str.maketrans("節國慶勞動兒黨", "节国庆劳动儿党")
_ALIASES = {"劳动节": "五一", "儿童节": "六一", "建党节": "七一", "五一劳动": "五一",
            "六一儿童": "六一", "七一建党": "七一"}

# the holidays' names as plans print them, simplified or traditional (the 节 after a name
# is the reader's to take: 国庆节, 清明节)
NAMES = (r"春[节節]|元旦|[国國][庆慶]|清明|端午|中秋|[劳勞][动動][节節]|[儿兒]童[节節]|"
         r"建[党黨][节節]|五一(?:[劳勞][动動])?|六一(?:[儿兒]童)?|七一(?:建[党黨])?")


# the characters a holiday's name starts with, for the deadline pattern's first look (a test
# holds every name NAMES reads to one of them)
FIRST_CHARS = "春元国國清端中劳勞儿兒建五六七"


def _day(name: str, year: int) -> datetime.date | None:
    name = name.translate(_SIMPLIFIED)
    name = _ALIASES.get(name, name)
    if name in _FIXED:
        return datetime.date(year, *_FIXED[name])
    return _MOVING[name].get(year)


def eve(name: str, year: int) -> datetime.date | None:
    """The day before the holiday of that name in that year (2020, 春节 -> 2020-01-24)."""
    day = _day(name, year)
    return day - datetime.timedelta(days=1) if day else None


def next_eve(name: str, after: datetime.date) -> datetime.date | None:
    """The day before the first holiday of that name after the day `after` (strictly: a
    plan issued on the holiday itself means the next year's)."""
    for year in (after.year, after.year + 1):
        day = _day(name, year)
        if day is not None and day > after:
            return day - datetime.timedelta(days=1)
    return None
