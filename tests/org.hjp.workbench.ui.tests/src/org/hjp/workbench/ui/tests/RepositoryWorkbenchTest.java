package org.hjp.workbench.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.core.persistence.SamplePartnership;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.sharing.PartnershipBytes;
import org.hjp.workbench.sharing.SharedRepository;
import org.hjp.workbench.tests.generator.PostgresServer;
import org.hjp.workbench.tests.generator.Repositories;
import org.hjp.workbench.ui.session.CurrentPartnership;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * Tests of the shared repository in the window, against a real PostgreSQL server the class starts, with the
 * organisation rclc and its editing members maria and anna; and the steps a user takes with it.
 */
abstract class RepositoryWorkbenchTest extends WorkbenchTest {

	private static final String FIELD = "org.hjp.workbench.sharing.ui.ConnectDialog.field";
	private static final String STATUS = "org.hjp.workbench.sharing.ui.RepositoryStatusBar";
	protected static PostgresServer server;
	protected static Repositories repositories;

	@BeforeAll
	static void startServer() throws Exception {
		// Secure storage of this run's own (the tests' keyring is in target/), as a first start has it.
		Files.deleteIfExists(Path.of("target/secure_storage"));
		server = PostgresServer.start();
		repositories = new Repositories(server).init().organisation("rclc", "Riverbend Community Legal Centre").member("maria", "rclc", true)
				.member("anna", "rclc", true);
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	/** The tests after these find the workbench as they expect it: Problems showing, the sample open rather than a repository's partnership. */
	@AfterEach
	void closeTheHistoryAndThePartnership() throws Exception {
		driver.runOnUi(() -> {
			EPartService parts = workbench.context().get(EPartService.class);
			MPart history = parts.findPart("org.hjp.workbench.sharing.ui.part.history");
			if (history != null) {
				parts.hidePart(history, true);
			}
			MPart problems = parts.findPart("org.hjp.workbench.ui.part.problems");
			if (problems != null) {
				parts.showPart(problems, EPartService.PartState.VISIBLE);
			}
			workbench.context().get(CurrentPartnership.class).set(null);
		});
		openCopyOfSample(Files.createTempDirectory("after-repository"), "sample.hjp");
	}

	protected String errorOf(Shell dialog) {
		return driver.onUi(() -> ((org.eclipse.jface.dialogs.TitleAreaDialog) dialog.getData()).getErrorMessage());
	}

	protected void connectAs(String login) {
		Shell connect = fillConnect(login, Repositories.password(login));
		clickButton(connect, "Connect");
		driver.waitUntil(() -> driver.onUi(connect::isDisposed), "the connection to be made");
	}

	protected Shell fillConnect(String login, String password) {
		driver.press(SWT.ALT, 'f');
		driver.press(0, 'p');
		Shell connect = dialog("Connect to a repository");
		driver.runOnUi(() -> {
			field(Text.class, "host").setText(server.host());
			field(Text.class, "port").setText(String.valueOf(server.port()));
			field(Text.class, "database").setText(PostgresServer.DATABASE);
			field(Text.class, "user").setText(login);
			field(Text.class, "password").setText(password);
			field(Combo.class, "mode").select(2);
		});
		return connect;
	}

	protected <T extends org.eclipse.swt.widgets.Control> T field(Class<T> type, String name) {
		return driver.byKey(type, FIELD, name);
	}

	protected void openFromRepository(String name) {
		driver.press(SWT.ALT, 'f');
		driver.press(0, 'y');
		Shell open = dialog("Open from the repository");
		Table table = driver.find(Table.class, t -> t.getShell() == open, "the partnerships");
		driver.runOnUi(() -> {
			for (TableItem item : table.getItems()) {
				if (item.getText(0).equals(name)) {
					table.setSelection(item);
				}
			}
		});
		clickButton(open, "Open");
		driver.waitUntil(() -> document() != null && name.equals(driver.onUi(() -> document().partnership().getName())), "\u201c" + name + "\u201d to open");
		driver.waitUntil(() -> statusText().contains("the repository"), "the status bar to say where it stands");
	}

	protected String statusText() {
		return driver.onUi(() -> {
			Label label = driver.find(Label.class, l -> l.getParent().getData(STATUS) != null, "the repository's status");
			return label.getText();
		});
	}

	protected Button statusButton(String label) {
		return driver.find(Button.class, b -> b.getParent().getData(STATUS) != null && b.getText().replace("&", "").equals(label), label);
	}

	protected static Button button(Shell shell, String label) {
		return findIn(shell, Button.class, b -> b.getText().replace("&", "").equals(label));
	}

	protected static void publishAsAnna(String id, String name) throws Exception {
		Resource resource = PartnershipBytes.load(Files.readAllBytes(SamplePartnership.copyInto(Files.createTempDirectory("sample"))), "sample");
		((XMLResource) resource).setID(resource.getContents().get(0), id);
		((Partnership) resource.getContents().get(0)).setName(name);
		try (SharedRepository anna = repositories.as("anna")) {
			anna.publish(id, name, PartnershipBytes.of(resource, id + ".hjp"));
		}
	}
}
