package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.PartnershipPackage;
import org.hjp.workbench.sharing.PartnershipBytes;
import org.hjp.workbench.sharing.SharedRepository;
import org.hjp.workbench.sharing.WorkingCopy;
import org.hjp.workbench.tests.generator.PostgresServer;
import org.hjp.workbench.ui.session.CurrentPartnership;
import org.hjp.workbench.tests.generator.Repositories;
import org.junit.jupiter.api.Test;

/**
 * The shared repository in the window, against a real PostgreSQL server the test starts: connect, open from the
 * repository, another person's save announced and merged at the next save, a conflict settled side by side, a server
 * that is away costing nothing, and the history compared and restored.
 */
class SharedRepositoryTest extends RepositoryWorkbenchTest {


	@Test
	void anotherPersonsSaveIsAnnouncedAndMergedAndAConflictIsSettledSideBySide() throws Exception {
		publishAsAnna("together", "Riverbend together");
		connectAs("maria");
		resizeWindow(1024, 700);
		openFromRepository("Riverbend together");
		driver.waitUntil(() -> statusText().equals("In the repository: version 1."), "the status bar to say which version");

		setPurpose("Maria's purpose");
		saveAsAnna("together", p -> p.setWhyPartner("Anna's reason"));
		driver.waitUntil(() -> statusText().equals("anna saved version 2 of this partnership."), "anna's save to be announced");
		assertTrue(driver.onUi(() -> statusButton("Merge Now").isVisible()), "Merge Now is offered");
		driver.screenshot(Path.of("target/screenshots/repository/1-announced.png"));

		driver.press(SWT.MOD1, 's');
		driver.waitUntil(() -> statusText().startsWith("Saved to the repository as version 3"), "the save to be merged and sent");
		assertEquals("Saved to the repository as version 3, with the changes others saved merged in.", statusText());
		assertEquals("Maria's purpose", driver.onUi(() -> document().partnership().getPurpose()));
		assertEquals("Anna's reason", driver.onUi(() -> document().partnership().getWhyPartner()), "the workbench shows anna's change too");
		assertFalse(driver.onUi(() -> document().isDirty()));
		assertEquals(3, WorkingCopy.of(document().file().orElseThrow()).orElseThrow().version());

		saveAsAnna("together", p -> p.setPurpose("Anna's purpose"));
		setPurpose("Maria's second purpose");
		driver.press(SWT.MOD1, 's');
		Shell conflicts = dialog("Choose what to keep");
		Table rows = driver.find(Table.class, t -> t.getShell() == conflicts, "the conflicts");
		assertEquals(List.of("Partnership \u201cRiverbend together\u201d|purpose|(choose)"), rowsOf(rows));
		assertEquals("\u201cMaria's second purpose\u201d", driver.onUi(() -> findIn(conflicts, Text.class, t -> t.getText().contains("Maria")).getText()));
		assertFalse(driver.onUi(() -> button(conflicts, "Save").isEnabled()), "nothing is saved before every conflict has its side");
		driver.screenshot(Path.of("target/screenshots/repository/2-conflict.png"));
		clickButton(conflicts, "Keep Mine");
		assertEquals(List.of("Partnership \u201cRiverbend together\u201d|purpose|Mine"), rowsOf(rows));
		clickButton(conflicts, "Save");
		driver.waitUntil(() -> statusText().startsWith("Saved to the repository as version 5"), "the settled merge to be saved");
		assertEquals("Maria's second purpose", purposeInRepository("together"));
		assertEquals("Maria's second purpose", driver.onUi(() -> document().partnership().getPurpose()), "the window shows what was saved");
		assertFalse(driver.onUi(() -> document().isDirty()));
		WorkingCopy copy = WorkingCopy.of(document().file().orElseThrow()).orElseThrow();
		assertEquals(5, copy.version());
		assertFalse(copy.unsent());
	}

	@Test
	void mergeNowWithNothingOfMineTakesTheirVersion() throws Exception {
		publishAsAnna("merge-now", "Riverbend merge now");
		connectAs("maria");
		openFromRepository("Riverbend merge now");
		saveAsAnna("merge-now", p -> p.setPurpose("Anna's purpose"));
		driver.waitUntil(() -> statusText().equals("anna saved version 2 of this partnership."), "anna's save to be announced");
		driver.runOnUi(() -> workbench.context().get(org.hjp.workbench.sharing.ui.RepositoryStatus.class).tell("Something else to say."));
		driver.waitUntil(() -> statusText().equals("Something else to say."), "another sentence in the status bar");
		assertTrue(driver.onUi(() -> statusButton("Merge Now").isVisible()), "anna's save is still there to merge");
		driver.click(statusButton("Merge Now"));
		driver.waitUntil(() -> "Anna's purpose".equals(driver.onUi(() -> document().partnership().getPurpose())), "their version to be shown");
		assertFalse(driver.onUi(() -> document().isDirty()));
		assertEquals(2, WorkingCopy.of(document().file().orElseThrow()).orElseThrow().version());
		driver.waitUntil(() -> statusText().equals("In the repository: version 2."), "the status bar to say which version, offering nothing");
	}

	@Test
	void aServerThatIsAwayCostsNothingAndTheNextSaveSendsTheChanges() throws Exception {
		publishAsAnna("offline", "Riverbend offline");
		connectAs("maria");
		openFromRepository("Riverbend offline");
		Path file = document().file().orElseThrow();
		server.stop();
		try {
			setPurpose("Written on the train");
			driver.press(SWT.MOD1, 's');
			Shell warning = dialog("Saved on this computer only");
			String said = labels(warning);
			assertTrue(said.contains("cannot be reached"), said);
			assertTrue(said.contains("The next save sends them to the repository"), said);
			clickButton(warning, "OK");
		} finally {
			server.start(true);
		}
		assertTrue(Files.readString(file).contains("Written on the train"), "the file on this computer has the change");
		assertTrue(driver.onUi(() -> document().isDirty()), "the partnership stays marked unsaved");
		assertTrue(statusText().startsWith("Not yet in the repository: "), statusText());
		assertTrue(WorkingCopy.of(file).orElseThrow().unsent(), "what was not sent is known on disk");

		// As after a restart: the partnership closed, and opened again from the repository.
		driver.runOnUi(() -> workbench.context().get(CurrentPartnership.class).set(null));
		openFromRepository("Riverbend offline");
		assertEquals(file, document().file().orElseThrow(), "the copy with the change is opened");
		assertEquals("Written on the train", driver.onUi(() -> document().partnership().getPurpose()));
		assertTrue(driver.onUi(() -> document().isDirty()), "still to be sent, so still unsaved");
		driver.waitUntil(() -> statusText().startsWith("Not yet in the repository: changes saved on this computer earlier"), "the status bar to say so");
		driver.press(SWT.MOD1, 's');
		driver.waitUntil(() -> statusText().equals("Saved to the repository as version 2."), "the next save to send the change");
		assertFalse(driver.onUi(() -> document().isDirty()));
		assertEquals("Written on the train", purposeInRepository("offline"));
	}

	@Test
	void theHistoryComparesAVersionWithMineAndRestoresIt() throws Exception {
		publishAsAnna("history", "Riverbend history");
		saveAsAnna("history", p -> p.setPurpose("Changed by Anna"));
		connectAs("maria");
		openFromRepository("Riverbend history");
		resizeWindow(1366, 768);
		driver.press(SWT.ALT, 'v');
		driver.press(0, 'h');
		Table versions = driver.byKey(Table.class, "org.hjp.workbench.sharing.ui.HistoryPart.versions", Boolean.TRUE);
		driver.waitUntil(() -> driver.onUi(versions::getItemCount) == 2, "the two versions");
		assertEquals(List.of("2", "anna"), driver.onUi(() -> List.of(versions.getItem(0).getText(0), versions.getItem(0).getText(1))), "newest first");

		driver.runOnUi(() -> versions.select(1));
		driver.runOnUi(() -> versions.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event()));
		driver.waitUntil(() -> driver.onUi(() -> button(shell(), "Restore").isEnabled()), "a version to be chosen");
		driver.screenshot(Path.of("target/screenshots/repository/3-history.png"));
		clickButton(shell(), "Compare with Mine");
		Shell compare = dialog("Compare versions");
		Table changes = driver.find(Table.class, t -> t.getShell() == compare, "the changes");
		List<String> purpose = driver.onUi(() -> Arrays.stream(changes.getItems()).filter(i -> i.getText(1).equals("purpose"))
				.map(i -> i.getText(0) + "|" + i.getText(3)).toList());
		assertEquals(List.of("Partnership \u201cRiverbend history\u201d|\u201cChanged by Anna\u201d"), purpose, "from version 1 to mine, the purpose anna wrote");
		clickButton(compare, "Close");

		clickButton(shell(), "Restore");
		clickButton(dialog("Restore version 1?"), "Yes");
		driver.waitUntil(() -> driver.onUi(() -> versions.getItemCount()) == 3, "the restored version to be the newest");
		byte[] first = repositories.as("anna").read("history", OptionalInt.of(1)).content();
		assertTrue(Arrays.equals(first, repositories.as("anna").read("history", OptionalInt.of(3)).content()), "version 3 is version 1 again");
		assertEquals(3, WorkingCopy.of(document().file().orElseThrow()).orElseThrow().version());
		assertEquals(purposeInRepository("history"), driver.onUi(() -> document().partnership().getPurpose()));
		assertFalse("Changed by Anna".equals(driver.onUi(() -> document().partnership().getPurpose())), "the window shows version 1 again");
	}

	@Test
	void aRefusedLoginIsSaidInTheDialogWhichStaysOpen() {
		Shell connect = fillConnect("maria", "not her password");
		clickButton(connect, "Connect");
		driver.waitUntil(() -> driver.onUi(() -> errorOf(connect) != null), "the refusal to be said");
		assertTrue(errorOf(connect).contains("password"), errorOf(connect));
		assertFalse(driver.onUi(connect::isDisposed), "the dialog stays open to try again");
		driver.screenshot(Path.of("target/screenshots/repository/0-refused.png"), connect);
		driver.runOnUi(connect::close);
	}

	@Test
	void aRememberedPasswordIsKeptEncryptedInSecureStorageUnderAMasterPassword() throws Exception {
		Shell connect = fillConnect("maria", Repositories.password("maria"));
		driver.runOnUi(() -> field(Button.class, "keep").setSelection(true));
		clickButton(connect, "Connect");
		Shell master = dialog("Master password");
		List<Text> fields = driver.onUi(() -> Arrays.stream(master.getChildren()).flatMap(SharedRepositoryTest::allTexts).toList());
		assertEquals(2, fields.size(), "the master password is typed twice the first time");
		driver.runOnUi(() -> fields.forEach(t -> t.setText("master of the keys")));
		clickButton(master, "OK");
		driver.waitUntil(() -> driver.onUi(connect::isDisposed), "the connection to be made");

		ISecurePreferences stored = SecurePreferencesFactory.getDefault();
		String node = "org.hjp.workbench.sharing/" + EncodingUtils.encodeSlashes("maria@" + server.host() + ":" + server.port() + "/" + PostgresServer.DATABASE);
		assertTrue(stored.nodeExists(node), "a node for the login and repository");
		assertTrue(stored.node(node).isEncrypted("password"));
		assertEquals(Repositories.password("maria"), stored.node(node).get("password", null));
		Path keyring = Path.of("target/secure_storage");
		assertFalse(new String(Files.readAllBytes(keyring), java.nio.charset.StandardCharsets.ISO_8859_1).contains(Repositories.password("maria")),
				"the file holds no password in plain text");
	}

	private static java.util.stream.Stream<Text> allTexts(org.eclipse.swt.widgets.Control control) {
		if (control instanceof Text text && (text.getStyle() & SWT.PASSWORD) != 0) {
			return java.util.stream.Stream.of(text);
		}
		return control instanceof org.eclipse.swt.widgets.Composite composite ? Arrays.stream(composite.getChildren()).flatMap(SharedRepositoryTest::allTexts)
				: java.util.stream.Stream.empty();
	}

	private void setPurpose(String purpose) {
		driver.runOnUi(() -> document().commandStack().execute(
				SetCommand.create(document().editingDomain(), document().partnership(), PartnershipPackage.Literals.PARTNERSHIP__PURPOSE, purpose)));
	}

	private List<String> rowsOf(Table table) {
		return driver.onUi(() -> Arrays.stream(table.getItems())
				.map(i -> String.join("|", java.util.stream.IntStream.range(0, Math.min(3, table.getColumnCount())).mapToObj(i::getText).toList())).toList());
	}

	private static void saveAsAnna(String id, Consumer<Partnership> change) throws Exception {
		try (SharedRepository anna = repositories.as("anna")) {
			SharedRepository.Stored latest = anna.read(id, OptionalInt.empty());
			Resource resource = PartnershipBytes.load(latest.content(), "latest");
			Partnership partnership = (Partnership) resource.getContents().get(0);
			change.accept(partnership);
			anna.save(id, latest.version(), partnership.getName(), PartnershipBytes.of(resource, id + ".hjp"));
		}
	}

	private static String purposeInRepository(String id) throws Exception {
		try (SharedRepository anna = repositories.as("anna")) {
			return ((Partnership) PartnershipBytes.load(anna.read(id, OptionalInt.empty()).content(), "latest").getContents().get(0)).getPurpose();
		}
	}
}
