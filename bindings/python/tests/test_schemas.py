"""Every JSON form the library writes, produced from the sample register
and the articles' figures, validated against its JSON Schema in
docs/schemas/ (draft 2020-12) with the jsonschema package; each document
opens with its "schema" member.  Skipped when jsonschema is missing."""
import datetime as dt
import json
import pathlib

import pytest

import enforcement as enf
from enforcement import auction, payout

jsonschema = pytest.importorskip("jsonschema")

D = dt.date
M = 1_000_000
ROOT = pathlib.Path(__file__).resolve().parents[3]
SCHEMAS = ROOT / "docs" / "schemas"
SAMPLE = ROOT / "examples" / "data" / "sample"
FORMS = ("register", "case", "worklist", "report", "programme-report",
         "auction", "trail", "rules-catalogue")


def schema(form):
    return json.loads((SCHEMAS / (form + ".schema.json")).read_text("utf-8"))


def validate(form, text, version=1):
    """Parses text, checks that "schema" is its first member and names
    the form, and validates it; returns the document."""
    doc = json.loads(text)
    assert next(iter(doc)) == "schema"
    assert doc["schema"] == "enforcement-%s/%d" % (form, version)
    jsonschema.Draft202012Validator(schema(form)).validate(doc)
    return doc


def refused(form, doc):
    """The schema refuses doc."""
    errors = list(jsonschema.Draft202012Validator(schema(form))
                  .iter_errors(doc))
    assert errors, "%s schema took %r" % (form, doc)


@pytest.fixture(scope="module")
def sample():
    return enf.Register.load_csv_dir(str(SAMPLE))


@pytest.fixture(scope="module")
def calendar():
    return enf.Calendar()


def test_schemas_are_valid():
    for form in FORMS:
        s = schema(form)
        jsonschema.Draft202012Validator.check_schema(s)
        assert s["title"].startswith("enforcement-%s/" % form)
        assert s["properties"]["schema"]


def test_register(sample):
    doc = validate("register", sample.export_json(), 2)
    assert len(doc["cases"]) == len(sample)
    # An old file (no "schema") still loads; the schema wants the member.
    del doc["schema"]
    again = enf.Register()
    again.import_json(json.dumps(doc))
    assert len(again) == len(sample)
    refused("register", doc)
    # A version 1 document (events without seq) still loads.
    doc["schema"], doc["version"] = "enforcement-register/1", 1
    for case in doc["cases"]:
        for event in case["events"]:
            del event["seq"]
    again = enf.Register()
    again.import_json(json.dumps(doc))
    assert again.export_json() == sample.export_json()


def test_register_corrected(tmp_path, calendar):
    """A register with corrections (corrections.csv): its JSON, and the
    case JSON of the corrected case, are valid and carry the seqs and
    the corrections."""
    import shutil
    shutil.copytree(SAMPLE, tmp_path / "s")
    key = "LS-TP,1/QĐ-THADS,"
    path = tmp_path / "s" / "events.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(
        key + "3,2024-12-31,verified,", key + "3,2024-12-30,verified,"),
        encoding="utf-8")
    (tmp_path / "s" / "corrections.csv").write_text(
        "office,decision_no,index,kind,recorded,reason,author,target,"
        "event_kind,event_date,was_event_kind,was_event_date\n" + key +
        "0,replace,2025-01-05,verified on the 30th,cv07,3,verified,"
        "2024-12-30,verified,2024-12-31\n", encoding="utf-8")
    reg = enf.Register.load_csv_dir(tmp_path / "s")
    doc = validate("register", reg.export_json(), 2)
    corrected = [c for c in doc["cases"] if "corrections" in c]
    assert len(corrected) == 1
    assert corrected[0]["corrections"][0]["was_event_date"] == "2024-12-31"
    case = reg["LS-TP", "1/QĐ-THADS"]
    one = validate("case", case.to_json(calendar, D(2025, 3, 31)), 2)
    assert one["corrections"][0]["kind"] == "replace"
    assert one["history"][3]["date"] == "2024-12-30"


def test_case_every_state(sample, calendar):
    """One case of the sample in each state it reaches on 31 March 2025,
    validated; the history is the whole log."""
    day = D(2025, 3, 31)
    seen = {}
    for i in range(len(sample)):
        state = sample[i].status_on(day)["state"]
        seen.setdefault(state, i)
    assert len(seen) >= 5
    for state, i in seen.items():
        case = sample[i]
        doc = validate("case", case.to_json(calendar, day), 2)
        assert doc["as_of"] == "2025-03-31"
        assert doc["status"]["state"] == state
        assert [e["seq"] for e in doc["history"]] == \
            list(range(len(case.events)))
        assert (doc["facts"]["office"], doc["facts"]["decision_no"]) == \
            case.key
        assert len(doc["deadlines"]) == len(case.deadlines(calendar, day))


def test_case_langson_sale(calendar):
    """The Lạng Sơn hydropower project: a 199.1 bn VND bank debt secured
    by it, sold for 73 bn at the 7th auction after six failed ones (the
    sale steps checked by the auction engine are not needed here: the
    log holds the steps as recorded)."""
    c = enf.Case("LS-TP", "12/QĐ-CCTHADS", mode="request",
                 decision_date=D(2022, 3, 1), judgment_kind="commercial")
    c.add_party("debtor", "Công ty CP SOMECO1", kind="organisation")
    c.add_party("creditor", "Ngân hàng", kind="organisation")
    c.add_obligation("bank_credit", 199_100 * M, debtor=0, creditor=1)
    c.add_asset("real_estate", "Dự án thủy điện", owner=0,
                security="mortgage", secured_amount=199_100 * M)
    c.apply("request_received", D(2022, 2, 25))
    c.apply("decision_issued", D(2022, 3, 1))
    c.apply("classified", D(2022, 4, 1), detail=1)
    c.apply("asset_seized", D(2022, 6, 1), asset=0)
    c.apply("asset_appraised", D(2022, 9, 1), amount=150_000 * M, asset=0)
    c.apply("asset_auctioned", D(2024, 12, 26), amount=73_000 * M, asset=0)
    doc = validate("case", c.to_json(calendar, D(2025, 6, 30)), 2)
    sale = doc["sales"][0]
    assert sale["stage"] == "sold" and sale["sale_price"] == 73_000 * M
    assert doc["status"]["owed"] == 199_100 * M


def test_worklist(sample, calendar):
    doc = validate("worklist", sample.worklist_json(
        calendar, D(2025, 6, 1), D(2025, 6, 30)))
    items = sample.worklist(calendar, D(2025, 6, 1), D(2025, 6, 30))
    assert doc["count"] == len(items) == len(doc["items"])
    assert doc["overdue"] == sum(x["overdue"] for x in items)
    for mine, theirs in zip(doc["items"], items):
        assert mine["case_index"] == theirs["case_index"]
        assert mine["kind"] == theirs["kind"]
        assert mine["due"] == theirs["due"].isoformat()
    one = validate("worklist", sample.worklist_json(
        calendar, D(2025, 6, 1), office="LS-TP"))
    assert {x["office"] for x in one["items"]} <= {"LS-TP"}
    with pytest.raises(enf.InvalidArgumentError, match="until"):
        sample.worklist_json(calendar, D(2025, 6, 30), D(2025, 6, 1))


def test_report(sample):
    year = (D(2024, 10, 1), D(2025, 9, 30))
    whole = enf.Report.from_register(sample, "Lạng Sơn", year)
    doc = validate("report", whole.to_json(), version=2)
    assert doc["groups"]["all"]["cases"]["done"] == whole.get("done")
    for rep in enf.Report.by_office(sample, year):
        validate("report", rep.to_json(), version=2)
    bad = json.loads(whole.to_json())
    bad["groups"]["all"]["cases"]["done"] = -1
    refused("report", bad)


def test_programme_report():
    """A mobilisation team (Sóc Trăng, 2017): two cases put, one done."""
    reg = enf.Register()
    for no, owed in (("1", 100 * M), ("2", 50 * M)):
        c = enf.Case("ST-TP", no, mode="request", decision_date=D(2016, 12, 5))
        c.add_party("debtor", "A")
        c.add_party("creditor", "B")
        c.add_obligation("other_money", owed, debtor=0, creditor=1)
        c.apply("request_received", D(2016, 12, 5))
        c.apply("decision_issued", D(2016, 12, 5))
        c.apply("classified", D(2017, 1, 10), detail=1)
        reg.add(c)
    p = enf.Programme(3, "ST-TVD-2017", ["ST-TP"],
                      (D(2017, 3, 1), D(2017, 12, 31)),
                      name="Tổ vận động thi hành án")
    p.assign(reg, "ST-TP", "1", D(2017, 3, 15))
    p.assign(reg, "ST-TP", "2", D(2017, 3, 20))
    c = reg.find("ST-TP", "1")
    c.apply("collected", D(2017, 6, 1), amount=100 * M)
    c.apply("done", D(2017, 6, 1))
    doc = validate("programme-report", p.report(reg, D(2018, 6, 30)).to_json())
    assert doc["offices"][0]["assigned"] == {
        "cases": 2, "cases_done": 1, "money": 150 * M, "money_done": 100 * M}


def test_auction_langson():
    """Sold for 73 bn VND at the 7th auction after 6 cuts (26 Dec 2024),
    against a debt of 199.1 bn VND, as examples/auction_langson.py."""
    rules = auction.Rules.on("VN", D(2024, 12, 26))
    first = rules.first_price_range(6, 73_000 * M)["first_hi"]
    sale = auction.Sale(rules, value=first, debt=199_100 * M)
    for _ in range(6):
        sale.fail()
        if sale.state["offer_open"]:
            sale.decline()
        sale.cut(sale.state["next_min"])
    sale.sell(73_000 * M, D(2024, 12, 26))
    doc = validate("auction", sale.to_json())
    assert doc["steps"][-1]["kind"] == "sold"
    assert doc["steps"][-1]["amount"] == 73_000 * M
    planned = auction.Sale("VN-2014", value=100 * M, debt=150 * M)
    planned.plan(max_rounds=5)
    validate("auction", planned.to_json())


def test_trail():
    """The fee on 18 bn VND collected: 245,300,000 (Circular 216/2016)."""
    trail = payout.Trail()
    payout.fee(18_000 * M, date=D(2025, 3, 1), trail=trail)
    doc = validate("trail", trail.to_json())
    assert doc["steps"][-1]["amount"] == 245_300_000
    validate("trail", payout.Trail().to_json())


def test_rules_catalogue():
    validate("rules-catalogue", enf.rules.catalogue_json())
    book = enf.Rulebook("VN.target.cases 2025-10-01 2026-09-30 8500 "
                        'confidence Vs cite "Provincial plan 2026"\n')
    doc = validate("rules-catalogue", book.to_json())
    assert doc["rules"][-1]["overridden"] is True
    bad = json.loads(book.to_json())
    bad["rules"][0]["confidence"] = "sure"
    refused("rules-catalogue", bad)


def test_table(sample):
    """The indicator table's form, "enforcement-table/1", when this build
    has it (its schema is table.schema.json)."""
    path = SCHEMAS / "table.schema.json"
    if not path.exists():
        pytest.skip("docs/schemas/table.schema.json is not here")
    year = (D(2024, 10, 1), D(2025, 9, 30))
    reps = enf.Report.by_office(sample, year)
    try:
        text = enf.stats.table(reps, format="json", schema=True)
    except TypeError:
        pytest.skip("stats.table() has no JSON form with a schema")
    validate("table", text)


def test_bad_input(sample, calendar):
    case = sample[0]
    with pytest.raises(enf.ArgumentTypeError, match="Case.to_json: as_of"):
        case.to_json(calendar, "2025-02-30")
    with pytest.raises(enf.ArgumentTypeError, match="calendar is 'cal'"):
        case.to_json("cal", D(2025, 3, 31))
    with pytest.raises(enf.RangeError, match="case_to_json: .*0001-01-01"):
        case.to_json(calendar, D(1, 1, 1))
    with pytest.raises(enf.ArgumentTypeError,
                       match="Register.worklist_json: office is 5"):
        sample.worklist_json(calendar, D(2025, 1, 1), office=5)
