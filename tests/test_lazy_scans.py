"""Scans read lazily or once give what the full scans give (the speed work must not change records)."""
from tdkt.extract.dates import find_dates, find_datelines, iter_datelines
from tdkt.extract.matcher import PhraseMatcher

PAGE = ("Thứ Ba, 12/05/2020 07:40\nBản tin xã Hòa Mỹ\n"
        "Thứ Tư, 13/05/2020 08:10\nSáng 14/5, xã Hòa Mỹ trao 5 giấy khen cho các hộ dân.")


def test_lazy_datelines_are_the_full_scans_in_order():
    lines = list(iter_datelines(PAGE))
    assert [m.text for m in lines] == [m.text for m in find_datelines(PAGE)]
    assert [m.text for m in lines] == [m.text for m in find_dates(PAGE) if m.role == "dateline"]
    assert lines[0].text == "Thứ Ba, 12/05/2020"


def test_lazy_datelines_stop_at_the_first_wanted():
    first = next(iter_datelines(PAGE))
    assert (first.year, first.month, first.day) == (2020, 5, 12)


def test_alternation_names_the_rule_after_groups_inside_earlier_rules():
    # rules with groups of their own before the one that matches: its label, not a neighbour's
    matcher = PhraseMatcher([("cờ (thi đua|truyền thống)", "flag"), ("cờ (của )?(chính phủ)", "gov"),
                             ("cờ", "bare"), ("bằng khen", "merit")])
    found = [(m.label, PAGE_2[m.start:m.end]) for m in matcher.finditer(PAGE_2)]
    assert found == [("gov", "cờ của chính phủ"), ("merit", "bằng khen"), ("flag", "cờ thi đua"), ("bare", "cờ")]


PAGE_2 = "tặng cờ của chính phủ và bằng khen, cờ thi đua, một lá cờ đỏ."
