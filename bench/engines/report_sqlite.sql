-- The national indicator table of a statistical year in SQLite: the query
-- half of the SQLite reference engine of the national-year benchmark
-- (bench/engines/sqlite_report.py builds the tables, imports the CSV
-- files, opens the output file and then reads this file with the sqlite3
-- command-line shell).
--
-- Input tables (filled by .import, every province's files in one table):
--   offices(office, province, province_name)
--   cases(office, decision_no, decision_date, mode, court, judgment_no,
--         judgment_effective, judgment_kind, flags)
--   obligations(office, decision_no, idx, kind, amount, debtor, creditor,
--               joint)
--   events(office, decision_no, seq, date, kind, detail, amount, asset)
-- Dates are ISO text (compared as text; an empty field is ''), integers
-- are SQLite's 64-bit integers: every sum and the rate are exact.
-- Output: the canonical result file unit,group,measure,indicator,value.
--
-- The rules are the library's (lib/stats_report.c, enf__classify), for
-- the period 2024-10-01 .. 2025-09-30; a case is (office, decision_no):
-- * decided = the date of its decision_issued event (a log has at most
--   one), else cases.decision_date; a case not decided by the last day,
--   or closed or in the separate book on 2024-09-30, adds nothing.
-- * The state at a day D, in closed form. Each event gets a code of what
--   it does to the state, named by the end row it leads to:
--     1 with_means_other (request_received, entrusted_in, decision_issued)
--     2 being_enforced   (verified or classified with detail 1)
--     3 done (done, terminated), 4 entrusted (entrusted_out),
--     5 withdrawn (decision_withdrawn), 6 separate_book,
--     7 returned (request_returned)               -- codes 1..7: "anchors"
--     11 postponed with detail 2 (by agreement: postponed_agreement)
--     12 other postponements, suspended (without_means)
--     13 resumed, 14 classified with detail 0
--     0  no change: verified with detail 0, decision_notified, collected,
--        paid_out, asset_seized, asset_appraised, asset_auctioned.
--   max(seq * 16 + code) over the events with date <= D (and a code in a
--   set) gives the code of the latest such event. Then:
--   - the latest event with a code is a pause (11, 12): that row;
--   - otherwise (resumed, an anchor, classified-0, or nothing) the base
--     state: the latest anchor's row, except that a classified-0 after
--     it gives without_means, or keeps separate_book after separate_book;
--     no event at all: with_means_other (decided, nothing happened).
--   This is the library's replay (lib/case.c, enf__replay_step and the
--   transition table) for legal logs, which are all a register can load:
--   verified 0 never changes the state; classified 0 leaves a case in the
--   separate book; resumed goes back to the state before the run of
--   pauses, i.e. the base state, since only terminal events (terminated,
--   withdrawn: anchors) may happen while paused.
-- * amount = max(owed - collected by 2024-09-30, 0);
--   in = collected in the period; done money = amount if the end row is
--   done or in > amount, else in. By cases the start row (carried_over if
--   decided before 2024-10-01, else received) and the case row count 1;
--   by money the start row gets amount, done the done money and the end
--   row amount - done money.
-- * The case row is the end row, except that a case entrusted at the end
--   of which some money was collected (by the last day, before the period
--   too) is done by cases: done in part, the rest entrusted (the library's
--   default definition partial_entrusted_done = 1, after the GSO
--   definition of a case done). Its money stays as above (done money done,
--   the rest entrusted). The library's other defaults need nothing here:
--   money done = collected, an unclassified case = with_means_other, and
--   the generator writes no obligation_reduced events.
-- Cases are summed by province, group memberships, start and end row
-- (a small table), which is then spread over the groups and units (each
-- province of offices.csv, and VN), the derived rows computed from the
-- base rows, and rate = done*10000 / with_means rounded half up.

.mode csv
.separator "," "\n"
.headers on

-- Every case's office must be in offices.csv (.bail on stops here).
CREATE TEMP TABLE office_check (orphans INTEGER
	CONSTRAINT every_office_must_be_in_offices_csv CHECK (orphans = 0));
INSERT INTO office_check
SELECT count(*) FROM cases
WHERE office NOT IN (SELECT office FROM offices);

CREATE TEMP TABLE agg AS
WITH ev AS (
	SELECT office, decision_no, seq, date, kind, amount,
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
	-- LIMIT -1 OFFSET 0 (no limit) keeps SQLite from flattening ev into
	-- per_case, where the CASE would be evaluated once per use (nine
	-- times an event): ev runs as a co-routine, the code once a row.
	FROM events LIMIT -1 OFFSET 0
), per_case AS (
	SELECT office, decision_no,
		min(date) FILTER (WHERE kind = 'decision_issued') AS issued,
		coalesce(sum(amount) FILTER (WHERE kind = 'collected'
			AND date <= '2024-09-30'), 0) AS coll_b,
		coalesce(sum(amount) FILTER (WHERE kind = 'collected'
			AND date <= '2025-09-30'), 0) AS coll_l,
		max(seq * 16 + code) FILTER (WHERE code BETWEEN 1 AND 7
			AND date <= '2024-09-30') AS a_b,
		max(seq) FILTER (WHERE code = 14
			AND date <= '2024-09-30') AS c_b,
		max(seq * 16 + code) FILTER (WHERE code > 0
			AND date <= '2024-09-30') AS r_b,
		max(seq * 16 + code) FILTER (WHERE code BETWEEN 1 AND 7
			AND date <= '2025-09-30') AS a_l,
		max(seq) FILTER (WHERE code = 14
			AND date <= '2025-09-30') AS c_l,
		max(seq * 16 + code) FILTER (WHERE code > 0
			AND date <= '2025-09-30') AS r_l
	FROM ev
	GROUP BY office, decision_no
), owed AS (
	SELECT office, decision_no, sum(amount) AS owed,
		max(kind = 'bank_credit') AS bank
	FROM obligations
	GROUP BY office, decision_no
), cls AS (
	SELECT o.province,
		c.mode = 'agency' AS agency,
		coalesce(w.bank, 0) AS bank,
		('|' || c.flags || '|') LIKE '%|corruption|%' AS corruption,
		c.judgment_kind = 'administrative' AS admin,
		coalesce(e.issued, nullif(c.decision_date, '')) AS decided,
		CASE
			WHEN e.r_b IS NULL THEN 1
			WHEN e.r_b % 16 = 11 THEN 9
			WHEN e.r_b % 16 = 12 THEN 8
			WHEN e.c_b IS NOT NULL
				AND (e.a_b IS NULL OR e.c_b > e.a_b / 16)
				THEN CASE WHEN e.a_b % 16 = 6 THEN 6 ELSE 8 END
			WHEN e.a_b IS NULL THEN 1
			ELSE e.a_b % 16 END AS before,
		CASE
			WHEN e.r_l IS NULL THEN 1
			WHEN e.r_l % 16 = 11 THEN 9
			WHEN e.r_l % 16 = 12 THEN 8
			WHEN e.c_l IS NOT NULL
				AND (e.a_l IS NULL OR e.c_l > e.a_l / 16)
				THEN CASE WHEN e.a_l % 16 = 6 THEN 6 ELSE 8 END
			WHEN e.a_l IS NULL THEN 1
			ELSE e.a_l % 16 END AS endrow,
		max(coalesce(w.owed, 0) - coalesce(e.coll_b, 0), 0) AS amount,
		coalesce(e.coll_l, 0) - coalesce(e.coll_b, 0) AS inn,
		coalesce(e.coll_l, 0) AS coll_l
	FROM cases c
	LEFT JOIN per_case e
		ON e.office = c.office AND e.decision_no = c.decision_no
	LEFT JOIN owed w
		ON w.office = c.office AND w.decision_no = c.decision_no
	JOIN offices o ON o.office = c.office
), kept AS (
	SELECT *,
		CASE WHEN endrow = 3 OR inn > amount THEN amount ELSE inn END
			AS done_money,
		CASE WHEN endrow = 4 AND coll_l > 0 THEN 3 ELSE endrow END
			AS caserow
	FROM cls
	WHERE decided IS NOT NULL AND decided <= '2025-09-30'
		AND before NOT IN (3, 4, 5, 6, 7)
)
SELECT province, agency, bank, corruption, admin,
	decided < '2024-10-01' AS carried, endrow, caserow,
	count(*) AS n, sum(amount) AS amt, sum(done_money) AS dm
FROM kept
GROUP BY province, agency, bank, corruption, admin, carried, endrow,
	caserow;

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
), by_unit AS (
	SELECT * FROM grouped
	UNION ALL SELECT 'VN', grp, carried, endrow, caserow, n, amt, dm
	FROM grouped
), units(unit) AS (
	SELECT DISTINCT province FROM offices
	UNION SELECT 'VN'
), measures(measure, mi) AS (
	VALUES ('cases', 0), ('money', 1)
), base AS (
	-- The base rows of a unit, group and measure: by cases a case
	-- counts 1 in its start row and 1 in its case row; by money its
	-- amount in its start row, its done money in done and the rest
	-- (amount - done money) in its end row.
	SELECT province AS unit, grp, 'cases' AS measure,
		sum(CASE WHEN carried THEN n ELSE 0 END) AS carried_over,
		sum(CASE WHEN carried THEN 0 ELSE n END) AS received,
		sum(CASE WHEN caserow = 4 THEN n ELSE 0 END) AS entrusted,
		sum(CASE WHEN caserow = 5 THEN n ELSE 0 END) AS withdrawn,
		sum(CASE WHEN caserow = 3 THEN n ELSE 0 END) AS done,
		sum(CASE WHEN caserow = 2 THEN n ELSE 0 END) AS being_enforced,
		sum(CASE WHEN caserow = 9 THEN n ELSE 0 END)
			AS postponed_agreement,
		sum(CASE WHEN caserow = 1 THEN n ELSE 0 END) AS with_means_other,
		sum(CASE WHEN caserow = 8 THEN n ELSE 0 END) AS without_means,
		sum(CASE WHEN caserow = 6 THEN n ELSE 0 END) AS separate_book,
		sum(CASE WHEN caserow = 7 THEN n ELSE 0 END) AS returned
	FROM by_unit GROUP BY province, grp
	UNION ALL
	SELECT province, grp, 'money',
		sum(CASE WHEN carried THEN amt ELSE 0 END),
		sum(CASE WHEN carried THEN 0 ELSE amt END),
		sum(CASE WHEN endrow = 4 THEN amt - dm ELSE 0 END),
		sum(CASE WHEN endrow = 5 THEN amt - dm ELSE 0 END),
		sum(dm) + sum(CASE WHEN endrow = 3 THEN amt - dm ELSE 0 END),
		sum(CASE WHEN endrow = 2 THEN amt - dm ELSE 0 END),
		sum(CASE WHEN endrow = 9 THEN amt - dm ELSE 0 END),
		sum(CASE WHEN endrow = 1 THEN amt - dm ELSE 0 END),
		sum(CASE WHEN endrow = 8 THEN amt - dm ELSE 0 END),
		sum(CASE WHEN endrow = 6 THEN amt - dm ELSE 0 END),
		sum(CASE WHEN endrow = 7 THEN amt - dm ELSE 0 END)
	FROM by_unit GROUP BY province, grp
), full_base AS (
	SELECT u.unit, g.grp, g.gi, m.measure, m.mi,
		coalesce(b.carried_over, 0) AS carried_over,
		coalesce(b.received, 0) AS received,
		coalesce(b.entrusted, 0) AS entrusted,
		coalesce(b.withdrawn, 0) AS withdrawn,
		coalesce(b.done, 0) AS done,
		coalesce(b.being_enforced, 0) AS being_enforced,
		coalesce(b.postponed_agreement, 0) AS postponed_agreement,
		coalesce(b.with_means_other, 0) AS with_means_other,
		coalesce(b.without_means, 0) AS without_means,
		coalesce(b.separate_book, 0) AS separate_book,
		coalesce(b.returned, 0) AS returned
	FROM units u CROSS JOIN grps g CROSS JOIN measures m
	LEFT JOIN base b
		ON b.unit = u.unit AND b.grp = g.grp AND b.measure = m.measure
), derived AS (
	SELECT *,
		carried_over + received AS total,
		carried_over + received - entrusted - withdrawn AS to_enforce,
		done + being_enforced + postponed_agreement + with_means_other
			AS with_means,
		carried_over + received - entrusted - withdrawn - done
			AS carried_next
	FROM full_base
), indicators(indicator, ii) AS (
	VALUES ('carried_over', 0), ('received', 1), ('total', 2),
		('entrusted', 3), ('withdrawn', 4), ('to_enforce', 5),
		('with_means', 6), ('done', 7), ('being_enforced', 8),
		('postponed_agreement', 9), ('with_means_other', 10),
		('without_means', 11), ('separate_book', 12), ('returned', 13),
		('carried_next', 14), ('rate', 15)
)
SELECT unit, grp AS "group", measure, indicator,
	CASE indicator
		WHEN 'carried_over' THEN carried_over
		WHEN 'received' THEN received
		WHEN 'total' THEN total
		WHEN 'entrusted' THEN entrusted
		WHEN 'withdrawn' THEN withdrawn
		WHEN 'to_enforce' THEN to_enforce
		WHEN 'with_means' THEN with_means
		WHEN 'done' THEN done
		WHEN 'being_enforced' THEN being_enforced
		WHEN 'postponed_agreement' THEN postponed_agreement
		WHEN 'with_means_other' THEN with_means_other
		WHEN 'without_means' THEN without_means
		WHEN 'separate_book' THEN separate_book
		WHEN 'returned' THEN returned
		WHEN 'carried_next' THEN carried_next
		ELSE (done * 10000) / with_means
			+ (2 * ((done * 10000) % with_means) >= with_means)
		END AS value
FROM derived CROSS JOIN indicators
WHERE indicator <> 'rate' OR with_means > 0
ORDER BY unit, gi, mi, ii;
