-- Analysis views created in minutes.duckdb beside the table views (minutes db).
-- Each counts a meeting's facts once: only from its primary document (documents."primary"),
-- and sums only the figures marked aggregate (not a part of another figure, not a repeat, not a
-- total of others, not a cumulative count beside its period's own count). Each view is checked
-- against a table written by reading the sample archive (tests/gold/analyses/).

-- Every figure with its meeting: most questions need no join.
CREATE OR REPLACE VIEW facts AS
SELECT f.*,
       substr(f.period, 1, 7) AS month,
       f.admin1_name AS region,
       f.admin2_name AS cercle,
       d.meeting_date,
       d."group",
       d.place AS meeting_place,
       d.meeting_region,
       d.meeting_id,
       d."primary",
       d.source_path,
       d.format
FROM figures f JOIN documents d USING (doc_id);

-- Incidents by month (the period the text gives, else the meeting's month), region and type:
-- security and protection incidents are different counts, never added up. A count naming no
-- place is filed under the region of a regional group's meeting (region_source 'meeting'); one
-- from a national meeting (held in a capital) stays '(no region)'.
CREATE OR REPLACE VIEW incidents_by_month_region AS
SELECT month,
       coalesce(region, meeting_region, '(no region)') AS region,
       CASE WHEN region IS NOT NULL THEN 'text' WHEN meeting_region IS NOT NULL THEN 'meeting' END AS region_source,
       subject,
       sum(value)::BIGINT AS incidents,
       count(*) AS figures
FROM facts
WHERE "primary" AND unit = 'incidents' AND aggregate
GROUP BY ALL
ORDER BY month, region, subject;

-- Figures of displaced people (IDPs) in one unit that may be summed, at the place where they are
-- (a destination or host place, or where the count was made; never the place they left): what
-- the displacement views below count, written once.
CREATE OR REPLACE MACRO displaced_where_they_are(counted) AS TABLE
SELECT *
FROM facts
WHERE "primary" AND unit = counted AND subject = 'idps' AND aggregate
  AND coalesce(location_role, 'where') <> 'origin';

-- Displaced households by the cercle where they are.
CREATE OR REPLACE VIEW displaced_households_by_cercle AS
SELECT coalesce(cercle, '(no cercle)') AS cercle,
       admin2_pcode,
       region,
       sum(households)::BIGINT AS households,
       count(*) AS figures
FROM displaced_where_they_are('households')
GROUP BY ALL
ORDER BY households DESC, cercle;

-- Displaced persons by cercle and month (month the count's period starts; period_kind says
-- whether it is a month's count, a stock at a date, or a count since a date).
CREATE OR REPLACE VIEW displaced_persons_by_cercle_month AS
SELECT coalesce(cercle, '(no cercle)') AS cercle,
       admin2_pcode,
       region,
       month,
       period_kind,
       sum(persons)::BIGINT AS persons,
       count(*) AS figures
FROM displaced_where_they_are('persons')
GROUP BY ALL
ORDER BY month, cercle;

-- Every action with each organisation responsible for it, its deadline and its status:
-- ongoing (continuous), open (awaiting something, as soon as possible, next meeting not yet
-- dated, a deadline still to come), overdue (a date passed), no deadline.
CREATE OR REPLACE VIEW actions_by_responsible AS
SELECT r.org_id,
       o.org_name,
       r.meeting_date,
       r."group",
       r.doc_id,
       r.item_no,
       r.action_no,
       r.text AS action,
       r.deadline_kind,
       r.deadline_date,
       CASE
           WHEN r.deadline_kind IS NULL THEN 'no deadline'
           WHEN r.deadline_kind = 'continuous' THEN 'ongoing'
           WHEN r.deadline_date IS NULL THEN 'open'
           WHEN r.deadline_date >= current_date THEN 'open'
           ELSE 'overdue'
       END AS status,
       i.status_text
FROM (
    SELECT a.*, d.meeting_date, d."group", unnest(a.responsible) AS org_id
    FROM actions a JOIN documents d USING (doc_id)
    WHERE d."primary"
) r
JOIN agenda_items i USING (doc_id, item_no)
LEFT JOIN (SELECT DISTINCT org_id, org_name FROM organisations WHERE org_id IS NOT NULL) o USING (org_id)
ORDER BY r.org_id, r.meeting_date, r.item_no, r.action_no;

-- Open actions by responsible organisation: ongoing or open in actions_by_responsible.
CREATE OR REPLACE VIEW open_actions_by_responsible AS
SELECT org_id,
       org_name,
       count(*) AS open_actions
FROM actions_by_responsible
WHERE status IN ('ongoing', 'open')
GROUP BY ALL
ORDER BY open_actions DESC, org_id;
