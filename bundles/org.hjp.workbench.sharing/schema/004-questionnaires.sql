-- Rounds answered in each respondent's own workbench. The questionnaire travels with the round (the instrument as the
-- round keeps it, in the XMI of instrument definitions), so that a respondent needs no plug-in of it, with each
-- statement's possible answers, which the server checks. An answer is a point of the scale, "don't know" or "not
-- applicable". A respondent sends all their answers at once, and may take one back while the round is open. An
-- anonymous round's answers are read once it is closed: read as they arrive, the moment a new number appeared could be
-- matched with the moment a login was connected.

ALTER TABLE hjp.rounds ADD COLUMN questionnaire text CHECK (octet_length(questionnaire) <= 2097152);
-- For each statement, its possible answers: the points' values, D (don't know) and N (not applicable), comma-separated.
-- Rounds opened before this step have none, and take no more answers through hjp.submit_answers.
ALTER TABLE hjp.rounds ADD COLUMN choices text[];
ALTER TABLE hjp.rounds ADD CONSTRAINT choices_of_each_statement CHECK (choices IS NULL OR cardinality(choices) = cardinality(statements));

ALTER TABLE hjp.answers ADD COLUMN kind text NOT NULL DEFAULT 'point';
UPDATE hjp.answers SET kind = 'dont_know' WHERE value IS NULL;
ALTER TABLE hjp.answers ADD CONSTRAINT answer_kind CHECK (kind IN ('point', 'dont_know', 'not_applicable') AND (kind = 'point') = (value IS NOT NULL));

DROP FUNCTION hjp.open_round(text, text, text, text, text[], boolean, text[]);
CREATE FUNCTION hjp.open_round(partnership text, round text, round_title text, round_instrument text, round_questionnaire text,
		round_statements text[], round_choices text[], is_anonymous boolean, asked text[]) RETURNS integer
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, hjp, pg_temp AS $$
DECLARE
	unknown text;
BEGIN
	IF NOT hjp.can_edit(partnership) THEN
		RAISE EXCEPTION 'The login % may not open rounds of the partnership %.', session_user, partnership USING ERRCODE = '42501';
	END IF;
	IF cardinality(asked) IS NULL OR cardinality(asked) = 0 THEN
		RAISE EXCEPTION 'A round is opened for at least one respondent.' USING ERRCODE = '22023';
	END IF;
	SELECT a INTO unknown FROM unnest(asked) a WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = a AND rolcanlogin) LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'The server has no login %: check how it is written, capitals included.', unknown USING ERRCODE = '22023';
	END IF;
	SELECT a INTO unknown FROM unnest(asked) a WHERE NOT (pg_has_role(a, 'hjp_respondent', 'MEMBER') OR pg_has_role(a, 'hjp_member', 'MEMBER')) LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'The login % cannot answer rounds: it is neither a member of an organisation nor a respondent.', unknown USING ERRCODE = '22023';
	END IF;
	IF round_choices IS NULL OR cardinality(round_choices) IS DISTINCT FROM cardinality(round_statements) OR array_position(round_choices, NULL) IS NOT NULL THEN
		RAISE EXCEPTION 'Each statement of a round has its possible answers.' USING ERRCODE = '22023';
	END IF;
	-- Fewer, or the opener among them, and the partners could tell whose answers are whose.
	IF is_anonymous AND (SELECT count(DISTINCT a) FROM unnest(asked) a WHERE a <> session_user) < 3 THEN
		RAISE EXCEPTION 'An anonymous round is asked of at least three people other than whoever opens it.' USING ERRCODE = '22023';
	END IF;
	INSERT INTO hjp.rounds (partnership_id, round_id, title, instrument, questionnaire, statements, choices, anonymous, opened_by)
		VALUES (partnership, round, round_title, round_instrument, round_questionnaire, round_statements, round_choices, is_anonymous, session_user);
	INSERT INTO hjp.invitations (partnership_id, round_id, login) SELECT DISTINCT partnership, round, a FROM unnest(asked) a;
	RETURN (SELECT count(*) FROM hjp.invitations WHERE partnership_id = partnership AND round_id = round);
END
$$;

DROP FUNCTION hjp.waiting_rounds();
-- With the partnership's name and who opened the round, so that a respondent knows who reads the answers.
CREATE FUNCTION hjp.waiting_rounds() RETURNS TABLE (partnership_id text, partnership_name text, round_id text, title text, opened_by text,
		instrument text, questionnaire text, statements text[], anonymous boolean, answered integer, asked integer)
	LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, hjp, pg_temp AS $$
	SELECT r.partnership_id, p.name, r.round_id, r.title, r.opened_by, r.instrument, r.questionnaire, r.statements, r.anonymous,
		(SELECT count(*)::integer FROM hjp.answers a WHERE a.respondent_key = i.respondent_key),
		(SELECT count(*)::integer FROM hjp.invitations o WHERE o.partnership_id = r.partnership_id AND o.round_id = r.round_id)
	FROM hjp.rounds r JOIN hjp.invitations i ON i.partnership_id = r.partnership_id AND i.round_id = r.round_id
		JOIN hjp.partnerships p ON p.id = r.partnership_id
	WHERE i.login = session_user AND r.closed_at IS NULL
	ORDER BY r.opened_at, r.round_id
$$;

-- The caller's key in a round open for them; the round stays open until the caller's transaction ends. Only the
-- functions below call it, as the schema's owner.
CREATE FUNCTION hjp.own_key(partnership text, round text) RETURNS uuid
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, hjp, pg_temp AS $$
DECLARE
	key uuid;
BEGIN
	SELECT i.respondent_key INTO key FROM hjp.invitations i JOIN hjp.rounds r ON r.partnership_id = i.partnership_id AND r.round_id = i.round_id
		WHERE i.partnership_id = partnership AND i.round_id = round AND i.login = session_user AND r.closed_at IS NULL
		-- Closing waits for the answers being sent, and answers sent after the close find it closed.
		FOR SHARE OF r;
	IF key IS NULL THEN
		RAISE EXCEPTION 'The login % has no open round % of the partnership %.', session_user, round, partnership USING ERRCODE = '42501';
	END IF;
	RETURN key;
END
$$;

-- One answer: kept as before, a null value being "don't know".
CREATE OR REPLACE FUNCTION hjp.answer(partnership text, round text, answered_statement text, answered_value integer) RETURNS void
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, hjp, pg_temp AS $$
BEGIN
	PERFORM hjp.submit_answers(partnership, round, ARRAY[answered_statement],
		ARRAY[CASE WHEN answered_value IS NULL THEN 'dont_know' ELSE 'point' END], ARRAY[answered_value], false);
END
$$;

-- The caller's answers to a round open for them, sent together: each statement's kind and value, one of the
-- statement's possible answers. With replacing, the caller's answers to the statements not given are taken back.
CREATE FUNCTION hjp.submit_answers(partnership text, round text, given_statements text[], given_kinds text[], given_values integer[],
		replacing boolean) RETURNS void
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, hjp, pg_temp AS $$
DECLARE
	key uuid := hjp.own_key(partnership, round);
	asked hjp.rounds;
	missing text;
	wrong record;
BEGIN
	IF cardinality(given_statements) IS DISTINCT FROM cardinality(given_kinds) OR cardinality(given_statements) IS DISTINCT FROM cardinality(given_values) THEN
		RAISE EXCEPTION 'Each answer sent has its statement, kind and value.' USING ERRCODE = '22023';
	END IF;
	SELECT * INTO asked FROM hjp.rounds r WHERE r.partnership_id = partnership AND r.round_id = round;
	SELECT s INTO missing FROM unnest(given_statements) s WHERE s IS NULL OR NOT s = ANY (asked.statements) LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'The round has no statement %.', coalesce(missing, '(none)') USING ERRCODE = '22023';
	END IF;
	SELECT g.statement, g.kind, g.value INTO wrong FROM unnest(given_statements, given_kinds, given_values) AS g(statement, kind, value)
		WHERE g.kind IS NULL OR (g.kind = 'point') IS DISTINCT FROM (g.value IS NOT NULL)
			OR NOT coalesce((CASE g.kind WHEN 'point' THEN g.value::text WHEN 'dont_know' THEN 'D' WHEN 'not_applicable' THEN 'N' END)
				= ANY (string_to_array(asked.choices[array_position(asked.statements, g.statement)], ',')), false)
		LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'The statement % cannot be answered "%".', wrong.statement,
			CASE wrong.kind WHEN 'point' THEN wrong.value::text WHEN 'dont_know' THEN 'don''t know' WHEN 'not_applicable' THEN 'not applicable'
				ELSE coalesce(wrong.kind, '') END USING ERRCODE = '22023';
	END IF;
	IF (SELECT count(*) <> count(DISTINCT s) FROM unnest(given_statements) s) THEN
		RAISE EXCEPTION 'Each statement is answered once.' USING ERRCODE = '22023';
	END IF;
	IF replacing THEN
		DELETE FROM hjp.answers a WHERE a.respondent_key = key AND NOT a.statement = ANY (coalesce(given_statements, '{}'));
	END IF;
	INSERT INTO hjp.answers (respondent_key, statement, kind, value)
		SELECT key, g.statement, g.kind, g.value FROM unnest(given_statements, given_kinds, given_values) AS g(statement, kind, value)
		ON CONFLICT (respondent_key, statement) DO UPDATE SET kind = EXCLUDED.kind, value = EXCLUDED.value;
END
$$;

-- The caller's own answers to a round open for them.
CREATE FUNCTION hjp.own_answers(partnership text, round text) RETURNS TABLE (statement text, kind text, value integer)
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, hjp, pg_temp AS $$
DECLARE
	key uuid := hjp.own_key(partnership, round);
BEGIN
	RETURN QUERY SELECT a.statement, a.kind, a.value FROM hjp.answers a WHERE a.respondent_key = key ORDER BY a.statement;
END
$$;

-- Closing does not wait long for answers being sent at that moment: a respondent holding a round open says so.
CREATE OR REPLACE FUNCTION hjp.close_round(partnership text, round text) RETURNS void
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, hjp, pg_temp SET lock_timeout = '5s' AS $$
BEGIN
	IF NOT hjp.can_edit(partnership) THEN
		RAISE EXCEPTION 'The login % may not close rounds of the partnership %.', session_user, partnership USING ERRCODE = '42501';
	END IF;
	UPDATE hjp.rounds SET closed_at = now() WHERE partnership_id = partnership AND round_id = round AND closed_at IS NULL;
END
$$;

DROP FUNCTION hjp.round_answers(text, text);
-- An anonymous round's answers are read once it is closed, and once at least three people other than the reader have
-- answered.
CREATE FUNCTION hjp.round_answers(partnership text, round text) RETURNS TABLE (respondent text, statement text, kind text, value integer)
	LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, hjp, pg_temp AS $$
BEGIN
	IF NOT hjp.can_read(partnership) THEN
		RAISE EXCEPTION 'The login % may not read the partnership %.', session_user, partnership USING ERRCODE = '42501';
	END IF;
	IF EXISTS (SELECT 1 FROM hjp.rounds r WHERE r.partnership_id = partnership AND r.round_id = round AND r.anonymous)
		AND (EXISTS (SELECT 1 FROM hjp.rounds r WHERE r.partnership_id = partnership AND r.round_id = round AND r.closed_at IS NULL)
			OR (SELECT count(DISTINCT a.respondent_key) FROM hjp.invitations i JOIN hjp.answers a ON a.respondent_key = i.respondent_key
				WHERE i.partnership_id = partnership AND i.round_id = round AND i.login <> session_user) < 3) THEN
		RETURN;
	END IF;
	RETURN QUERY
		WITH numbered AS (
			SELECT i.respondent_key, i.login, row_number() OVER (ORDER BY i.respondent_key) AS number
			FROM hjp.invitations i WHERE i.partnership_id = partnership AND i.round_id = round)
		SELECT CASE WHEN r.anonymous THEN 'Respondent ' || n.number ELSE n.login END, a.statement, a.kind, a.value
		FROM hjp.rounds r JOIN numbered n ON true JOIN hjp.answers a ON a.respondent_key = n.respondent_key
		WHERE r.partnership_id = partnership AND r.round_id = round
		ORDER BY 1, 2;
END
$$;

REVOKE ALL ON FUNCTION hjp.open_round(text, text, text, text, text, text[], text[], boolean, text[]), hjp.waiting_rounds(), hjp.own_key(text, text),
	hjp.submit_answers(text, text, text[], text[], integer[], boolean), hjp.own_answers(text, text), hjp.round_answers(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hjp.open_round(text, text, text, text, text, text[], text[], boolean, text[]), hjp.round_answers(text, text) TO hjp_member;
GRANT EXECUTE ON FUNCTION hjp.waiting_rounds(), hjp.submit_answers(text, text, text[], text[], integer[], boolean),
	hjp.own_answers(text, text) TO hjp_member, hjp_respondent;
