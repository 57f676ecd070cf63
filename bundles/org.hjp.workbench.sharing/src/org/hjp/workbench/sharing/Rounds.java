package org.hjp.workbench.sharing;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.hjp.workbench.sharing.internal.Failures;
import org.hjp.workbench.sharing.internal.Schema;

/**
 * Assessment rounds opened for answering on the server: the coordinator opens and closes them, each respondent answers
 * the rounds open for them as themselves, and the partners read the answers, by number in an anonymous round. What
 * each login may do is the server's to decide (schema step 3).
 */
public final class Rounds {

	/** What an answer is: a point of the statement's scale (its value), "don't know" or "not applicable". */
	public enum Kind {
		POINT, DONT_KNOW, NOT_APPLICABLE;

		String sql() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Kind of(String sql) {
			return valueOf(sql.toUpperCase(Locale.ROOT));
		}
	}

	/** One statement's answer; the value counts for a point only. */
	public record Given(String statement, Kind kind, int value) {
	}

	/**
	 * A round to open: the instrument's id, and the questionnaire (the instrument as the round keeps it, in the XMI of
	 * instrument definitions), with the ids of the statements asked and, for each, its possible answers (the points'
	 * values, D and N, comma-separated), which the server checks.
	 */
	public record Opening(String partnership, String round, String title, String instrument, String questionnaire, List<String> statements,
			List<String> choices, boolean anonymous, List<String> logins) {
	}

	/**
	 * A round open for the one signed in: of which partnership, opened by whom, what is asked, how many statements they
	 * have answered, and how many people were asked.
	 */
	public record Waiting(String partnership, String partnershipName, String round, String title, String openedBy, String instrument, String questionnaire,
			List<String> statements, boolean anonymous, int answered, int asked) {
	}

	/** A round of a partnership on the server, open or closed, and who opened it. */
	public record Opened(String round, String title, boolean anonymous, boolean closed, String openedBy) {
	}

	/** An answer as the partners read it: by login, or by a number in an anonymous round. */
	public record Answer(String respondent, Given given) {
	}

	/** How many were asked in a round, and how many of them have answered anything. */
	public record Progress(int asked, int answered) {
	}

	private static final int SCHEMA = 4;

	private final SharedRepository repository;

	public Rounds(SharedRepository repository) {
		this.repository = repository;
	}

	/** Opens a round of a partnership for the logins asked; returns how many were asked. */
	public int open(Opening round) throws RepositoryException {
		String doing = "The round was not opened";
		Connection connection = connection(doing);
		try (PreparedStatement open = connection.prepareStatement("SELECT hjp.open_round(?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			open.setString(1, round.partnership());
			open.setString(2, round.round());
			open.setString(3, round.title());
			open.setString(4, round.instrument());
			open.setString(5, round.questionnaire());
			open.setArray(6, connection.createArrayOf("text", round.statements().toArray()));
			open.setArray(7, connection.createArrayOf("text", round.choices().toArray()));
			open.setBoolean(8, round.anonymous());
			open.setArray(9, connection.createArrayOf("text", round.logins().toArray()));
			try (ResultSet row = open.executeQuery()) {
				row.next();
				return row.getInt(1);
			}
		} catch (SQLException e) {
			if ("23505".equals(e.getSQLState())) {
				throw new RepositoryException(doing + ": it has been opened already.", e);
			}
			throw Failures.of(e, repository.settings(), doing);
		}
	}

	/** The rounds of a partnership opened on the server, for its partners. */
	public List<Opened> opened(String partnership) throws RepositoryException {
		String doing = "The rounds were not read";
		try (PreparedStatement query = connection(doing).prepareStatement(
				"SELECT round_id, title, anonymous, closed_at IS NOT NULL, opened_by FROM hjp.rounds WHERE partnership_id = ? AND hjp.can_read(partnership_id)"
						+ " ORDER BY opened_at")) {
			query.setString(1, partnership);
			List<Opened> opened = new ArrayList<>();
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					opened.add(new Opened(rows.getString(1), rows.getString(2), rows.getBoolean(3), rows.getBoolean(4), rows.getString(5)));
				}
			}
			return opened;
		} catch (SQLException e) {
			throw Failures.of(e, repository.settings(), doing);
		}
	}

	public void close(String partnership, String round) throws RepositoryException {
		String doing = "The round was not closed";
		try {
			call(doing, "SELECT hjp.close_round(?, ?)", partnership, round);
		} catch (RepositoryException e) {
			if (e.getCause() instanceof SQLException sql && "55P03".equals(sql.getSQLState())) {
				throw new RepositoryException(doing + ": someone is sending their answers to it at this moment. Try again in a minute.", e);
			}
			throw e;
		}
	}

	/** The rounds open for the one signed in to answer. */
	public List<Waiting> waiting() throws RepositoryException {
		String doing = "No round was read";
		try (PreparedStatement query = connection(doing).prepareStatement(
				"SELECT partnership_id, partnership_name, round_id, title, opened_by, instrument, questionnaire, statements, anonymous, answered, asked"
						+ " FROM hjp.waiting_rounds()");
				ResultSet rows = query.executeQuery()) {
			List<Waiting> waiting = new ArrayList<>();
			while (rows.next()) {
				Array statements = rows.getArray(8);
				waiting.add(new Waiting(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
						rows.getString(7), Arrays.asList((String[]) statements.getArray()), rows.getBoolean(9), rows.getInt(10), rows.getInt(11)));
			}
			return waiting;
		} catch (SQLException e) {
			throw Failures.of(e, repository.settings(), doing);
		}
	}

	/** The signed-in respondent's own answer to a statement; null is "don't know". Answering again changes it. */
	public void answer(String partnership, String round, String statement, Integer value) throws RepositoryException {
		String doing = "The answer was not kept";
		try (PreparedStatement answer = connection(doing).prepareStatement("SELECT hjp.answer(?, ?, ?, ?)")) {
			answer.setString(1, partnership);
			answer.setString(2, round);
			answer.setString(3, statement);
			if (value == null) {
				answer.setNull(4, Types.INTEGER);
			} else {
				answer.setInt(4, value);
			}
			answer.execute();
		} catch (SQLException e) {
			throw Failures.of(e, repository.settings(), doing);
		}
	}

	/**
	 * Sends the signed-in respondent's answers to a round, all at once: they replace the answers sent before, and a
	 * statement left out has its earlier answer taken back.
	 */
	public void submit(String partnership, String round, List<Given> answers) throws RepositoryException {
		String doing = "The answers were not sent";
		Connection connection = connection(doing);
		try (PreparedStatement submit = connection.prepareStatement("SELECT hjp.submit_answers(?, ?, ?, ?, ?, true)")) {
			submit.setString(1, partnership);
			submit.setString(2, round);
			submit.setArray(3, connection.createArrayOf("text", answers.stream().map(Given::statement).toArray()));
			submit.setArray(4, connection.createArrayOf("text", answers.stream().map(a -> a.kind().sql()).toArray()));
			submit.setArray(5, connection.createArrayOf("integer", answers.stream().map(a -> a.kind() == Kind.POINT ? a.value() : null).toArray()));
			submit.execute();
		} catch (SQLException e) {
			if ("42501".equals(e.getSQLState()) && String.valueOf(e.getMessage()).contains("has no open round")) {
				throw new RepositoryException(doing + ": the round has been closed, or you are no longer asked to answer it.", e);
			}
			throw Failures.of(e, repository.settings(), doing);
		}
	}

	/** The answers the signed-in respondent has sent to a round open for them. */
	public List<Given> own(String partnership, String round) throws RepositoryException {
		String doing = "Your answers were not read";
		try (PreparedStatement query = connection(doing).prepareStatement("SELECT statement, kind, value FROM hjp.own_answers(?, ?)")) {
			query.setString(1, partnership);
			query.setString(2, round);
			List<Given> given = new ArrayList<>();
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					given.add(new Given(rows.getString(1), Kind.of(rows.getString(2)), rows.getInt(3)));
				}
			}
			return given;
		} catch (SQLException e) {
			throw Failures.of(e, repository.settings(), doing);
		}
	}

	/**
	 * A round's answers, for the partners; an anonymous round's only once it is closed and at least three people other
	 * than the reader have answered.
	 */
	public List<Answer> answers(String partnership, String round) throws RepositoryException {
		String doing = "No answer was read";
		try (PreparedStatement query = connection(doing).prepareStatement("SELECT respondent, statement, kind, value FROM hjp.round_answers(?, ?)")) {
			query.setString(1, partnership);
			query.setString(2, round);
			List<Answer> answers = new ArrayList<>();
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					answers.add(new Answer(rows.getString(1), new Given(rows.getString(2), Kind.of(rows.getString(3)), rows.getInt(4))));
				}
			}
			return answers;
		} catch (SQLException e) {
			throw Failures.of(e, repository.settings(), doing);
		}
	}

	public Progress progress(String partnership, String round) throws RepositoryException {
		String doing = "The round's progress was not read";
		try (PreparedStatement query = connection(doing).prepareStatement("SELECT asked, answered FROM hjp.round_progress(?, ?)")) {
			query.setString(1, partnership);
			query.setString(2, round);
			try (ResultSet row = query.executeQuery()) {
				row.next();
				return new Progress(row.getInt(1), row.getInt(2));
			}
		} catch (SQLException e) {
			throw Failures.of(e, repository.settings(), doing);
		}
	}

	private void call(String doing, String sql, String partnership, String round) throws RepositoryException {
		try (PreparedStatement call = connection(doing).prepareStatement(sql)) {
			call.setString(1, partnership);
			call.setString(2, round);
			call.execute();
		} catch (SQLException e) {
			throw Failures.of(e, repository.settings(), doing);
		}
	}

	/** The repository's connection, once its schema is known to have rounds. */
	private Connection connection(String doing) throws RepositoryException {
		Connection connection = repository.connection(doing);
		try {
			int version = Schema.version(connection);
			if (version < SCHEMA) {
				throw new RepositoryException(doing + ": the repository's schema is version " + version + ", and rounds answered on the server need version "
						+ SCHEMA + ". Whoever runs the server brings it up to date with hjp repo init.");
			}
		} catch (SQLException e) {
			throw Failures.of(e, repository.settings(), doing);
		}
		return connection;
	}
}
