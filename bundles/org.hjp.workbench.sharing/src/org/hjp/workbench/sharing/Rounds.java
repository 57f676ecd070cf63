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

import org.hjp.workbench.sharing.internal.Failures;
import org.hjp.workbench.sharing.internal.Schema;

/**
 * Assessment rounds opened for answering on the server: the coordinator opens and closes them, each respondent answers
 * the rounds open for them as themselves, and the partners read the answers, by number in an anonymous round. What
 * each login may do is the server's to decide (schema step 3).
 */
public final class Rounds {

	/** A round open for the one signed in: which, what is asked, how many statements they have answered, and how many people were asked. */
	public record Waiting(String partnership, String round, String title, String instrument, List<String> statements, boolean anonymous, int answered,
			int asked) {
	}

	/** An answer as the partners read it: by login, or by a number in an anonymous round; a null value is "don't know". */
	public record Answer(String respondent, String statement, Integer value) {
	}

	/** How many were asked in a round, and how many of them have answered anything. */
	public record Progress(int asked, int answered) {
	}

	private static final int SCHEMA = 3;

	private final SharedRepository repository;

	public Rounds(SharedRepository repository) {
		this.repository = repository;
	}

	/** Opens a round of a partnership for the logins asked; returns how many were asked. */
	public int open(String partnership, String round, String title, String instrument, List<String> statements, boolean anonymous, List<String> logins)
			throws RepositoryException {
		String doing = "The round was not opened";
		Connection connection = connection(doing);
		try (PreparedStatement open = connection.prepareStatement("SELECT hjp.open_round(?, ?, ?, ?, ?, ?, ?)")) {
			open.setString(1, partnership);
			open.setString(2, round);
			open.setString(3, title);
			open.setString(4, instrument);
			open.setArray(5, connection.createArrayOf("text", statements.toArray()));
			open.setBoolean(6, anonymous);
			open.setArray(7, connection.createArrayOf("text", logins.toArray()));
			try (ResultSet row = open.executeQuery()) {
				row.next();
				return row.getInt(1);
			}
		} catch (SQLException e) {
			if ("23505".equals(e.getSQLState())) {
				throw new RepositoryException(doing + ": it is open already.", e);
			}
			throw Failures.of(e, repository.settings(), doing);
		}
	}

	public void close(String partnership, String round) throws RepositoryException {
		call("The round was not closed", "SELECT hjp.close_round(?, ?)", partnership, round);
	}

	/** The rounds open for the one signed in to answer. */
	public List<Waiting> waiting() throws RepositoryException {
		String doing = "No round was read";
		try (PreparedStatement query = connection(doing).prepareStatement(
				"SELECT partnership_id, round_id, title, instrument, statements, anonymous, answered, asked FROM hjp.waiting_rounds()");
				ResultSet rows = query.executeQuery()) {
			List<Waiting> waiting = new ArrayList<>();
			while (rows.next()) {
				Array statements = rows.getArray(5);
				waiting.add(new Waiting(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
						Arrays.asList((String[]) statements.getArray()), rows.getBoolean(6), rows.getInt(7), rows.getInt(8)));
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

	/** A round's answers, for the partners; an anonymous round's only once at least three have answered. */
	public List<Answer> answers(String partnership, String round) throws RepositoryException {
		String doing = "No answer was read";
		try (PreparedStatement query = connection(doing).prepareStatement("SELECT respondent, statement, value FROM hjp.round_answers(?, ?)")) {
			query.setString(1, partnership);
			query.setString(2, round);
			List<Answer> answers = new ArrayList<>();
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					int value = rows.getInt(3);
					Integer given = rows.wasNull() ? null : value;
					answers.add(new Answer(rows.getString(1), rows.getString(2), given));
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
