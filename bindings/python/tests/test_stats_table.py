"""The indicator table with rates, gaps to targets and growth
(enforcement.stats.table): CSV for Excel, HTML and the JSON form
"enforcement-table/1", validated against docs/schemas/table.schema.json.

Lạng Sơn, first six months of 2025 (the press gives done and the rates;
the other rows are filled in so that the identities hold): 2,244 cases
done of 3,567 with means = 62.91%, target 84.05% -> -21.14 points;
281.2 bn VND done of 915.7 bn = 30.71% (281.2 / 915.7 = 0.30709),
target 52% -> -21.29 points. The same period of 2024: 2,103 cases and
111.4 bn done, so growth (2,244 - 2,103) / 2,103 = 6.70% and
(281.2 - 111.4) / 111.4 = 152.42% (the press: +6.7%, +152.4%).
"""
import json
import os
import unittest
import xml.etree.ElementTree as ET

import enforcement as enf

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..", "..")
SAMPLE = os.path.join(ROOT, "examples", "data", "sample")
SCHEMA = os.path.join(ROOT, "docs", "schemas", "table.schema.json")

try:
    import jsonschema
except ImportError:  # pragma: no cover - python3-jsonschema is optional
    jsonschema = None

GROUPS = enf.stats.GROUPS
BN = 1000000000


def _rows(carried, with_means, done, without):
    v = dict.fromkeys(enf.stats.ROWS, 0)
    v.update(carried_over=carried, total=carried, to_enforce=carried,
             with_means=with_means, done=done,
             being_enforced=with_means - done, without_means=without,
             carried_next=carried - done)
    return v


def _report(unit, first, last, cases, money):
    """A report whose cases are all on request, read from the JSON form
    of reports."""
    zero = dict.fromkeys(enf.stats.ROWS, 0)
    groups = {g: {"cases": zero, "money": zero} for g in GROUPS}
    groups["all"] = groups["request"] = {"cases": cases, "money": money}
    return enf.Report.from_json(json.dumps({
        "format": "enforcement-report", "version": 1, "unit": unit,
        "period": [first, last], "groups": groups}))


def langson():
    return _report("Lạng Sơn", "2024-10-01", "2025-03-31",
                   _rows(4000, 3567, 2244, 433),
                   _rows(1000 * BN, 9157 * BN // 10, 2812 * BN // 10,
                         843 * BN // 10))


def langson_2024():
    return _report("Lạng Sơn", "2023-10-01", "2024-03-31",
                   _rows(3800, 3400, 2103, 400),
                   _rows(450 * BN, 400 * BN, 1114 * BN // 10, 50 * BN))


TARGETS = (enf.Rate(8405), enf.Rate(5200))


class TestTable(unittest.TestCase):
    def setUp(self):
        self.now, self.before = langson(), langson_2024()

    def test_json(self):
        text = enf.stats.table([self.now], format="json", schema=True,
                               previous=[self.before], targets=TARGETS,
                               title="Lạng Sơn 2025")
        doc = json.loads(text)
        self.assertEqual(doc["schema"], "enforcement-table/1")
        self.assertEqual(doc["title"], "Lạng Sơn 2025")
        basis = doc["basis"]
        self.assertEqual(basis["period"], {"from": "2024-10-01",
                                           "to": "2025-03-31"})
        self.assertEqual(basis["previous_period"], {"from": "2023-10-01",
                                                    "to": "2024-03-31"})
        self.assertTrue(basis["growth"])
        self.assertEqual(basis["targets"]["cases"],
                         {"percent": "84.05", "hundredths": 8405})
        rep = doc["reports"][0]
        self.assertEqual(rep["cases"]["done"], 2244)
        self.assertEqual(rep["rates"]["cases"],
                         {"percent": "62.91", "hundredths": 6291})
        self.assertEqual(rep["rates"]["money"],
                         {"percent": "30.71", "hundredths": 3071})
        self.assertEqual(rep["gaps"]["cases"],
                         {"points": "-21.14", "hundredths": -2114})
        self.assertEqual(rep["gaps"]["money"],
                         {"points": "-21.29", "hundredths": -2129})
        self.assertEqual(rep["growth"]["cases"],
                         {"previous_done": 2103, "percent": "6.70",
                          "hundredths": 670})
        self.assertEqual(rep["growth"]["money"]["percent"], "152.42")
        # The same gap as the Rate arithmetic of the bindings.
        self.assertEqual(enf.Points(rep["gaps"]["cases"]["hundredths"]),
                         enf.Rate(6291) - TARGETS[0])

    def test_old_json_unchanged(self):
        old = enf.stats.table([self.now], format="json")
        self.assertEqual(old, enf.core.stats_table(
            [self.now._r], 0, 3, enf.core.LOCALE_EN))
        self.assertEqual(json.loads(old)["reports"][0]["rate_cases"],
                         "62.91")

    def test_csv_excel(self):
        text = enf.stats.table([self.now], format="csv_excel", locale="vi",
                               previous=[self.before], targets=TARGETS)
        self.assertTrue(text.startswith("\ufeffChỉ tiêu;Lạng Sơn việc;"
                                         "Lạng Sơn tiền\r\n"))
        self.assertIn("\r\nTỷ lệ thi hành xong về việc;62,91%;\r\n", text)
        self.assertIn("\r\nTỷ lệ thi hành xong về tiền;;30,71%\r\n", text)
        self.assertIn("\r\nChênh lệch so với chỉ tiêu (điểm %);-21,14;"
                      "-21,29\r\n", text)
        self.assertIn("\r\nTăng/giảm thi hành xong so với cùng kỳ;+6,70%;"
                      "+152,42%\r\n", text)
        # A ',' separator asked for explicitly quotes the decimal comma.
        text = enf.stats.table([self.now], format="csv_excel", locale="vi",
                               separator=",")
        self.assertIn("\r\nTỷ lệ thi hành xong về việc,\"62,91%\",\r\n",
                      text)

    def test_html(self):
        text = enf.stats.table([self.now], format="html",
                               targets=(enf.Rate(8405), None),
                               title="<Lạng Sơn> & co")
        self.assertTrue(text.startswith('<table class="enf-table">'))
        self.assertIn("<caption>&lt;Lạng Sơn&gt; &amp; co</caption>", text)
        self.assertIn('<th scope="row">Done</th><td>2,244</td>'
                      "<td>281,200,000,000 VND</td>", text)
        self.assertIn("<td>-21.14</td><td></td>", text)
        self.assertNotIn("<script", text)
        # Well-formed (XHTML too): the caption, 2 header rows, 15
        # indicators, 2 rates, target and gap; 3 cells in each.
        table = ET.fromstring(text)
        self.assertEqual(table.find("caption").text, "<Lạng Sơn> & co")
        rows = table.findall("./thead/tr") + table.findall("./tbody/tr")
        self.assertEqual(len(rows), 2 + 15 + 2 + 2)
        for tr in rows[2:]:
            self.assertEqual(tr[0].get("scope"), "row")
            self.assertEqual(len(tr), 3)
        self.assertEqual(enf.stats.table([self.now], format="html"),
                         enf.core.stats_table([self.now._r], 0, 4,
                                              enf.core.LOCALE_EN))

    def test_previous_with_gaps(self):
        other = _report("Empty", "2024-10-01", "2025-03-31",
                        _rows(5, 0, 0, 5), _rows(10, 0, 0, 10))
        doc = json.loads(enf.stats.table(
            [self.now, other], format="json", schema=True,
            previous=[self.before, None]))
        self.assertIsNone(doc["reports"][1]["growth"]["cases"])
        self.assertIsNone(doc["reports"][1]["rates"]["cases"])

    def test_bad_input(self):
        with self.assertRaisesRegex(enf.InvalidArgumentError, "previous"):
            enf.stats.table([self.now], previous=[])
        with self.assertRaisesRegex(enf.InvalidArgumentError, "targets"):
            enf.stats.table([self.now], targets=(enf.Rate(8405),))
        with self.assertRaisesRegex(enf.InvalidArgumentError, "schema"):
            enf.stats.table([self.now], format="json", targets=TARGETS)
        with self.assertRaises(enf.InvalidArgumentError):
            enf.stats.table([self.now], format="csv", separator="\t")
        with self.assertRaises(enf.InvalidArgumentError):
            enf.stats.table([self.now], format="pdf")
        # Last year's report of this year's period.
        with self.assertRaisesRegex(enf.InvalidArgumentError,
                                    r"previous\[0\].*same period"):
            enf.stats.table([self.now], previous=[self.now])
        with self.assertRaisesRegex(enf.InvalidArgumentError,
                                    "opts->target_cases"):
            enf.stats.table([self.now], targets=(enf.Rate(10001), None))


@unittest.skipIf(jsonschema is None, "python3-jsonschema is missing")
class TestSchema(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(SCHEMA, encoding="utf-8") as f:
            cls.schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(cls.schema)

    def validate(self, text):
        jsonschema.Draft202012Validator(self.schema).validate(
            json.loads(text))

    def test_langson(self):
        now, before = langson(), langson_2024()
        self.validate(enf.stats.table([now], format="json", schema=True,
                                      previous=[before], targets=TARGETS,
                                      title="Lạng Sơn"))
        self.validate(enf.stats.table([now], format="json", schema=True))

    def test_rejects_other_shapes(self):
        old = enf.stats.table([langson()], format="json")
        with self.assertRaises(jsonschema.ValidationError):
            self.validate(old)

    @unittest.skipUnless(os.path.isdir(SAMPLE), "no sample data")
    def test_sample_by_office(self):
        reg = enf.Register.load_csv_dir(SAMPLE)
        year = enf.report_cumulative(2025, 12)
        last = enf.report_cumulative(2024, 12)
        reps = enf.Report.by_office(reg, year)
        before = {r.unit: r for r in enf.Report.by_office(reg, last)}
        text = enf.stats.table(reps, format="json", schema=True,
                               previous=[before.get(r.unit) for r in reps],
                               targets=(enf.Rate(8390), enf.Rate(5190)))
        self.validate(text)
        doc = json.loads(text)
        self.assertEqual([r["unit"] for r in doc["reports"]],
                         [r.unit for r in reps])
        for r, rep in zip(doc["reports"], reps):
            self.assertEqual(r["rates"]["cases"]["hundredths"],
                             rep.rate("cases").hundredths)
