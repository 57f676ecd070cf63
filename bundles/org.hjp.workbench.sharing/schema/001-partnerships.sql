-- The shared repository of partnerships: organisations and their members, partnerships and every saved version.
-- Access is the server's: members read the partnerships their organisations are partners in, through row-level
-- security, and change them only through the functions below, which check that they may. Nobody but the owner of
-- the schema writes to a table directly.

CREATE TABLE hjp.organisations (
	id text PRIMARY KEY CHECK (id <> ''),
	name text NOT NULL CHECK (name <> '')
);

-- A login of the server belongs to organisations; can_edit false makes it a reader.
CREATE TABLE hjp.members (
	login text NOT NULL,
	organisation_id text NOT NULL REFERENCES hjp.organisations ON DELETE CASCADE,
	can_edit boolean NOT NULL DEFAULT true,
	PRIMARY KEY (login, organisation_id)
);

CREATE TABLE hjp.partnerships (
	id text PRIMARY KEY CHECK (id <> ''),
	name text NOT NULL,
	head integer NOT NULL CHECK (head > 0),
	created_by text NOT NULL,
	created_at timestamptz NOT NULL DEFAULT now(),
	-- Saves are announced to every listener of the database under this key, not the partnership's id or the saver's
	-- login: only those who may read the partnership know which partnership a key stands for.
	notify_key uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE
);

CREATE TABLE hjp.partners (
	partnership_id text NOT NULL REFERENCES hjp.partnerships ON DELETE CASCADE,
	organisation_id text NOT NULL REFERENCES hjp.organisations ON DELETE CASCADE,
	PRIMARY KEY (partnership_id, organisation_id)
);

-- Every saved version, whole: the partnership file's bytes, never changed once written.
CREATE TABLE hjp.versions (
	partnership_id text NOT NULL REFERENCES hjp.partnerships ON DELETE CASCADE,
	version integer NOT NULL CHECK (version > 0),
	content bytea NOT NULL,
	sha256 bytea NOT NULL,
	saved_by text NOT NULL,
	saved_at timestamptz NOT NULL DEFAULT clock_timestamp(),
	PRIMARY KEY (partnership_id, version)
);

CREATE FUNCTION hjp.can_read(partnership text) RETURNS boolean
	LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, hjp AS $$
	SELECT EXISTS (SELECT 1 FROM hjp.partners p JOIN hjp.members m ON m.organisation_id = p.organisation_id
		WHERE p.partnership_id = partnership AND m.login = session_user)
$$;

CREATE FUNCTION hjp.can_edit(partnership text) RETURNS boolean
	LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, hjp AS $$
	SELECT EXISTS (SELECT 1 FROM hjp.partners p JOIN hjp.members m ON m.organisation_id = p.organisation_id
		WHERE p.partnership_id = partnership AND m.login = session_user AND m.can_edit)
$$;

ALTER TABLE hjp.partnerships ENABLE ROW LEVEL SECURITY;
ALTER TABLE hjp.partners ENABLE ROW LEVEL SECURITY;
ALTER TABLE hjp.versions ENABLE ROW LEVEL SECURITY;
ALTER TABLE hjp.organisations ENABLE ROW LEVEL SECURITY;
ALTER TABLE hjp.members ENABLE ROW LEVEL SECURITY;
CREATE POLICY partners_read ON hjp.partnerships FOR SELECT TO hjp_member USING (hjp.can_read(id));
CREATE POLICY partners_read ON hjp.partners FOR SELECT TO hjp_member USING (hjp.can_read(partnership_id));
CREATE POLICY partners_read ON hjp.versions FOR SELECT TO hjp_member USING (hjp.can_read(partnership_id));
-- Members see the organisations they belong to or work with, and their own memberships.
CREATE POLICY known ON hjp.organisations FOR SELECT TO hjp_member USING (
	EXISTS (SELECT 1 FROM hjp.members m WHERE m.organisation_id = id AND m.login = session_user)
	OR EXISTS (SELECT 1 FROM hjp.partners p WHERE p.organisation_id = id AND hjp.can_read(p.partnership_id)));
CREATE POLICY own ON hjp.members FOR SELECT TO hjp_member USING (login = session_user);

GRANT USAGE ON SCHEMA hjp TO hjp_member;
GRANT SELECT ON hjp.organisations, hjp.members, hjp.partnerships, hjp.partners, hjp.versions TO hjp_member;

-- Publishing: a new partnership, whose partners are the organisations the publisher may edit for, at version 1.
CREATE FUNCTION hjp.publish(partnership text, partnership_name text, file bytea) RETURNS integer
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, hjp AS $$
BEGIN
	IF NOT EXISTS (SELECT 1 FROM hjp.members WHERE login = session_user AND can_edit) THEN
		RAISE EXCEPTION 'The login % may not publish: it is not an editing member of any organisation.', session_user USING ERRCODE = '42501';
	END IF;
	INSERT INTO hjp.partnerships (id, name, head, created_by) VALUES (partnership, partnership_name, 1, session_user);
	INSERT INTO hjp.partners (partnership_id, organisation_id)
		SELECT partnership, organisation_id FROM hjp.members WHERE login = session_user AND can_edit;
	INSERT INTO hjp.versions (partnership_id, version, content, sha256, saved_by) VALUES (partnership, 1, file, sha256(file), session_user);
	PERFORM pg_notify('hjp_saved', (SELECT notify_key::text FROM hjp.partnerships WHERE id = partnership) || ' 1');
	RETURN 1;
END
$$;

-- Saving: a new version on top of the one the saver started from, or nothing when someone saved in between
-- (SQLSTATE HJ001, with the version that is there now).
CREATE FUNCTION hjp.save(partnership text, base integer, partnership_name text, file bytea) RETURNS integer
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, hjp AS $$
DECLARE
	saved integer;
	current integer;
BEGIN
	IF NOT hjp.can_edit(partnership) THEN
		RAISE EXCEPTION 'The login % may not change the partnership %.', session_user, partnership USING ERRCODE = '42501';
	END IF;
	UPDATE hjp.partnerships SET head = head + 1, name = partnership_name WHERE id = partnership AND head = base RETURNING head INTO saved;
	IF saved IS NULL THEN
		SELECT head INTO current FROM hjp.partnerships WHERE id = partnership;
		RAISE EXCEPTION 'Version % of the partnership % was saved since version %.', current, partnership, base
			USING ERRCODE = 'HJ001', DETAIL = current::text;
	END IF;
	INSERT INTO hjp.versions (partnership_id, version, content, sha256, saved_by) VALUES (partnership, saved, file, sha256(file), session_user);
	PERFORM pg_notify('hjp_saved', (SELECT notify_key::text FROM hjp.partnerships WHERE id = partnership) || ' ' || saved);
	RETURN saved;
END
$$;

REVOKE ALL ON FUNCTION hjp.can_read(text), hjp.can_edit(text), hjp.publish(text, text, bytea), hjp.save(text, integer, text, bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hjp.can_read(text), hjp.can_edit(text), hjp.publish(text, text, bytea), hjp.save(text, integer, text, bytea) TO hjp_member;
