-- The provincial report of the sample register in SQL: the offices'
-- counters come from the library as a JSON table, the province is their
-- sum, and every rate and gap comes from the enforcement SQLite extension,
-- so that the figures are those of the library's own table.
--
--   enforcement report examples/data/sample --period 2025-H1 --no-total \
--       --format json > offices.json
--   sqlite3 :memory: ".load libenforcement_sqlite" \
--       ".read examples/sql/province_report.sql"
--
-- It reads offices.json from the current directory (readfile() is a
-- function of the sqlite3 shell) and prints, for each office and for the
-- province: the cases with means and done, the rate by cases, its gap in
-- points to the target the table records (the command writes the national
-- target of the year, 83.90% for 2025; a table without one gives NULL), the
-- money with means and done, and the rate by money.
WITH doc AS (SELECT readfile('offices.json') AS d),
offices AS (
  SELECT json_extract(r.value, '$.unit') AS unit,
         json_extract(r.value, '$.cases.with_means') AS cases_with_means,
         json_extract(r.value, '$.cases.done') AS cases_done,
         json_extract(r.value, '$.money.with_means') AS money_with_means,
         json_extract(r.value, '$.money.done') AS money_done
  FROM doc, json_each(doc.d, '$.reports') AS r
),
target AS (
  SELECT json_extract(d, '$.basis.targets.cases.hundredths') AS cases
  FROM doc
),
units AS (
  SELECT 0 AS province, * FROM offices
  UNION ALL
  SELECT 1, 'Province', sum(cases_with_means), sum(cases_done),
         sum(money_with_means), sum(money_done)
  FROM offices
)
SELECT unit,
       cases_with_means,
       cases_done,
       enf_rate_text(cases_done, cases_with_means) AS rate_cases,
       enf_points(enf_rate(cases_done, cases_with_means), target.cases)
         AS gap_cases_hundredths,
       money_with_means,
       money_done,
       enf_rate_text(money_done, money_with_means) AS rate_money
FROM units, target
ORDER BY province, unit;
