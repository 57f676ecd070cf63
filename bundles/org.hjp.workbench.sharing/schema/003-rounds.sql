-- Assessment rounds opened for answering: the coordinator (an editing member) opens a round of a partnership for
-- the logins asked; each respondent, signed in as themselves, sees the rounds open for them and enters and changes
-- only their own answers, until the round is closed. A respondent needs no membership: a login in hjp_respondent will
-- do. In an anonymous round, which login gave which answers is known to the respondent alone: the partners see each
-- respondent under a number, and how many of those asked have answered. An anonymous round is asked of at least three
-- logins other than its opener, and its answers are shown once at least three have answered; no answer is announced
-- (an announcement carries its sender's process, which every login can match to a name).

DO $$ BEGIN
	IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hjp_respondent') THEN CREATE ROLE hjp_respondent NOLOGIN; END IF;
END $$;
GRANT USAGE ON SCHEMA hjp TO hjp_respondent;
GRANT SELECT ON hjp.schema_version TO hjp_respondent;

CREATE TABLE hjp.rounds (
	partnership_id text NOT NULL REFERENCES hjp.partnerships ON DELETE CASCADE,
	round_id text NOT NULL CHECK (round_id <> ''),
	title text NOT NULL,
	-- The instrument's id: the respondent's workbench shows its statements.
	instrument text NOT NULL,
	statements text[] NOT NULL CHECK (cardinality(statements) > 0),
	anonymous boolean NOT NULL,
	opened_by text NOT NULL,
	opened_at timestamptz NOT NULL DEFAULT now(),
	closed_at timestamptz,
	PRIMARY KEY (partnership_id, round_id)
);

-- Who is asked, and the random key their answers are kept under.
CREATE TABLE hjp.invitations (
	partnership_id text NOT NULL,
	round_id text NOT NULL,
	login text NOT NULL,
	respondent_key uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
	PRIMARY KEY (partnership_id, round_id, login),
	FOREIGN KEY (partnership_id, round_id) REFERENCES hjp.rounds ON DELETE CASCADE
);

-- An answer: a statement's value, or null for "don't know". No time is kept, which could tell who answered when.
CREATE TABLE hjp.answers (
	respondent_key uuid NOT NULL REFERENCES hjp.invitations (respondent_key) ON DELETE CASCADE,
	statement text NOT NULL,
	value integer,
	PRIMARY KEY (respondent_key, statement)
);

-- The policies ask these, which read the tables as their owner: policies that read each other's tables would recurse.
-- Asked in the round, while it is open.
CREATE FUNCTION hjp.is_asked(partnership text, round text) RETURNS boolean
	LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, hjp AS $$
	SELECT EXISTS (SELECT 1 FROM hjp.invitations i JOIN hjp.rounds r ON r.partnership_id = i.partnership_id AND r.round_id = i.round_id
		WHERE i.partnership_id = partnership AND i.round_id = round AND i.login = session_user AND r.closed_at IS NULL)
$$;

-- A round whose respondents are named, of a partnership the caller may read: nothing about others' rounds.
CREATE FUNCTION hjp.is_named(partnership text, round text) RETURNS boolean
	LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, hjp AS $$
	SELECT hjp.can_read(partnership) AND EXISTS (SELECT 1 FROM hjp.rounds r WHERE r.partnership_id = partnership AND r.round_id = round AND NOT r.anonymous)
$$;

CREATE FUNCTION hjp.is_own(key uuid) RETURNS boolean
	LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, hjp AS $$
	SELECT EXISTS (SELECT 1 FROM hjp.invitations i WHERE i.respondent_key = key AND i.login = session_user)
$$;

ALTER TABLE hjp.rounds ENABLE ROW LEVEL SECURITY;
ALTER TABLE hjp.invitations ENABLE ROW LEVEL SECURITY;
ALTER TABLE hjp.answers ENABLE ROW LEVEL SECURITY;
-- A round is seen by the partners and by those asked; an invitation by the one asked, and by the partners when the
-- round is not anonymous; an answer by the one who gave it (the partners read answers through hjp.round_answers).
CREATE POLICY partners_or_asked ON hjp.rounds FOR SELECT TO hjp_member, hjp_respondent
	USING (hjp.can_read(partnership_id) OR hjp.is_asked(partnership_id, round_id));
CREATE POLICY own_or_named ON hjp.invitations FOR SELECT TO hjp_member, hjp_respondent
	USING (login = session_user OR hjp.is_named(partnership_id, round_id));
CREATE POLICY own ON hjp.answers FOR SELECT TO hjp_member, hjp_respondent USING (hjp.is_own(respondent_key));
GRANT SELECT ON hjp.rounds, hjp.invitations, hjp.answers TO hjp_member, hjp_respondent;

-- Opening a round for the logins asked: an editing member of the partnership does it, once per round.
CREATE FUNCTION hjp.open_round(partnership text, round text, round_title text, round_instrument text, round_statements text[],
		is_anonymous boolean, asked text[]) RETURNS integer
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, hjp AS $$
BEGIN
	IF NOT hjp.can_edit(partnership) THEN
		RAISE EXCEPTION 'The login % may not open rounds of the partnership %.', session_user, partnership USING ERRCODE = '42501';
	END IF;
	IF cardinality(asked) IS NULL OR cardinality(asked) = 0 THEN
		RAISE EXCEPTION 'A round is opened for at least one respondent.' USING ERRCODE = '22023';
	END IF;
	IF EXISTS (SELECT 1 FROM unnest(asked) a WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = a AND rolcanlogin)) THEN
		RAISE EXCEPTION 'Every respondent asked is a login of the server.' USING ERRCODE = '22023';
	END IF;
	-- Fewer, or the opener among them, and the partners could tell whose answers are whose.
	IF is_anonymous AND (SELECT count(DISTINCT a) FROM unnest(asked) a WHERE a <> session_user) < 3 THEN
		RAISE EXCEPTION 'An anonymous round is asked of at least three people other than whoever opens it.' USING ERRCODE = '22023';
	END IF;
	INSERT INTO hjp.rounds (partnership_id, round_id, title, instrument, statements, anonymous, opened_by)
		VALUES (partnership, round, round_title, round_instrument, round_statements, is_anonymous, session_user);
	INSERT INTO hjp.invitations (partnership_id, round_id, login) SELECT DISTINCT partnership, round, a FROM unnest(asked) a;
	RETURN (SELECT count(*) FROM hjp.invitations WHERE partnership_id = partnership AND round_id = round);
END
$$;

CREATE FUNCTION hjp.close_round(partnership text, round text) RETURNS void
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, hjp AS $$
BEGIN
	IF NOT hjp.can_edit(partnership) THEN
		RAISE EXCEPTION 'The login % may not close rounds of the partnership %.', session_user, partnership USING ERRCODE = '42501';
	END IF;
	UPDATE hjp.rounds SET closed_at = now() WHERE partnership_id = partnership AND round_id = round AND closed_at IS NULL;
END
$$;

-- The rounds open for the caller to answer, with how many of its statements they have answered.
CREATE FUNCTION hjp.waiting_rounds() RETURNS TABLE (partnership_id text, round_id text, title text, instrument text, statements text[],
		anonymous boolean, answered integer, asked integer)
	LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, hjp AS $$
	SELECT r.partnership_id, r.round_id, r.title, r.instrument, r.statements, r.anonymous,
		(SELECT count(*)::integer FROM hjp.answers a WHERE a.respondent_key = i.respondent_key),
		(SELECT count(*)::integer FROM hjp.invitations o WHERE o.partnership_id = r.partnership_id AND o.round_id = r.round_id)
	FROM hjp.rounds r JOIN hjp.invitations i ON i.partnership_id = r.partnership_id AND i.round_id = r.round_id
	WHERE i.login = session_user AND r.closed_at IS NULL
	ORDER BY r.opened_at, r.round_id
$$;

-- The caller's own answer to a statement of a round open for them; a null value is "don't know".
CREATE FUNCTION hjp.answer(partnership text, round text, answered_statement text, answered_value integer) RETURNS void
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, hjp AS $$
DECLARE
	key uuid;
BEGIN
	SELECT i.respondent_key INTO key FROM hjp.invitations i JOIN hjp.rounds r ON r.partnership_id = i.partnership_id AND r.round_id = i.round_id
		WHERE i.partnership_id = partnership AND i.round_id = round AND i.login = session_user AND r.closed_at IS NULL
		AND answered_statement = ANY (r.statements)
		-- Closing waits for this answer, and an answer after the close finds it closed.
		FOR SHARE OF r;
	IF key IS NULL THEN
		RAISE EXCEPTION 'The login % has no open round % of the partnership % with the statement %.', session_user, round, partnership, answered_statement
			USING ERRCODE = '42501';
	END IF;
	INSERT INTO hjp.answers (respondent_key, statement, value) VALUES (key, answered_statement, answered_value)
		ON CONFLICT (respondent_key, statement) DO UPDATE SET value = EXCLUDED.value;
END
$$;

-- A round's answers, for the partners: each respondent by login, or in an anonymous round by a number that says
-- nothing of who it is (the order of the random keys of everyone asked, so that it stays as others answer), once at
-- least three have answered.
CREATE FUNCTION hjp.round_answers(partnership text, round text) RETURNS TABLE (respondent text, statement text, value integer)
	LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, hjp AS $$
BEGIN
	IF NOT hjp.can_read(partnership) THEN
		RAISE EXCEPTION 'The login % may not read the partnership %.', session_user, partnership USING ERRCODE = '42501';
	END IF;
	IF EXISTS (SELECT 1 FROM hjp.rounds r WHERE r.partnership_id = partnership AND r.round_id = round AND r.anonymous)
		AND (SELECT count(DISTINCT a.respondent_key) FROM hjp.invitations i JOIN hjp.answers a ON a.respondent_key = i.respondent_key
			WHERE i.partnership_id = partnership AND i.round_id = round) < 3 THEN
		RETURN;
	END IF;
	RETURN QUERY
		WITH numbered AS (
			SELECT i.respondent_key, i.login, row_number() OVER (ORDER BY i.respondent_key) AS number
			FROM hjp.invitations i WHERE i.partnership_id = partnership AND i.round_id = round)
		SELECT CASE WHEN r.anonymous THEN 'Respondent ' || n.number ELSE n.login END, a.statement, a.value
		FROM hjp.rounds r JOIN numbered n ON true JOIN hjp.answers a ON a.respondent_key = n.respondent_key
		WHERE r.partnership_id = partnership AND r.round_id = round
		ORDER BY 1, 2;
END
$$;

-- How many were asked, and how many of them have answered anything.
CREATE FUNCTION hjp.round_progress(partnership text, round text) RETURNS TABLE (asked integer, answered integer)
	LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, hjp AS $$
BEGIN
	IF NOT hjp.can_read(partnership) THEN
		RAISE EXCEPTION 'The login % may not read the partnership %.', session_user, partnership USING ERRCODE = '42501';
	END IF;
	RETURN QUERY
		SELECT count(*)::integer, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM hjp.answers a WHERE a.respondent_key = i.respondent_key))::integer
		FROM hjp.invitations i WHERE i.partnership_id = partnership AND i.round_id = round;
END
$$;

REVOKE ALL ON FUNCTION hjp.open_round(text, text, text, text, text[], boolean, text[]), hjp.close_round(text, text), hjp.waiting_rounds(),
	hjp.answer(text, text, text, integer), hjp.round_answers(text, text), hjp.round_progress(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hjp.open_round(text, text, text, text, text[], boolean, text[]), hjp.close_round(text, text),
	hjp.round_answers(text, text), hjp.round_progress(text, text) TO hjp_member;
GRANT EXECUTE ON FUNCTION hjp.waiting_rounds(), hjp.answer(text, text, text, integer) TO hjp_member, hjp_respondent;
REVOKE ALL ON FUNCTION hjp.is_asked(text, text), hjp.is_named(text, text), hjp.is_own(uuid) FROM PUBLIC;
-- The policies ask these as the one reading, respondents included.
GRANT EXECUTE ON FUNCTION hjp.can_read(text), hjp.is_asked(text, text), hjp.is_named(text, text), hjp.is_own(uuid) TO hjp_respondent;
GRANT EXECUTE ON FUNCTION hjp.is_asked(text, text), hjp.is_named(text, text), hjp.is_own(uuid) TO hjp_member;
