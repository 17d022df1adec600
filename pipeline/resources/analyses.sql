-- Analysis views created in minutes.duckdb beside the table views (minutes db).
-- Each counts a meeting's facts once: only from its primary document (documents."primary").

-- Incidents reported, by month (the period the minutes give, else the meeting's month) and region.
CREATE OR REPLACE VIEW incidents_by_month_region AS
SELECT coalesce(substr(f.period, 1, 7), strftime(d.meeting_date, '%Y-%m')) AS month,
       coalesce(f.admin1_name, '(no region)') AS region,
       sum(f.value) AS incidents,
       count(*) AS figures
FROM figures f JOIN documents d USING (doc_id)
WHERE d."primary" AND f.unit = 'incidents' AND f.paired_with IS NULL
GROUP BY ALL
ORDER BY month, region;

-- Displaced households by cercle: household counts whose population is IDPs, or said in a
-- sentence about displacement.
CREATE OR REPLACE VIEW displaced_households_by_cercle AS
SELECT coalesce(f.admin2_name, '(no cercle)') AS cercle,
       f.admin2_pcode,
       f.admin1_name AS region,
       sum(f.households) AS households,
       count(*) AS figures
FROM figures f JOIN documents d USING (doc_id)
WHERE d."primary" AND f.unit = 'households'
  AND (f.population = 'idps' OR lower(f.sentence) LIKE '%déplac%' OR lower(f.sentence) LIKE '%displac%')
GROUP BY ALL
ORDER BY households DESC;

-- Open actions by responsible organisation: continuing, awaiting something, or not yet due.
CREATE OR REPLACE VIEW open_actions_by_responsible AS
SELECT r.org_id,
       o.org_name,
       count(*) AS open_actions
FROM (
    SELECT a.*, unnest(a.responsible) AS org_id
    FROM actions a JOIN documents d USING (doc_id)
    WHERE d."primary"
) r
LEFT JOIN (SELECT DISTINCT org_id, org_name FROM organisations WHERE org_id IS NOT NULL) o USING (org_id)
WHERE r.deadline_kind IN ('continuous', 'when_available', 'asap', 'unknown')
   OR r.deadline_date >= current_date
   OR (r.deadline_kind = 'next_meeting' AND r.deadline_date IS NULL)
GROUP BY ALL
ORDER BY open_actions DESC, r.org_id;
