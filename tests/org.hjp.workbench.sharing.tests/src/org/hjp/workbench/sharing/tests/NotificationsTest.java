package org.hjp.workbench.sharing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.SaveNotifications;
import org.hjp.workbench.sharing.SharedRepository;
import org.hjp.workbench.tests.generator.PostgresServer;
import org.hjp.workbench.tests.generator.Repositories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Another person's save is announced within seconds, with who saved, to those who may read the partnership; others
 * hear only an opaque key, and a forged announcement neither misleads nor silences a listener.
 */
class NotificationsTest {

	private static PostgresServer server;
	private static Repositories repositories;

	@BeforeAll
	static void startServer() throws Exception {
		server = PostgresServer.start();
		repositories = new Repositories(server).init().organisation("health", "Hospital").organisation("elsewhere", "Another service")
				.member("hana", "health", true).member("hugo", "health", true).member("otto", "elsewhere", true);
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@Test
	void aSaveIsAnnouncedToReadersOnlyAndAForgeryIsIgnored() throws Exception {
		BlockingQueue<SaveNotifications.Saved> hanaHears = new LinkedBlockingQueue<>();
		BlockingQueue<SaveNotifications.Saved> ottoHears = new LinkedBlockingQueue<>();
		BlockingQueue<RepositoryException> lost = new LinkedBlockingQueue<>();
		try (SaveNotifications hana = listen("hana", hanaHears, lost); SaveNotifications otto = listen("otto", ottoHears, lost);
				Connection ottoRaw = repositories.sqlAs("otto"); SharedRepository hugo = repositories.as("hugo")) {
			try (Statement statement = ottoRaw.createStatement()) {
				statement.execute("LISTEN hjp_saved");
				statement.execute("NOTIFY hjp_saved, 'p-notify 7'");
				statement.execute("NOTIFY hjp_saved, '00000000-0000-0000-0000-000000000000 1'");
			}
			hugo.publish("p-notify", "Announced", new byte[] { 1 });
			assertEquals(new SaveNotifications.Saved("p-notify", 1, "hugo"), hanaHears.poll(10, TimeUnit.SECONDS));
			hugo.save("p-notify", 1, "Announced", new byte[] { 2 });
			assertEquals(new SaveNotifications.Saved("p-notify", 2, "hugo"), hanaHears.poll(10, TimeUnit.SECONDS));
			try (Connection hugoRaw = repositories.sqlAs("hugo"); Statement statement = hugoRaw.createStatement();
					ResultSet key = statement.executeQuery("SELECT notify_key FROM hjp.partnerships WHERE id = 'p-notify'")) {
				key.next();
				statement.execute("NOTIFY hjp_saved, '" + key.getString(1) + " 1'");
			}
			assertNull(hanaHears.poll(2, TimeUnit.SECONDS), "the forged announcements, one of them of an old version under the real key, were dropped");
			assertNull(ottoHears.poll(2, TimeUnit.SECONDS), "otto's organisation is not a partner");
			assertEquals(List.of(), List.copyOf(lost), "a forged announcement does not end listening");

			PGNotification[] raw = ottoRaw.unwrap(PGConnection.class).getNotifications(5000);
			assertNotNull(raw);
			List<String> schemas = java.util.Arrays.stream(raw).map(PGNotification::getParameter).filter(p -> !p.startsWith("p-notify") && !p.startsWith("0000"))
					.toList();
			assertTrue(schemas.size() >= 2, "the two saves, and hugo's forgery: " + schemas);
			for (String payload : schemas) {
				assertTrue(payload.matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12} [12]"), "only a key and the version, no id or login: " + payload);
			}
		}
	}

	private static SaveNotifications listen(String login, BlockingQueue<SaveNotifications.Saved> heard, BlockingQueue<RepositoryException> lost)
			throws RepositoryException {
		return SaveNotifications.start(Repositories.settings(server, login), Repositories.password(login).toCharArray(), heard::add, lost::add);
	}
}
