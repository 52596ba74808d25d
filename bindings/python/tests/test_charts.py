"""The charts that scale, through the bindings: stats.chart (columns for
a few units, horizontal bars for many, names, locale, target legend) and
auction.chart (a name per series). The sample register has six offices;
the figures of the C tests (tests/test_stats_chart.c) give the geometry:
bars are 900 px wide and 18 px a row, 56 px of head without a title and
44 px below the last row."""
import datetime
import os
import xml.dom.minidom

import pytest

import enforcement as enf
from enforcement import auction, stats

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "..", "..", "examples", "data", "sample")
M = 10**6

pytestmark = pytest.mark.skipif(not os.path.isdir(SAMPLE),
                                reason="no sample data")


@pytest.fixture(scope="module")
def offices():
    reg = enf.Register.load_csv_dir(SAMPLE)
    year = (datetime.date(2024, 10, 1), datetime.date(2025, 9, 30))
    return enf.Report.by_office(reg, year)


def _svg(text):
    """The chart parsed as XML (fails when it is not well-formed)."""
    assert text.startswith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
    assert "<script" not in text
    return xml.dom.minidom.parseString(text.encode("utf-8"))


def _units(doc):
    return [g for g in doc.getElementsByTagName("g")
            if g.getAttribute("class") == "unit"]


def test_columns_for_the_sample(offices):
    text = stats.chart(offices, target=enf.Rate(8405),
                       title="Sample <register>")
    doc = _svg(text)
    units = _units(doc)
    assert len(units) == 6
    tip = units[0].getElementsByTagName("title")[0].firstChild.data
    assert tip.startswith(offices[0].unit + ": ")
    assert tip.endswith("%")
    assert ">Target 84.05%</text>" in text
    assert ">Units, 2024-10-01 to 2025-09-30</text>" in text
    assert "Sample &lt;register&gt;" in text
    assert doc.documentElement.getAttribute("width") != "900"


def test_names_layout_and_locale(offices):
    names = ["Chi cục THADS huyện %d, tỉnh Lạng Sơn" % i
             for i in range(len(offices))]
    names[1] = None
    text = stats.chart(offices, names=names, layout="bars", locale="vi",
                       measure="money", target=enf.Rate(5200),
                       label_chars=12)
    doc = _svg(text)
    assert doc.documentElement.getAttribute("width") == "900"
    tips = [g.getElementsByTagName("title")[0].firstChild.data
            for g in _units(doc)]
    assert tips[0].startswith("Chi cục THADS huyện 0, tỉnh Lạng Sơn: ")
    assert tips[1].startswith(offices[1].unit + ": ")
    assert ">Chi cục THA…</text>" in text
    assert ">Chỉ tiêu 52,00%</text>" in text
    assert ">Tỷ lệ thi hành xong về tiền, %</text>" in text
    assert "," in tips[0].rsplit(": ", 1)[1]


def test_hundreds_of_units_become_bars(offices):
    many = list(offices) * 60  # 360 units
    doc = _svg(stats.chart(many))
    root = doc.documentElement
    assert root.getAttribute("width") == "900"
    assert root.getAttribute("height") == str(56 + 18 * 360 + 44)
    assert len(_units(doc)) == 360
    doc = _svg(stats.chart(many[:12]))
    assert doc.documentElement.getAttribute("width") != "900"


def test_chart_bad_input(offices):
    with pytest.raises(enf.InvalidArgumentError, match="names has 1"):
        stats.chart(offices, names=["one"])
    with pytest.raises(enf.InvalidArgumentError, match="count is 0"):
        stats.chart([])
    with pytest.raises(enf.InvalidArgumentError, match="label_chars is 1"):
        stats.chart(offices, label_chars=1)
    with pytest.raises(enf.InvalidArgumentError, match="label_chars is -1"):
        stats.chart(offices, label_chars=-1)
    with pytest.raises(enf.ArgumentTypeError, match="layout"):
        stats.chart(offices, layout="diagonal")
    with pytest.raises(enf.ArgumentTypeError, match="target"):
        stats.chart(offices, target=84.05)
    with pytest.raises(enf.ArgumentTypeError, match="names"):
        stats.chart(offices, names=[1] * len(offices))


def _two_policies():
    a = auction.Sale("VN-2014", value=100 * M)
    a.plan(cut_ppm=100_000, max_rounds=4)
    b = auction.Sale("VN-2014", value=100 * M)
    b.plan(cut_ppm=50_000, max_rounds=4)
    return [a, b]


def test_auction_chart_names_the_series():
    sales = _two_policies()
    text = auction.chart(sales, names=["Cuts of 10%", "Cuts of 5%"],
                         title="One rule set, two policies",
                         target=enf.Rate(5000))
    doc = _svg(text)
    tips = [t.firstChild.data for t in doc.getElementsByTagName("title")]
    assert "Cuts of 10%, auction 3: 81.00%" in tips
    assert "Cuts of 5%, auction 3: 90.25%" in tips
    assert ">Target 50.00%</text>" in text
    # No names (or None): the rule set's id, as auction.svg labels them.
    assert auction.chart(sales).count(">VN-2014</text>") == 2
    text = auction.chart(sales, names=[None, "Cuts of 5%"], locale="vi")
    assert ">VN-2014</text>" in text
    assert ", lần đấu giá 3: 90,25%</title>" in text


def test_auction_chart_bad_input():
    sales = _two_policies()
    with pytest.raises(enf.InvalidArgumentError, match="names has 1"):
        auction.chart(sales, names=["one"])
    with pytest.raises(enf.ArgumentTypeError, match="sales"):
        auction.chart(["VN-2014"])
    with pytest.raises(enf.InvalidArgumentError, match="count is 17"):
        auction.chart(sales * 8 + sales[:1])
