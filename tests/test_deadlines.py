"""How deadline phrases read: a table of phrases with the reading a coordinator expects."""
import datetime

import pytest

from vtrack.deadlines import names_a_programme, read
from vtrack.extract.dates import in_text

D = datetime.date
ISSUED = D(2022, 8, 9)

# phrase, due, ongoing, repeat, review  (for a plan issued 2022-08-09)
PHRASES = [
    ("2022年8月底前出台具体方案", D(2022, 8, 31), False, None, False),
    ("20228月底前出台具体方案。", D(2022, 8, 31), False, None, False),
    ("202210月底前出台实施方案。", D(2022, 10, 31), False, None, False),
    ("20232月底前完成。", D(2023, 2, 28), False, None, False),
    ("2024年2月底前", D(2024, 2, 29), False, None, False),
    ("8月底前", D(2022, 8, 31), False, None, False),
    ("11月底完成", D(2022, 11, 30), False, None, False),
    ("6月底完成", D(2022, 6, 30), False, None, True),  # before the plan: review
    ("十二月底前", D(2022, 12, 31), False, None, False),
    ("次年元月十日前", D(2023, 1, 10), False, None, False),  # 元月: the first month
    ("2023年元月底前", D(2023, 1, 31), False, None, False),
    ("９月３０日前", D(2022, 9, 30), False, None, False),
    ("9月15日前", D(2022, 9, 15), False, None, False),
    ("在9月20前完成选址", D(2022, 9, 20), False, None, False),  # its 日 left off
    ("三年内完成", D(2024, 12, 31), False, None, False),  # the plan's year counted first
    ("2022年内完成", D(2022, 12, 31), False, None, False),  # a year's end, no 2 years' count
    ("10月中旬", D(2022, 10, 20), False, None, False),
    ("10月上旬", D(2022, 10, 10), False, None, False),
    ("10月下旬", D(2022, 10, 31), False, None, False),
    ("2022.9.30前", D(2022, 9, 30), False, None, False),
    # a year a template page masked: no day can be told, none of the page's year
    ("XX年4月下旬", None, False, None, True),
    ("XX年2—4月", None, False, None, True),
    ("2022年××月底前完成", None, False, None, True),  # a month masked
    ("9月××日前完成", None, False, None, True),  # a day masked
    ("20xx年12月31日前完成", None, False, None, True),
    ("xx年年底前完成", None, False, None, True),
    # a schedule table's span of months in figures: due at its last month's end
    ("2022.9—12", D(2022, 12, 31), False, None, False),
    ("2023.3-8", D(2023, 8, 31), False, None, False),
    ("2022.9—2023.4", D(2023, 4, 30), False, None, False),
    ("2022.11—2", D(2023, 2, 28), False, None, False),  # into the next year
    ("2022.9—10.15", D(2022, 10, 15), False, None, False),  # to a day
    ("于**年底前完成", D(2022, 12, 31), False, None, False),  # a page's bold, no mask
    ("年底前", D(2022, 12, 31), False, None, False),
    ("年内完成", D(2022, 12, 31), False, None, False),
    ("2023年底前", D(2023, 12, 31), False, None, False),
    ("2023年年底前", D(2023, 12, 31), False, None, False),
    ("二〇二三年底前", D(2023, 12, 31), False, None, False),
    ("上半年", D(2022, 6, 30), False, None, True),
    ("2023年上半年", D(2023, 6, 30), False, None, False),
    ("下半年完成", D(2022, 12, 31), False, None, False),
    ("第三季度", D(2022, 9, 30), False, None, False),
    ("2023年第一季度", D(2023, 3, 31), False, None, False),
    ("四季度末", D(2022, 12, 31), False, None, False),
    ("“十四五”期间完成。", D(2025, 12, 31), False, None, False),
    ("‘十四五’期间", D(2025, 12, 31), False, None, False),
    ("“十五五”期间", D(2030, 12, 31), False, None, False),
    ("十三五末", D(2020, 12, 31), False, None, True),
    ("到2025年", D(2025, 12, 31), False, None, False),
    ("至2026年", D(2026, 12, 31), False, None, False),
    ("2025年前", D(2025, 12, 31), False, None, False),
    ("持续实施。", None, True, None, False),
    ("持续推进", None, True, None, False),
    ("长期坚持", None, True, None, False),
    ("常态化开展", None, True, None, False),
    ("常态工作", None, True, None, False),
    ("2023 年 6 底前", D(2023, 6, 30), False, None, False),  # 月 lost before 底
    ("10月30日一11月4日", D(2022, 11, 4), False, None, False),  # 一 typed for the dash
    ("持續實施", None, True, None, False),
    ("“十四五”期间持续实施。", D(2025, 12, 31), True, None, False),
    ("持续实施，12月底完成", D(2022, 12, 31), True, None, False),
    ("每年", None, False, "yearly", False),
    ("每季度", None, False, "quarterly", False),
    ("每月", None, False, "monthly", False),
    ("2020年起每年2月底前", D(2020, 2, 29), False, "yearly", False),
    ("每年2月底前", D(2023, 2, 28), False, "yearly", False),  # the first after the plan
    ("每年12月底前报送", D(2022, 12, 31), False, "yearly", False),
    ("尽快", None, False, None, True),
    ("适时出台", None, False, None, True),
    ("2022年2月30日前", None, False, None, True),
    ("", None, False, None, True),
]


@pytest.mark.parametrize("phrase, due, ongoing, repeat, review", PHRASES)
def test_phrase_readings(phrase, due, ongoing, repeat, review):
    reading = read(phrase, ISSUED)
    assert (reading.due, reading.ongoing, reading.repeat, reading.review) == \
        (due, ongoing, repeat, review)


def test_several_dated_targets_become_milestones_and_the_last_is_due():
    reading = read("2023年6月底前完成方案；2024年底前建成；到2025年全面达标", ISSUED)
    assert [m["due"] for m in reading.milestones] == [D(2023, 6, 30), D(2024, 12, 31),
                                                      D(2025, 12, 31)]
    assert reading.due == D(2025, 12, 31)
    assert "建成" in reading.milestones[1]["text"]


@pytest.mark.parametrize("phrase, due", [
    ("2023.04.01至2023.10.31", D(2023, 10, 31)), ("2023年5月-2023年9月", D(2023, 9, 30)),
    ("2023年6月1日起至2023年8月31日", D(2023, 8, 31)), ("11月20日至2月10日", D(2024, 2, 10))])
def test_a_span_is_due_at_its_end_and_its_start_is_no_step(phrase, due):
    reading = read(phrase, ISSUED, year=2023)
    assert (reading.due, reading.milestones) == (due, [])


@pytest.mark.parametrize("hour", ["下午5点", "17:00", "上午11时30分"])
def test_the_hour_of_a_day_before_its_qian_leaves_a_time_limit(hour):
    words, reading = in_text(f"请各校于2023年11月7日{hour}之前报送名单。", ISSUED)
    assert words.endswith("之前") and reading.due == D(2023, 11, 7)


def test_stages_each_a_span_are_steps_due_at_their_ends():
    reading = read("4月1日至5月15日：自查；5月16日至7月31日：督查", ISSUED, year=2023)
    assert [m["due"] for m in reading.milestones] == [D(2023, 5, 15), D(2023, 7, 31)]


def test_a_bare_month_takes_the_year_named_before_it():
    assert read("2023年3月启动，9月底前完成", ISSUED).due == D(2023, 9, 30)


def test_without_a_plan_date_a_yearless_phrase_asks_for_review():
    reading = read("8月底前", None)
    assert reading.due is None and reading.review


def test_vtrack_when_prints_the_reading(run):
    result = run("when", "2022年8月底前出台具体方案", "--format", "json")
    assert result.code == 0
    assert result.json() == {"due": "2022-08-31", "ongoing": False, "repeat": None,
                             "milestones": [], "review": False}
    # the plan's year fills a phrase without one; by default that is today's year
    assert run("when", "年底前", "--format", "json").json()["due"] == "2022-12-31"
    assert run("when", "年底前", "--issued", "2024-03-01",
               "--format", "json").json()["due"] == "2024-12-31"
    table = run("when", "尽快").out
    assert "需人工复核" in table and "是" in table


def test_a_yearly_end_of_february_after_a_leap_year_plan():
    # found by the fuzz suite: 2000-02-29 a year on is no day at all; it is 2001-02-28
    reading = read("每年2月", datetime.date(2000, 3, 1))
    assert reading.due == datetime.date(2001, 2, 28) and reading.repeat == "yearly"


@pytest.mark.parametrize("text, names", [
    ("印发2020年工作要点和责任分工", True), ("周家营村2018年度财政扶贫建设项目", True),
    ("2020年底前完成2021年工作计划编制", False), ("2024年计划改造老旧小区", False),
    ("2018年度内完成", False), ("2018年度计划完成", False)])
def test_a_year_that_names_a_programme_is_no_time(text, names):
    assert names_a_programme(text) is names


@pytest.mark.parametrize("phrase, due", [
    # four figures that are a sum or a count, not a year
    ("单个项目最高补助2000万元", None), ("奖励不超过2021万元", None), ("新建停车位2024个", None),
    ("资金规模2020 亿元", None), ("共有2028完成签约户", None),
    # (four figures alone, or before a time's word, are one)
    ("2024", datetime.date(2024, 12, 31)), ("2025底前完成", datetime.date(2025, 12, 31)),
    ("截至2022，", datetime.date(2022, 12, 31)), ("力争2025完成", datetime.date(2025, 12, 31)),
    ("确保2026全面完成", datetime.date(2026, 12, 31))])
def test_four_figures_before_a_measure_word_are_no_year(phrase, due):
    assert read(phrase, datetime.date(2021, 9, 2)).due == due


@pytest.mark.parametrize("phrase", ["细化每周工程量，优化施工方案，5月底前完成主体工程",
                                    "每年投资额不低于5000万元，2025年底前建成"])
def test_an_amount_of_each_period_is_no_cadence(phrase):
    reading = read(phrase, datetime.date(2025, 1, 10))
    assert reading.repeat is None and reading.due is not None


def test_a_cadence_before_a_quantified_word_is_still_one():
    # guard: 每月量化考核 is work done each month
    assert read("每月量化考核一次", datetime.date(2025, 1, 10)).repeat == "monthly"


def test_quality_checked_each_month_is_a_cadence():
    # guard: 每月的质量控制指标: 质量 is no amount, 的 no part of one
    assert read("由组长负责统计和收集每月的质量控制指标", datetime.date(2025, 1, 10)).repeat == \
        "monthly"


@pytest.mark.parametrize("phrase, issued, due", [
    # the eve of the holiday: of the year printed, else the first one after the plan's issue
    ("2020年春节前", D(2019, 12, 2), D(2020, 1, 24)),  # 春节 2020: 25 January
    ("春节前完成全部兑付", D(2021, 10, 15), D(2022, 1, 31)),  # a winter plan: next year's
    ("確保春節前全部兌付", D(2012, 11, 20), D(2013, 2, 9)),
    ("明年春节前", D(2016, 3, 1), D(2017, 1, 27)),  # 明年 first, then its holiday
    ("国庆节前完成改造", D(2022, 8, 9), D(2022, 9, 30)),
    ("國慶前", D(2022, 10, 9), D(2023, 9, 30)),  # issued after this year's
    ("元旦前", D(2022, 8, 9), D(2022, 12, 31)),
    ("2019年元旦前", D(2018, 11, 1), D(2018, 12, 31)),
    ("清明前，全面完成通道隐患治理", D(2021, 3, 1), D(2021, 4, 3)),  # 清明 2021: 4 April
    ("端午节之前", D(2023, 3, 1), D(2023, 6, 21)),
    ("中秋节前", D(2024, 3, 1), D(2024, 9, 16)),
    ("“七一”前召开表彰大会", D(2015, 5, 1), D(2015, 6, 30)),
    ("五一前", D(2024, 3, 1), D(2024, 4, 30)),
    ("劳动节前", D(2024, 3, 1), D(2024, 4, 30)),
    ("六一儿童节前", D(2013, 3, 1), D(2013, 5, 31)),
    # around the holiday, during it, or a figure that holds 五一: no day
    ("清明节前后开展督查", D(2021, 3, 1), None), ("春节期间", D(2021, 3, 1), None),
    ("春节慰问", D(2021, 3, 1), None), ("第五一前", D(2021, 3, 1), None),
])
def test_a_holiday_names_the_day_before_it(phrase, issued, due):
    assert read(phrase, issued).due == due


def test_a_holiday_without_a_year_takes_the_year_named_before_it_or_the_plans():
    # (the Spring Festival after the year the phrase named, not the one after the issue)
    assert read("2020年1月20日起停工，春节前完成", None).due == D(2020, 1, 24)
    # a plan known only by its year: that year's holiday (the next 元旦: that year's eve)
    assert read("春节前", None, year=2017).due == D(2017, 1, 27)
    assert read("元旦前", None, year=2017).due == D(2017, 12, 31)
    reading = read("春节前", None)  # no year at all: no day, and a person is asked
    assert reading.due is None and reading.review


def test_the_holiday_table_agrees_with_the_calendar_it_was_made_from():
    from vtrack import holidays
    # a few years checked by hand against the published calendars
    assert holidays.eve("春节", 2009) == D(2009, 1, 25)
    assert holidays.eve("春節", 2025) == D(2025, 1, 28)
    assert holidays.eve("中秋", 2020) == D(2020, 9, 30)  # 中秋 and 国庆 on one day
    assert holidays.eve("清明", 2010) == D(2010, 4, 4)
    # a year the table does not hold names no day
    assert holidays.eve("春节", 2051) is None and holidays.eve("国庆", 2051) == D(2051, 9, 30)


@pytest.mark.parametrize("phrase, due", [
    # a span counted in Chinese numerals reads as one in figures (from the issue, 2016-06-30)
    ("于一周内将整改报告交运行管理科", D(2016, 7, 7)), ("两周内", D(2016, 7, 14)),
    ("三个星期内完成", D(2016, 7, 21)), ("两个月内完成整改", D(2016, 8, 30)),
    ("十五个工作日内", D(2016, 7, 21)), ("三日内", D(2016, 7, 3)),
    # (a month's name is no count of months: 十一月内 is November)
    ("十一月内完成", D(2016, 11, 30)), ("第一周内", None)])
def test_a_span_in_chinese_numerals_counts_from_the_issue(phrase, due):
    assert read(phrase, D(2016, 6, 30)).due == due


@pytest.mark.parametrize("phrase", ["两三天内整改到位", "一两个月内完成加固", "三四个月内全部完成",
                                    "七八天内", "三五个工作日内"])
def test_a_guess_of_two_numbers_side_by_side_is_no_span(phrase):
    # (两三天: two or three days, a guess; read as 23 it lands weeks away)
    assert read(phrase, D(2023, 5, 10)).due is None


@pytest.mark.parametrize("phrase", ["县人社局要对春节前返乡的外出务工人员开展登记",
                                    "确保重要商品价格与国庆节前基本持平", "在春节前一周完成",
                                    "在春节前3天完成清查"])
def test_a_holiday_that_says_who_or_counts_back_is_no_deadline(phrase):
    # (who came home before it, a comparison with it, a time counted back from it)
    assert read(phrase, D(2023, 11, 20)).due is None


def test_a_holiday_s_year_guessed_from_the_plan_s_year_alone_asks_for_review():
    # (a winter plan of 2021 known by its year: 2021's 春节 or 2022's is a guess)
    reading = read("春节前足额支付", None, year=2021)
    assert reading.review and "节日" in reading.why


@pytest.mark.parametrize("phrase, due", [
    ("元旦和春节前完成", D(2024, 2, 9)),  # (和 joins two holidays, no comparison)
    ("确保春节前完成整改的目标", D(2024, 2, 9)),  # (a 的 after the work, not before it)
    ("元旦劳动节前", D(2024, 4, 30)), ("中秋建党节前", D(2024, 6, 30))])  # (each its own)
def test_holidays_named_side_by_side_each_read_as_their_own(phrase, due):
    assert read(phrase, D(2023, 11, 20)).due == due


def test_every_name_of_a_holiday_resolves_to_a_day():
    import re

    from vtrack import holidays
    names = ["春节", "春節", "元旦", "国庆", "國慶", "清明", "端午", "中秋", "劳动节", "勞動節",
             "儿童节", "建党节", "五一", "五一劳动", "六一", "六一儿童", "七一", "七一建党"]
    for name in names:
        assert re.fullmatch(holidays.NAMES, name), name
        assert holidays.eve(name, 2024) is not None, name
        assert name[0] in holidays.FIRST_CHARS, name
        assert read(name + "前", D(2024, 1, 2)).due is not None, name


def test_the_holiday_table_holds_every_year_of_each_moving_holiday():
    # (a mistyped row, five groups of four figures no more, would drop a year unseen)
    from vtrack import holidays
    assert {name: len(days) for name, days in holidays._MOVING.items()} == \
        {"春节": 61, "清明": 61, "端午": 61, "中秋": 61}


def test_a_span_of_days_that_runs_into_the_next_year():
    reading = read("12月24日至1月3日", datetime.date(2011, 12, 22))
    assert reading.due == datetime.date(2012, 1, 3)
    # guard: a span within one year keeps it
    assert read("4月29日至5月4日", datetime.date(2012, 3, 1)).due == \
        datetime.date(2012, 5, 4)


def test_a_month_after_a_span_into_the_next_year_is_of_that_year():
    reading = read("12月24日至1月3日，1月10日前报送总结", datetime.date(2021, 12, 20))
    assert reading.due == datetime.date(2022, 1, 10)


@pytest.mark.parametrize("measure", ["2090.7亩", "2015.3公里", "2024.5吨"])
def test_a_measure_in_figures_is_no_year_and_month(measure):
    # (…任务（2090.7亩）: an area, not July 2090; the year the words name stays the due)
    reading = read(f"到2020年年底，完成治理任务（{measure}）", datetime.date(2020, 10, 10))
    assert reading.due == datetime.date(2020, 12, 31)
    # guard: a year and month in figures, as a table writes it, is one
    assert read("2023.6", datetime.date(2023, 1, 1)).due == datetime.date(2023, 6, 30)
