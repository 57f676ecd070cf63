-- The network's roll-up, counted by the server over the latest version of every partnership: the same counts as
-- hjp rollup over files. The counts of each partnership are read out of its latest version (XMLTABLE over the
-- partnership file) once, when a roll-up first needs them after it was saved, and kept; a roll-up adds up those
-- small tables, reading only what was saved since the last one. A save does not wait for it. The network role may
-- only call hjp.rollup(), which returns the sums.

-- Each file is compressed with LZ4 where the server has it: several times faster to write than PostgreSQL's own.
DO $$ BEGIN
	ALTER TABLE hjp.versions ALTER COLUMN content SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
	NULL;
END $$;

CREATE TABLE hjp.rollup_facts (
	partnership_id text NOT NULL REFERENCES hjp.partnerships ON DELETE CASCADE,
	category text NOT NULL,
	value text NOT NULL,
	count integer NOT NULL,
	PRIMARY KEY (partnership_id, category, value)
);
ALTER TABLE hjp.rollup_facts ENABLE ROW LEVEL SECURITY;

-- Which version of each partnership the counts are of, and whether it could be read (one that could not is left out,
-- and said). Kept apart from hjp.partnerships, so that counting never holds a lock a save waits for.
CREATE TABLE hjp.rollup_state (
	partnership_id text PRIMARY KEY REFERENCES hjp.partnerships ON DELETE CASCADE,
	counted_version integer NOT NULL,
	readable boolean NOT NULL
);
ALTER TABLE hjp.rollup_state ENABLE ROW LEVEL SECURITY;

-- The counts of one partnership file. Values left out of a file are the model's defaults (status planning, setting
-- hospital, model formalPartnership; an organisation legal and a community legal centre; a need's legal problem
-- housing; a training session's attendees none): the test that compares this with hjp rollup over files fails if the
-- model's defaults change. Only the first data of a stage counts, as the workbench reads only that. A file whose root
-- is not a partnership gives no row.
CREATE FUNCTION hjp.facts_of(file bytea) RETURNS TABLE (category text, value text, count integer)
	LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, hjp AS $$
	WITH
		doc AS (SELECT xmlparse(DOCUMENT convert_from(file, 'UTF8')) AS doc),
		root AS (SELECT r.* FROM doc, XMLTABLE('/*[local-name() = ''Partnership'']' PASSING doc COLUMNS
			status text PATH '@status' DEFAULT 'planning', setting text PATH '@setting' DEFAULT 'hospital',
			model text PATH '@model' DEFAULT 'formalPartnership', cohorts integer PATH 'count(cohorts)') AS r),
		organisations AS (SELECT o.* FROM doc, XMLTABLE('/*/organisations' PASSING doc COLUMNS
			sector text PATH '@sector' DEFAULT 'legal', type text PATH '@type' DEFAULT 'communityLegalCentre') AS o),
		needs AS (SELECT n.* FROM doc, XMLTABLE(XMLNAMESPACES('http://www.w3.org/2001/XMLSchema-instance' AS xsi),
			'(/*/extensions[substring-after(@xsi:type, '':'') = ''NeedsAndGaps''])[1]/needs' PASSING doc COLUMNS
			problem text PATH '@legalProblemType' DEFAULT 'housing') AS n),
		activities AS (SELECT a.* FROM doc, XMLTABLE(XMLNAMESPACES('http://www.w3.org/2001/XMLSchema-instance' AS xsi),
			'(/*/extensions[substring-after(@xsi:type, '':'') = ''ActivityPlan''])[1]/activities' PASSING doc COLUMNS
			kind text PATH 'substring-after(@xsi:type, '':'')',
			sessions integer PATH 'count(self::*[substring-after(@xsi:type, '':'') = ''Training'']/sessions)',
			attendees integer PATH 'sum(self::*[substring-after(@xsi:type, '':'') = ''Training'']/sessions/@attendees)') AS a)
	SELECT 'status', status, 1 FROM root
	UNION ALL SELECT 'setting', setting, 1 FROM root
	UNION ALL SELECT 'model', model, 1 FROM root
	UNION ALL SELECT 'cohorts', '', cohorts FROM root
	UNION ALL SELECT sector || ' partner type', type, count(*)::integer FROM organisations, root WHERE sector IN ('legal', 'health') GROUP BY sector, type
	UNION ALL SELECT 'legal problem type', problem, count(*)::integer FROM needs, root GROUP BY problem
	UNION ALL SELECT 'activity kind', kind, count(*)::integer FROM activities, root GROUP BY kind
	UNION ALL SELECT 'training sessions', '', (SELECT coalesce(sum(sessions), 0)::integer FROM activities) FROM root
	UNION ALL SELECT 'training attendees', '', (SELECT coalesce(sum(attendees), 0)::integer FROM activities) FROM root
$$;

-- Counts the partnerships saved since they were last counted. A file that is not a readable partnership (or declares
-- a document type, which the server does not read, or is larger than a partnership file may be) is left out of the
-- roll-up, not refused: its version is kept whole. Two roll-ups at once each count what the other has not taken.
CREATE FUNCTION hjp.count_saved() RETURNS void
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, hjp SET standard_conforming_strings = on AS $$
DECLARE
	latest record;
	is_readable boolean;
BEGIN
	FOR latest IN SELECT p.id, p.head FROM hjp.partnerships p LEFT JOIN hjp.rollup_state s ON s.partnership_id = p.id
			WHERE s.counted_version IS DISTINCT FROM p.head LOOP
		CONTINUE WHEN NOT pg_try_advisory_xact_lock(hashtext('hjp.count ' || latest.id));
		DELETE FROM hjp.rollup_facts WHERE partnership_id = latest.id;
		is_readable := false;
		-- '<!DOCTYPE' as bytes: the file may be anything a member sent, so nothing here may fail on it.
		IF (SELECT octet_length(content) <= 64 * 1024 * 1024 AND position(convert_to('<!DOCTYPE', 'UTF8') IN content) = 0
				FROM hjp.versions WHERE partnership_id = latest.id AND version = latest.head) THEN
			BEGIN
				INSERT INTO hjp.rollup_facts (partnership_id, category, value, count)
					SELECT latest.id, f.category, f.value, sum(f.count) FROM hjp.versions v, hjp.facts_of(v.content) f
					WHERE v.partnership_id = latest.id AND v.version = latest.head GROUP BY f.category, f.value;
				is_readable := EXISTS (SELECT 1 FROM hjp.rollup_facts WHERE partnership_id = latest.id AND category = 'status');
			EXCEPTION WHEN others THEN
				is_readable := false;
			END;
		END IF;
		IF NOT is_readable THEN
			DELETE FROM hjp.rollup_facts WHERE partnership_id = latest.id;
		END IF;
		INSERT INTO hjp.rollup_state (partnership_id, counted_version, readable) VALUES (latest.id, latest.head, is_readable)
			ON CONFLICT (partnership_id) DO UPDATE SET counted_version = EXCLUDED.counted_version, readable = EXCLUDED.readable;
	END LOOP;
END
$$;

-- The sums, counted over every partnership whoever asks; the network role reads no partnership, person or answer.
CREATE FUNCTION hjp.rollup() RETURNS TABLE (category text, value text, count integer)
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, hjp AS $$
BEGIN
	PERFORM hjp.count_saved();
	RETURN QUERY
		SELECT 'partnerships'::text, ''::text, count(*)::integer FROM hjp.rollup_state WHERE readable
		UNION ALL SELECT 'partnerships not counted', '', count(*)::integer FROM hjp.rollup_state WHERE NOT readable
		-- Sums beyond what a count can hold come from hostile files: they are cut, not allowed to stop every roll-up.
		UNION ALL SELECT f.category, f.value, least(sum(f.count), 2147483647)::integer FROM hjp.rollup_facts f GROUP BY f.category, f.value;
END
$$;

REVOKE ALL ON FUNCTION hjp.facts_of(bytea), hjp.count_saved(), hjp.rollup() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hjp.rollup() TO hjp_network;
