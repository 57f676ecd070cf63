package org.hjp.workbench.sharing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.Rounds;
import org.hjp.workbench.sharing.SharedRepository;
import org.hjp.workbench.tests.generator.PostgresServer;
import org.hjp.workbench.tests.generator.Repositories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Rounds opened for answering, with plain SQL as each login: a respondent sees only the rounds open for them and
 * enters and changes only their own answers; another respondent, another organisation and the network role see none
 * of them; in an anonymous round the partners see answers under a number, never the login, and no table tells them
 * whose they are; a closed round takes no more answers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoundsTest {

	private static final String[] STATEMENTS = { "purpose-1", "purpose-2" };
	private static PostgresServer server;
	private static Repositories repositories;

	@BeforeAll
	static void startServer() throws Exception {
		server = PostgresServer.start();
		repositories = new Repositories(server).init().organisation("legal", "Riverbend Legal Centre").organisation("elsewhere", "Another service")
				.member("maria", "legal", true).member("reader", "legal", false).member("otto", "elsewhere", true).respondent("amara").respondent("ben").respondent("cleo");
		try (SharedRepository maria = repositories.as("maria")) {
			maria.publish("p", "Riverbend", Sample.version());
		}
		try (Connection admin = server.admin(); Statement statement = admin.createStatement()) {
			statement.execute("CREATE ROLE census LOGIN PASSWORD '" + Repositories.password("census") + "' IN ROLE hjp_network");
		}
		try (Connection maria = repositories.sqlAs("maria")) {
			assertEquals(3, open(maria, "anonymous", true, "amara", "ben", "cleo"));
			assertEquals(1, open(maria, "named", false, "amara"));
		}
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@Test
	@Order(1)
	void aRespondentSeesTheRoundsOpenForThemAndChangesOnlyTheirOwnAnswers() throws Exception {
		try (Connection amara = repositories.sqlAs("amara")) {
			assertEquals(List.of("anonymous|0", "named|0"), rows(amara, "SELECT round_id || '|' || answered FROM hjp.waiting_rounds()"));
			answer(amara, "anonymous", "purpose-1", 4);
			answer(amara, "anonymous", "purpose-1", 5);
			answer(amara, "anonymous", "purpose-2", null);
			assertEquals(List.of("purpose-1=5", "purpose-2=null"), rows(amara, "SELECT statement || '=' || coalesce(value::text, 'null') FROM hjp.answers ORDER BY 1"));
			assertEquals(List.of("anonymous|2", "named|0"), rows(amara, "SELECT round_id || '|' || answered FROM hjp.waiting_rounds()"));
			assertEquals(List.of("amara"), rows(amara, "SELECT DISTINCT login FROM hjp.invitations"), "their own invitations only");
			SQLException other = assertThrows(SQLException.class, () -> answer(amara, "anonymous", "not-in-the-round", 3));
			assertEquals("22023", other.getSQLState(), "a statement the round does not ask");
			assertEquals("42501", assertThrows(SQLException.class, () -> sql(amara, "INSERT INTO hjp.answers (respondent_key, statement, value)"
					+ " SELECT respondent_key, 'purpose-1', 1 FROM hjp.invitations")).getSQLState(), "no writing to the table");
			assertEquals("42501", assertThrows(SQLException.class, () -> sql(amara, "UPDATE hjp.answers SET value = 1")).getSQLState());
			assertEquals("42501", assertThrows(SQLException.class, () -> rows(amara, "SELECT respondent FROM hjp.round_answers('p', 'anonymous')")).getSQLState(),
					"a respondent does not read the round's answers");
			assertEquals("42501", assertThrows(SQLException.class, () -> rows(amara, "SELECT version FROM hjp.versions")).getSQLState(), "nor the partnership");
		}
		try (Connection ben = repositories.sqlAs("ben")) {
			assertEquals(List.of("anonymous|0"), rows(ben, "SELECT round_id || '|' || answered FROM hjp.waiting_rounds()"), "not the named round he is not asked in");
			assertEquals(List.of(), rows(ben, "SELECT statement FROM hjp.answers"), "nobody else's answers");
			assertEquals(List.of("ben"), rows(ben, "SELECT login FROM hjp.invitations"));
			assertThrows(SQLException.class, () -> answer(ben, "named", "purpose-1", 2));
			answer(ben, "anonymous", "purpose-1", 2);
		}
	}

	@Test
	@Order(2)
	void inAnAnonymousRoundThePartnersSeeNumbersNeverLoginsOnceThreeHaveAnswered() throws Exception {
		try (Connection amara = repositories.sqlAs("amara")) {
			answer(amara, "anonymous", "purpose-2", 3);
			answer(amara, "named", "purpose-1", 1);
		}
		try (Connection maria = repositories.sqlAs("maria")) {
			assertEquals(List.of(), rows(maria, "SELECT respondent FROM hjp.round_answers('p', 'anonymous')"), "two answered: nothing shown yet");
			assertEquals(List.of("3|2"), rows(maria, "SELECT asked || '|' || answered FROM hjp.round_progress('p', 'anonymous')"));
		}
		try (Connection cleo = repositories.sqlAs("cleo")) {
			assertEquals(List.of("anonymous|3|Riverbend|maria"), rows(cleo, "SELECT round_id || '|' || asked || '|' || partnership_name || '|' || opened_by FROM hjp.waiting_rounds()"),
					"a respondent sees how many were asked, in which partnership, and by whom");
			answer(cleo, "anonymous", "purpose-1", 5);
		}
		try (Connection maria = repositories.sqlAs("maria")) {
			assertEquals(List.of(), rows(maria, "SELECT respondent FROM hjp.round_answers('p', 'anonymous')"),
					"three answered, but the round is open: a number appearing could be matched with a login connecting");
			assertEquals(List.of("3|3"), rows(maria, "SELECT asked || '|' || answered FROM hjp.round_progress('p', 'anonymous')"));
			sql(maria, "SELECT hjp.close_round('p', 'anonymous')");
		}
		for (String partner : new String[] { "maria", "reader" }) {
			try (Connection connection = repositories.sqlAs(partner)) {
				List<String> answers = rows(connection, "SELECT respondent || '|' || statement FROM hjp.round_answers('p', 'anonymous')");
				assertFalse(answers.isEmpty());
				assertTrue(answers.stream().allMatch(a -> a.startsWith("Respondent ")), answers.toString());
				assertFalse(answers.stream().anyMatch(a -> a.contains("amara") || a.contains("ben")), answers.toString());
				assertEquals(List.of(), rows(connection, "SELECT login FROM hjp.invitations WHERE round_id = 'anonymous'"), "who was asked is not theirs to see");
				assertEquals(List.of(), rows(connection, "SELECT statement FROM hjp.answers"), "nor the answers' keys");
				assertEquals(List.of("amara|purpose-1|1"), rows(connection, "SELECT respondent || '|' || statement || '|' || value FROM hjp.round_answers('p', 'named')"),
						"a named round says who");
				assertEquals(List.of("3|3"), rows(connection, "SELECT asked || '|' || answered FROM hjp.round_progress('p', 'anonymous')"));
				assertEquals(3, answers.stream().map(a -> a.substring(0, a.indexOf('|'))).distinct().count(), "three respondents, each under a number");
			}
		}
		try (Connection reader = repositories.sqlAs("reader")) {
			assertEquals("42501", assertThrows(SQLException.class, () -> open(reader, "by-a-reader", false, "amara")).getSQLState(), "a reader opens no round");
			assertEquals("42501", assertThrows(SQLException.class, () -> sql(reader, "SELECT hjp.close_round('p', 'anonymous')")).getSQLState());
		}
		try (Connection maria = repositories.sqlAs("maria")) {
			assertEquals("22023", assertThrows(SQLException.class, () -> open(maria, "ghosts", true, "amara", "ghost1", "ghost2")).getSQLState(),
					"made-up respondents would leave amara alone in an anonymous round");
			assertEquals("22023", assertThrows(SQLException.class, () -> open(maria, "with-me", true, "maria", "amara", "ben")).getSQLState(),
					"nor may the opener be one of three");
		}
	}

	@Test
	@Order(3)
	void anotherOrganisationAndTheNetworkSeeNoRoundAndAClosedRoundTakesNoAnswers() throws Exception {
		try (Connection otto = repositories.sqlAs("otto")) {
			assertEquals(List.of(), rows(otto, "SELECT round_id FROM hjp.rounds"));
			assertEquals(List.of("false"), rows(otto, "SELECT hjp.is_named('p', 'named')::text"), "not even whether a round exists");
			assertEquals("42501", assertThrows(SQLException.class, () -> rows(otto, "SELECT asked FROM hjp.round_progress('p', 'named')")).getSQLState());
			assertEquals("42501", assertThrows(SQLException.class, () -> sql(otto, "SELECT hjp.close_round('p', 'named')")).getSQLState());
			assertEquals(List.of(), rows(otto, "SELECT login FROM hjp.invitations"));
			assertEquals("42501", assertThrows(SQLException.class, () -> rows(otto, "SELECT respondent FROM hjp.round_answers('p', 'named')")).getSQLState());
			assertEquals("42501", assertThrows(SQLException.class, () -> open(otto, "taken", false, "otto")).getSQLState());
		}
		try (Connection census = repositories.sqlAs("census")) {
			assertEquals("42501", assertThrows(SQLException.class, () -> rows(census, "SELECT round_id FROM hjp.rounds")).getSQLState());
			assertEquals("42501", assertThrows(SQLException.class, () -> rows(census, "SELECT * FROM hjp.waiting_rounds()")).getSQLState());
			for (String query : new String[] { "SELECT login FROM hjp.invitations", "SELECT statement FROM hjp.answers",
					"SELECT respondent FROM hjp.round_answers('p', 'named')", "SELECT asked FROM hjp.round_progress('p', 'named')" }) {
				assertEquals("42501", assertThrows(SQLException.class, () -> rows(census, query)).getSQLState(), query);
			}
		}
		try (Connection maria = repositories.sqlAs("maria")) {
			assertEquals(1, open(maria, "closing", false, "ben"));
			sql(maria, "SELECT hjp.close_round('p', 'closing')");
		}
		try (Connection ben = repositories.sqlAs("ben")) {
			assertFalse(rows(ben, "SELECT round_id FROM hjp.waiting_rounds()").contains("closing"));
			assertFalse(rows(ben, "SELECT round_id FROM hjp.rounds").contains("closing"), "a closed round is no longer seen by those asked");
			assertEquals("42501", assertThrows(SQLException.class, () -> answer(ben, "closing", "purpose-1", 4)).getSQLState());
		}
	}

	@Test
	@Order(4)
	void theClientOpensARoundThatARespondentAnswersAndThePartnersRead() throws Exception {
		Rounds.Opening opening = new Rounds.Opening("p", "client", "Through the client", "checklist", "<questionnaire/>", List.of(STATEMENTS),
				List.of("1,2,3,4,5,D", "1,2,3,4,5,D,N"), true, List.of("amara", "ben", "cleo"));
		try (SharedRepository maria = repositories.as("maria")) {
			assertEquals(3, new Rounds(maria).open(opening));
			RepositoryException twice = assertThrows(RepositoryException.class, () -> new Rounds(maria).open(opening));
			assertEquals("The round was not opened: it has been opened already.", twice.getMessage());
			assertEquals(new Rounds.Opened("client", "Through the client", true, false, "maria"),
					new Rounds(maria).opened("p").stream().filter(o -> o.round().equals("client")).findFirst().orElseThrow());
		}
		try (SharedRepository otto = repositories.as("otto")) {
			assertEquals(List.of(), new Rounds(otto).opened("p"), "another organisation's partnership's rounds");
		}
		try (SharedRepository amara = repositories.as("amara")) {
			Rounds rounds = new Rounds(amara);
			Rounds.Waiting waiting = rounds.waiting().stream().filter(w -> w.round().equals("client")).findFirst().orElseThrow();
			assertEquals(new Rounds.Waiting("p", "Riverbend", "client", "Through the client", "maria", "checklist", "<questionnaire/>", List.of(STATEMENTS), true, 0, 3),
					waiting);
			assertEquals(List.of(), new Rounds(amara).opened("p"), "a respondent is no partner");
			rounds.submit("p", "client", List.of(point("purpose-1", 4), new Rounds.Given("purpose-2", Rounds.Kind.DONT_KNOW, 0)));
			rounds.submit("p", "client", List.of(new Rounds.Given("purpose-2", Rounds.Kind.NOT_APPLICABLE, 0)));
			assertEquals(List.of(new Rounds.Given("purpose-2", Rounds.Kind.NOT_APPLICABLE, 0)), rounds.own("p", "client"), "a statement left out is taken back");
			RepositoryException noSuchAnswer = assertThrows(RepositoryException.class,
					() -> rounds.submit("p", "client", List.of(new Rounds.Given("purpose-1", Rounds.Kind.NOT_APPLICABLE, 0))));
			assertEquals("The answers were not sent: The statement purpose-1 cannot be answered \"not applicable\".", noSuchAnswer.getMessage());
			RepositoryException offTheScale = assertThrows(RepositoryException.class, () -> rounds.submit("p", "client", List.of(point("purpose-1", 9))));
			assertEquals("The answers were not sent: The statement purpose-1 cannot be answered \"9\".", offTheScale.getMessage());
			List<Rounds.Given> mine = List.of(point("purpose-1", 4), new Rounds.Given("purpose-2", Rounds.Kind.DONT_KNOW, 0));
			rounds.submit("p", "client", mine);
			assertEquals(mine, rounds.own("p", "client"));
			RepositoryException unknown = assertThrows(RepositoryException.class, () -> rounds.submit("p", "client", List.of(point("not-asked", 1))));
			assertEquals("The answers were not sent: The round has no statement not-asked.", unknown.getMessage());
			assertEquals(mine, rounds.own("p", "client"), "a refused sending changes nothing");
			RepositoryException refused = assertThrows(RepositoryException.class, () -> rounds.answers("p", "client"));
			assertTrue(refused.getMessage().startsWith("No answer was read: "), refused.getMessage());
		}
		try (SharedRepository maria = repositories.as("maria")) {
			assertEquals(List.of(), new Rounds(maria).answers("p", "client"), "one answered: nothing shown yet");
			assertEquals(new Rounds.Progress(3, 1), new Rounds(maria).progress("p", "client"));
			assertThrows(RepositoryException.class, () -> new Rounds(maria).own("p", "client"), "maria is not asked");
		}
		for (String other : new String[] { "ben", "cleo" }) {
			try (SharedRepository respondent = repositories.as(other)) {
				new Rounds(respondent).submit("p", "client", List.of(point("purpose-1", 2)));
			}
		}
		try (SharedRepository maria = repositories.as("maria")) {
			assertEquals(List.of(), new Rounds(maria).answers("p", "client"), "three answered, but the round is open");
			new Rounds(maria).close("p", "client");
			List<Rounds.Answer> answers = new Rounds(maria).answers("p", "client");
			assertEquals(4, answers.size(), answers.toString());
			assertTrue(answers.stream().allMatch(a -> a.respondent().matches("Respondent [123]")), answers.toString());
			assertEquals(1, answers.stream().filter(a -> a.given().equals(new Rounds.Given("purpose-2", Rounds.Kind.DONT_KNOW, 0))).count(), answers.toString());
			assertEquals(List.of(2, 2, 4), answers.stream().filter(a -> a.given().statement().equals("purpose-1")).map(a -> a.given().value()).sorted().toList());
			assertEquals(new Rounds.Progress(3, 3), new Rounds(maria).progress("p", "client"));
			assertTrue(new Rounds(maria).opened("p").contains(new Rounds.Opened("client", "Through the client", true, true, "maria")));
		}
		try (SharedRepository ben = repositories.as("ben")) {
			RepositoryException closed = assertThrows(RepositoryException.class, () -> new Rounds(ben).submit("p", "client", List.of(point("purpose-1", 5))));
			assertEquals("The answers were not sent: the round has been closed, or you are no longer asked to answer it.", closed.getMessage());
		}
	}

	@Test
	@Order(5)
	void aRespondentHoldingARoundOpenDoesNotKeepItFromClosingForLong() throws Exception {
		try (Connection maria = repositories.sqlAs("maria")) {
			assertEquals(1, open(maria, "held", false, "ben"));
		}
		try (Connection ben = repositories.sqlAs("ben"); SharedRepository maria = repositories.as("maria")) {
			assertEquals("42501", assertThrows(SQLException.class, () -> rows(ben, "SELECT hjp.own_key('p', 'held')::text")).getSQLState(),
					"the key is the server's own business");
			ben.setAutoCommit(false);
			answer(ben, "held", "purpose-1", 3);
			RepositoryException held = assertThrows(RepositoryException.class, () -> new Rounds(maria).close("p", "held"));
			assertEquals("The round was not closed: someone is sending their answers to it at this moment. Try again in a minute.", held.getMessage());
			ben.commit();
			new Rounds(maria).close("p", "held");
		}
		try (SharedRepository ben = repositories.as("ben")) {
			assertThrows(RepositoryException.class, () -> new Rounds(ben).own("p", "held"), "closed: not even their own answers are read");
		}
	}

	@Test
	@Order(6)
	void eachLoginIsToldWhatItMayDoHere() throws Exception {
		try (SharedRepository amara = repositories.as("amara"); SharedRepository maria = repositories.as("maria");
				SharedRepository census = repositories.as("census")) {
			assertEquals(new SharedRepository.Access(false, 0, true), amara.access(), "a respondent connects, and sees no partnership");
			assertEquals(new SharedRepository.Access(true, 1, false), maria.access());
			assertEquals(new SharedRepository.Access(false, 0, false), census.access());
		}
	}

	@Test
	@Order(7)
	void anAnonymousRoundCountsItsThreeWithoutTheReaderAndAsksOnlyThoseWhoCanAnswer() throws Exception {
		try (Connection maria = repositories.sqlAs("maria")) {
			assertEquals("22023", assertThrows(SQLException.class, () -> open(maria, "census", false, "census")).getSQLState(), "the network role answers nothing");
			assertEquals("22023", assertThrows(SQLException.class,
					() -> sql(maria, "SELECT hjp.open_round('p', 'unchecked', 'Unchecked', 'checklist', NULL, ARRAY['purpose-1'], NULL, false, ARRAY['amara'])"))
					.getSQLState(), "a round without its possible answers would take any answer");
			assertEquals(3, open(maria, "with-reader", true, "reader", "amara", "ben"));
		}
		for (String login : new String[] { "reader", "amara", "ben" }) {
			try (Connection respondent = repositories.sqlAs(login)) {
				answer(respondent, "with-reader", "purpose-1", 4);
			}
		}
		try (Connection ben = repositories.sqlAs("ben")) {
			assertEquals("22023", assertThrows(SQLException.class, () -> sql(ben,
					"SELECT hjp.submit_answers('p', 'with-reader', ARRAY['purpose-1', 'purpose-1'], ARRAY['point', 'point'], ARRAY[1, 2], false)")).getSQLState(),
					"a statement answered twice in one sending");
			assertEquals("22023", assertThrows(SQLException.class, () -> sql(ben,
					"SELECT hjp.submit_answers('p', 'with-reader', ARRAY['purpose-1'], ARRAY['maybe'], ARRAY[NULL]::integer[], false)")).getSQLState(),
					"a kind of answer there is not");
		}
		try (Connection maria = repositories.sqlAs("maria")) {
			sql(maria, "SELECT hjp.close_round('p', 'with-reader')");
			assertEquals(3, rows(maria, "SELECT DISTINCT respondent FROM hjp.round_answers('p', 'with-reader')").size(), "three answered besides maria");
		}
		try (Connection reader = repositories.sqlAs("reader")) {
			assertEquals(List.of(), rows(reader, "SELECT respondent FROM hjp.round_answers('p', 'with-reader')"),
					"the reader answered too: the two others' answers alone could be told apart");
		}
	}

	private static Rounds.Given point(String statement, int value) {
		return new Rounds.Given(statement, Rounds.Kind.POINT, value);
	}

	private static int open(Connection connection, String round, boolean anonymous, String... asked) throws SQLException {
		try (PreparedStatement open = connection.prepareStatement("SELECT hjp.open_round('p', ?, ?, 'checklist', NULL, ?, ARRAY['1,2,3,4,5,D', '1,2,3,4,5,D'], ?, ?)")) {
			open.setString(1, round);
			open.setString(2, "Round " + round);
			Array statements = connection.createArrayOf("text", STATEMENTS);
			open.setArray(3, statements);
			open.setBoolean(4, anonymous);
			open.setArray(5, connection.createArrayOf("text", asked));
			try (ResultSet row = open.executeQuery()) {
				row.next();
				return row.getInt(1);
			}
		}
	}

	private static void answer(Connection connection, String round, String statement, Integer value) throws SQLException {
		try (PreparedStatement answer = connection.prepareStatement("SELECT hjp.answer('p', ?, ?, ?)")) {
			answer.setString(1, round);
			answer.setString(2, statement);
			if (value == null) {
				answer.setNull(3, Types.INTEGER);
			} else {
				answer.setInt(3, value);
			}
			answer.execute();
		}
	}

	private static void sql(Connection connection, String statement) throws SQLException {
		try (Statement run = connection.createStatement()) {
			run.execute(statement);
		}
	}

	private static List<String> rows(Connection connection, String query) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement run = connection.createStatement(); ResultSet result = run.executeQuery(query)) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
		}
		return rows;
	}
}
