// The national indicator table of a statistical year, computed by DuckDB
// from the CSV files of a national data set: a reference engine of the
// national-year benchmark (bench/run.py). The rules are those of the
// library (lib/stats_report.c, enf__classify), as restated in the
// benchmark's specification and below.
//
// Usage: node bench/engines/duckdb_report.mjs DATA_DIR OUT_CSV
//   DATA_DIR  offices.csv and one directory per province holding
//             cases.csv, obligations.csv and events.csv (parties.csv and
//             assets.csv are not needed for the table and are not read)
//   OUT_CSV   the canonical result file: unit,group,measure,indicator,value
//             (every province of offices.csv and VN, 6 groups, 2
//             measures, the 15 rows and `rate` where with_means > 0)
//
// How it works (one in-memory DuckDB database, default threads; each CSV
// is read once with read_csv over the glob DATA_DIR/*/NAME.csv with the
// columns and their types spelled out, so nothing is sniffed; DATA_DIR
// must not hold glob characters such as * ? [):
// 1. Events are aggregated per case (office, decision_no) in one pass.
//    Each event gets a code saying what it does to the state:
//      1 -> RECEIVED or VOLUNTARY (request_received, entrusted_in,
//           decision_issued: all end in with_means_other)
//      2 -> WITH_MEANS (verified or classified with detail 1)
//      3 -> DONE / TERMINATED, 4 ENTRUSTED, 5 WITHDRAWN,
//      6 -> SEPARATE_BOOK, 7 RETURNED                    (the "anchors")
//      11 postponed with detail 2, 12 other postponements and suspended
//      13 resumed, 14 classified with detail 0, 0 nothing (verified with
//      detail 0, decision_notified, collected, paid_out, asset_*).
//    The state at a day D is then, with max(seq * 16 + code) picking the
//    code of the latest event among those with date <= D:
//    - if the latest event with a code is a pause (11, 12): that pause;
//    - else the "base state": the latest anchor's state, except that a
//      classified-0 after that anchor gives WITHOUT_MEANS, or keeps
//      SEPARATE_BOOK if the anchor was separate_book.
//    This is the library's replay (enf__replay_step, the transition table
//    of lib/case.c) in closed form for legal logs: verified with detail 0
//    never changes the state; classified with detail 0 keeps a case in
//    the separate book; resumed returns to the state before the run of
//    pauses, which is the base state because nothing but a terminal event
//    (terminated, withdrawn) can happen during a pause.
//    The same pass takes the date of the decision_issued event (the only
//    one: a log has at most one) and the sums collected by 2024-09-30 and
//    by 2025-09-30.
// 2. Cases are joined to their events' aggregate, the sum of their
//    obligations (and whether one is bank_credit) and their province
//    (offices.csv); each case gets its start row (carried_over/received),
//    end row, amount and done money, and the cases are counted and summed
//    by province, group memberships, start row, end row and case row: a
//    table of a few thousand rows. The case row, which counts by cases,
//    is the end row except that an entrusted case of which some money
//    was collected (by the last day, before the period too) is done: done
//    in part, the rest entrusted (the library's default definition
//    partial_entrusted_done = 1, after the GSO definition of a case done);
//    by money it stays as it is (done money done, the rest entrusted).
//    The library's other defaults need nothing here: money done =
//    collected, an unclassified case = with_means_other, and the
//    generator writes no obligation_reduced events.
// 3. That table is spread over the groups (all; agency or request;
//    bank_credit; corruption; administrative) and units (the province,
//    VN), the derived rows and the rate are computed with integers only
//    (sums are HUGEINT, cast back to BIGINT; rate = done*10000 div
//    with_means, +1 if 2 * remainder >= with_means), and the long table
//    is written with COPY.
import { DuckDBInstance } from '@duckdb/node-api';
import fs from 'node:fs';
import path from 'node:path';

const FIRST = '2024-10-01';
const BEFORE = '2024-09-30';
const LAST = '2025-09-30';
// The indicators of the result file, in order (NULL rates are dropped
// by UNPIVOT: no rate where with_means is 0).
const INDICATORS = [
	'carried_over', 'received', 'total', 'entrusted', 'withdrawn',
	'to_enforce', 'with_means', 'done', 'being_enforced',
	'postponed_agreement', 'with_means_other', 'without_means',
	'separate_book', 'returned', 'carried_next', 'rate',
];

function die(msg) {
	process.stderr.write(`duckdb_report: ${msg}\n`);
	process.exit(1);
}

// A string literal of SQL.
function lit(s) {
	return `'${s.replaceAll("'", "''")}'`;
}

const OPTS = "header = true, delim = ',', quote = '\"', escape = '\"', " +
	'auto_detect = false';

// read_csv of a file or glob with its columns and types.
function csv(file, columns) {
	const cols = Object.entries(columns)
		.map(([k, v]) => `${lit(k)}: ${lit(v)}`)
		.join(', ');
	return `read_csv(${lit(file)}, ${OPTS}, columns = {${cols}})`;
}

// One of the files of every province.
function provinces(dir, name, columns) {
	return csv(path.join(dir, '*', name), columns);
}

function offices(dir) {
	return csv(path.join(dir, 'offices.csv'), {
		office: 'VARCHAR', province: 'VARCHAR',
		province_name: 'VARCHAR',
	});
}

function caseQuery(dir) {
	const events = provinces(dir, 'events.csv', {
		office: 'VARCHAR', decision_no: 'VARCHAR', seq: 'BIGINT',
		date: 'DATE', kind: 'VARCHAR', detail: 'INTEGER',
		amount: 'BIGINT', asset: 'INTEGER',
	});
	const cases = provinces(dir, 'cases.csv', {
		office: 'VARCHAR', decision_no: 'VARCHAR',
		decision_date: 'DATE', mode: 'VARCHAR', court: 'VARCHAR',
		judgment_no: 'VARCHAR', judgment_effective: 'DATE',
		judgment_kind: 'VARCHAR', flags: 'VARCHAR',
	});
	const obligations = provinces(dir, 'obligations.csv', {
		office: 'VARCHAR', decision_no: 'VARCHAR', index: 'INTEGER',
		kind: 'VARCHAR', amount: 'BIGINT', debtor: 'INTEGER',
		creditor: 'INTEGER', joint: 'INTEGER',
	});
	const B = `DATE '${BEFORE}'`, L = `DATE '${LAST}'`;
	// The state at day D as an end-row code (see the header), from the
	// aggregates a (anchor), c (classified-0) and r (latest with a code).
	const state = (a, c, r) => `CASE
		WHEN ${r} IS NULL THEN 1
		WHEN ${r} % 16 = 11 THEN 9
		WHEN ${r} % 16 = 12 THEN 8
		WHEN ${c} IS NOT NULL AND (${a} IS NULL OR ${c} > ${a} // 16)
			THEN CASE WHEN ${a} % 16 = 6 THEN 6 ELSE 8 END
		WHEN ${a} IS NULL THEN 1
		ELSE ${a} % 16 END`;
	return `
CREATE TEMP TABLE agg AS
WITH ev AS (
	SELECT office, decision_no, seq, date, amount, kind,
		CASE kind
			WHEN 'request_received' THEN 1
			WHEN 'entrusted_in' THEN 1
			WHEN 'decision_issued' THEN 1
			WHEN 'verified' THEN CASE WHEN detail = 1 THEN 2 ELSE 0 END
			WHEN 'classified' THEN CASE WHEN detail = 1 THEN 2 ELSE 14 END
			WHEN 'done' THEN 3
			WHEN 'terminated' THEN 3
			WHEN 'entrusted_out' THEN 4
			WHEN 'decision_withdrawn' THEN 5
			WHEN 'separate_book' THEN 6
			WHEN 'request_returned' THEN 7
			WHEN 'postponed' THEN CASE WHEN detail = 2 THEN 11 ELSE 12 END
			WHEN 'suspended' THEN 12
			WHEN 'resumed' THEN 13
			ELSE 0 END AS code
	FROM ${events}
), per_case AS (
	SELECT office, decision_no,
		min(date) FILTER (WHERE kind = 'decision_issued') AS issued,
		coalesce(sum(amount) FILTER (WHERE kind = 'collected'
			AND date <= ${B}), 0) AS coll_b,
		coalesce(sum(amount) FILTER (WHERE kind = 'collected'
			AND date <= ${L}), 0) AS coll_l,
		max(seq * 16 + code) FILTER (WHERE code BETWEEN 1 AND 7
			AND date <= ${B}) AS a_b,
		max(seq) FILTER (WHERE code = 14 AND date <= ${B}) AS c_b,
		max(seq * 16 + code) FILTER (WHERE code > 0
			AND date <= ${B}) AS r_b,
		max(seq * 16 + code) FILTER (WHERE code BETWEEN 1 AND 7
			AND date <= ${L}) AS a_l,
		max(seq) FILTER (WHERE code = 14 AND date <= ${L}) AS c_l,
		max(seq * 16 + code) FILTER (WHERE code > 0
			AND date <= ${L}) AS r_l
	FROM ev
	GROUP BY office, decision_no
), owed AS (
	SELECT office, decision_no, sum(amount)::BIGINT AS owed,
		bool_or(kind = 'bank_credit') AS bank
	FROM ${obligations}
	GROUP BY office, decision_no
), cls AS (
	SELECT o.province,
		c.mode = 'agency' AS agency,
		coalesce(w.bank, false) AS bank,
		('|' || coalesce(c.flags, '') || '|') LIKE '%|corruption|%'
			AS corruption,
		c.judgment_kind = 'administrative' AS admin,
		coalesce(e.issued, c.decision_date) AS decided,
		${state('e.a_b', 'e.c_b', 'e.r_b')} AS before,
		${state('e.a_l', 'e.c_l', 'e.r_l')} AS endrow,
		greatest(coalesce(w.owed, 0) - coalesce(e.coll_b, 0), 0)
			AS amount,
		coalesce(e.coll_l, 0) - coalesce(e.coll_b, 0) AS inn,
		coalesce(e.coll_l, 0) AS coll_l
	FROM ${cases} c
	LEFT JOIN per_case e USING (office, decision_no)
	LEFT JOIN owed w USING (office, decision_no)
	LEFT JOIN ${offices(dir)} o USING (office)
), kept AS (
	SELECT *,
		CASE WHEN endrow = 3 OR inn > amount THEN amount ELSE inn END
			AS done_money,
		-- Done in part, the rest entrusted: done by cases (header).
		CASE WHEN endrow = 4 AND coll_l > 0 THEN 3 ELSE endrow END
			AS caserow
	FROM cls
	WHERE decided IS NOT NULL AND decided <= ${L}
		AND before NOT IN (3, 4, 5, 6, 7)
)
SELECT province, agency, bank, corruption, admin,
	decided < DATE '${FIRST}' AS carried, endrow, caserow,
	count(*)::BIGINT AS n, sum(amount)::BIGINT AS amt,
	sum(done_money)::BIGINT AS dm
FROM kept
GROUP BY ALL`;
}

// The long table from agg, all units of offices.csv and VN.
function reportQuery(dir, out) {
	const m = (row) => `sum(CASE WHEN endrow = ${row} THEN amt - dm ` +
		'ELSE 0 END)';
	const k = (row) => `sum(CASE WHEN caserow = ${row} THEN n ELSE 0 END)`;
	return `
COPY (
WITH grps(grp, gi) AS (
	VALUES ('all', 0), ('agency', 1), ('request', 2),
		('bank_credit', 3), ('corruption', 4), ('administrative', 5)
), grouped AS (
	-- Each row of agg in every group it counts in.
	SELECT province, grp, carried, endrow, caserow, n, amt, dm
	FROM agg JOIN grps ON grp = 'all' OR (grp = 'agency' AND agency)
		OR (grp = 'request' AND NOT agency)
		OR (grp = 'bank_credit' AND bank)
		OR (grp = 'corruption' AND corruption)
		OR (grp = 'administrative' AND admin)
), units AS (
	SELECT DISTINCT province AS unit FROM ${offices(dir)}
	UNION SELECT 'VN'
), base AS (
	-- The base rows per unit, group and measure (HUGEINT sums).
	SELECT coalesce(province, 'VN') AS unit, grp, 'cases' AS measure,
		sum(CASE WHEN carried THEN n ELSE 0 END) AS carried_over,
		sum(CASE WHEN carried THEN 0 ELSE n END) AS received,
		${k(4)} AS entrusted, ${k(5)} AS withdrawn, ${k(3)} AS done,
		${k(2)} AS being_enforced, ${k(9)} AS postponed_agreement,
		${k(1)} AS with_means_other, ${k(8)} AS without_means,
		${k(6)} AS separate_book, ${k(7)} AS returned
	FROM grouped GROUP BY GROUPING SETS ((province, grp), (grp))
	UNION ALL
	SELECT coalesce(province, 'VN'), grp, 'money',
		sum(CASE WHEN carried THEN amt ELSE 0 END),
		sum(CASE WHEN carried THEN 0 ELSE amt END),
		${m(4)}, ${m(5)}, sum(dm) + ${m(3)},
		${m(2)}, ${m(9)}, ${m(1)}, ${m(8)}, ${m(6)}, ${m(7)}
	FROM grouped GROUP BY GROUPING SETS ((province, grp), (grp))
), full_base AS (
	SELECT u.unit, g.grp, g.gi, ms.measure,
		coalesce(b.carried_over, 0)::BIGINT AS carried_over,
		coalesce(b.received, 0)::BIGINT AS received,
		coalesce(b.entrusted, 0)::BIGINT AS entrusted,
		coalesce(b.withdrawn, 0)::BIGINT AS withdrawn,
		coalesce(b.done, 0)::BIGINT AS done,
		coalesce(b.being_enforced, 0)::BIGINT AS being_enforced,
		coalesce(b.postponed_agreement, 0)::BIGINT
			AS postponed_agreement,
		coalesce(b.with_means_other, 0)::BIGINT AS with_means_other,
		coalesce(b.without_means, 0)::BIGINT AS without_means,
		coalesce(b.separate_book, 0)::BIGINT AS separate_book,
		coalesce(b.returned, 0)::BIGINT AS returned
	FROM units u CROSS JOIN grps g
	CROSS JOIN (VALUES ('cases'), ('money')) ms(measure)
	LEFT JOIN base b ON b.unit = u.unit AND b.grp = g.grp
		AND b.measure = ms.measure
), derived AS (
	SELECT *,
		carried_over + received AS total,
		carried_over + received - entrusted - withdrawn AS to_enforce,
		done + being_enforced + postponed_agreement + with_means_other
			AS with_means,
		carried_over + received - entrusted - withdrawn - done
			AS carried_next
	FROM full_base
), rated AS (
	SELECT *,
		CASE WHEN with_means > 0 THEN
			(done * 10000) // with_means +
			CASE WHEN 2 * ((done * 10000) % with_means) >= with_means
				THEN 1 ELSE 0 END
		END AS rate
	FROM derived
)
SELECT unit, grp AS "group", measure, indicator, value
FROM (
	UNPIVOT rated ON ${INDICATORS.join(', ')}
	INTO NAME indicator VALUE value
)
ORDER BY unit, gi, measure,
	list_position([${INDICATORS.map(lit).join(', ')}], indicator)
) TO ${lit(out)} (FORMAT csv, HEADER true, DELIMITER ',')`;
}

async function main() {
	const [dir, out] = process.argv.slice(2);

	if (dir === undefined || out === undefined || process.argv.length > 4)
		die('usage: node duckdb_report.mjs DATA_DIR OUT_CSV');
	if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory())
		die(`${dir}: not a directory`);
	if (!fs.existsSync(path.join(dir, 'offices.csv')))
		die(`${dir}: no offices.csv (not a national data set)`);
	// The province directories are those with a cases.csv; each must
	// have the other two files (the globs would skip a missing one).
	const provs = fs.readdirSync(dir).filter(
		(p) => fs.existsSync(path.join(dir, p, 'cases.csv')));
	if (provs.length === 0)
		die(`${dir}: no province directory with a cases.csv`);
	for (const p of provs)
		for (const name of ['obligations.csv', 'events.csv'])
			if (!fs.existsSync(path.join(dir, p, name)))
				die(`${path.join(dir, p, name)}: missing`);

	const db = await DuckDBInstance.create(':memory:');
	const con = await db.connect();
	try {
		await con.run(caseQuery(dir));
		const orphans = await con.runAndReadAll(
			'SELECT count(*) FROM agg WHERE province IS NULL');
		if (orphans.getRows()[0][0] > 0n)
			die(`${dir}: some cases have an office that offices.csv ` +
				'does not list');
		await con.run(reportQuery(dir, out));
	} catch (e) {
		die(`${dir}: ${e.message}`);
	}
}

await main();
