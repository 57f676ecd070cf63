package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.core.persistence.Autosave;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.core.persistence.SamplePartnership;
import org.hjp.workbench.model.PartnershipPackage;
import org.hjp.workbench.model.Sector;
import org.hjp.workbench.ui.parts.ProblemsPart;
import org.hjp.workbench.ui.session.AutosaveTimer;
import org.hjp.workbench.ui.session.CurrentPartnership;
import org.hjp.workbench.ui.session.DocumentActions;
import org.hjp.workbench.tests.generator.GeneratedPartnership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New, close with unsaved changes, and opening a bad file, driven with the keyboard as a user would. */
class DocumentLifecycleTest extends WorkbenchTest {

	@TempDir
	Path folder;

	@Test
	void aNewPartnershipComesFromTheWizard() {
		driver.press(SWT.MOD1, 'n');
		dialog("New partnership");
		Text name = driver.byKey(Text.class, "hjp.field", "name");
		driver.waitUntil(() -> driver.onUi(() -> name.isFocusControl()), "the name field to have the focus");
		driver.type("Eastside HJP");
		driver.press(0, SWT.TAB);
		driver.type("Eastside Legal");
		driver.press(0, SWT.TAB);
		driver.type("Eastside Health");
		driver.press(0, SWT.CR);
		driver.waitUntil(() -> document() != null && "Eastside HJP".equals(document().partnership().getName()), "the new partnership to open");
		assertEquals(Sector.LEGAL, driver.onUi(() -> document().partnership().getOrganisations().get(0).getSector()));
		assertEquals("Eastside Health", driver.onUi(() -> document().partnership().getOrganisations().get(1).getName()));
		driver.waitUntil(() -> title().equals("*Eastside HJP" + TITLE_END), "a title naming the unsaved partnership");
	}

	@Test
	void closingWithUnsavedChangesAsksFirst() throws Exception {
		Path file = openCopyOfSample(folder, "close-test.hjp");
		byte[] before = Files.readAllBytes(file);
		driver.runOnUi(() -> document().commandStack().execute(SetCommand.create(document().editingDomain(),
				document().partnership(), PartnershipPackage.Literals.PARTNERSHIP__NAME, "Changed, not saved")));

		driver.press(SWT.MOD1, 'w');
		Shell prompt = dialog("Save changes?");
		assertTrue(labels(prompt).contains("\u201cclose-test.hjp\u201d has changes that are not saved"), labels(prompt));
		clickButton(prompt, "Cancel");
		driver.waitUntil(() -> driver.onUi(prompt::isDisposed), "Cancel to close the question");
		assertEquals("Changed, not saved", driver.onUi(() -> document().partnership().getName()), "cancel keeps the partnership open");

		driver.press(SWT.MOD1, 'w');
		clickButton(dialog("Save changes?"), "Don't Save");
		driver.waitUntil(() -> document() == null, "Don't Save to close the partnership");
		assertArrayEquals(before, Files.readAllBytes(file), "nothing was written");
	}

	@Test
	void aBadFileIsExplainedAndTheOpenPartnershipStays() throws Exception {
		Path good = openCopyOfSample(folder, "good.hjp");
		Path bad = folder.resolve("broken.hjp");
		String sample = new String(SamplePartnership.open().readAllBytes(), StandardCharsets.UTF_8);
		Files.writeString(bad, sample.substring(0, sample.length() / 3));
		byte[] badBytes = Files.readAllBytes(bad);

		workbench.display().asyncExec(() -> workbench.context().get(DocumentActions.class).open(shell(), bad));
		Shell error = dialog("Could not open the partnership");
		assertTrue(labels(error).contains("broken.hjp: the file is incomplete: it ends too early"), labels(error));
		driver.press(0, SWT.CR);
		driver.waitUntil(() -> driver.onUi(error::isDisposed), "the message to close");
		assertEquals(good, document().file().orElseThrow(), "the partnership that was open stays open");
		assertArrayEquals(badBytes, Files.readAllBytes(bad), "the bad file is untouched");
	}

	/** A big file is read off the UI thread, and the UI thread answers meanwhile. */
	@Test
	void theWindowAnswersWhileABigFileIsRead() throws Exception {
		Path big = GeneratedPartnership.save(GeneratedPartnership.partnership(50_000), folder.resolve("big.hjp"));
		workbench.display().asyncExec(() -> workbench.context().get(DocumentActions.class).open(shell(), big));
		AtomicReference<Thread> reader = new AtomicReference<>();
		driver.waitUntil(() -> {
			reader.set(Thread.getAllStackTraces().entrySet().stream().filter(t -> t.getKey() != workbench.display().getThread() && reads(t.getValue()))
					.map(Map.Entry::getKey).findFirst().orElse(null));
			return reader.get() != null;
		}, "the file to be read off the UI thread");
		boolean answeredWhileReading = driver.onUi(reader.get()::isAlive);
		driver.waitUntil(() -> document() != null && document().file().map(big::equals).orElse(false), "the big file to open");
		assertTrue(answeredWhileReading, "the UI thread ran a task while the file was being read");
	}

	private static boolean reads(StackTraceElement[] stack) {
		return Arrays.stream(stack).anyMatch(frame -> frame.getClassName().equals(PartnershipStore.class.getName()) && frame.getMethodName().equals("load"));
	}

	/** A file that is slow to read (here a pipe nothing is written to yet) shows a progress window until it is open. */
	@Test
	void aFileThatIsSlowToReadShowsProgressUntilItIsOpen() throws Exception {
		Path slow = folder.resolve("slow.hjp");
		assertEquals(0, new ProcessBuilder("mkfifo", slow.toString()).inheritIO().start().waitFor(), "mkfifo");
		workbench.display().asyncExec(() -> workbench.context().get(DocumentActions.class).open(shell(), slow));
		Label told;
		try {
			told = driver.find(Label.class, l -> l.getShell() != shell() && l.getText().equals("Opening \u201cslow.hjp\u201d\u2026"),
					"a progress window for the file being read");
		} finally {
			try (OutputStream out = Files.newOutputStream(slow); InputStream sample = SamplePartnership.open()) {
				sample.transferTo(out);
			}
		}
		driver.waitUntil(() -> document() != null && document().file().map(slow::equals).orElse(false), "the file to open");
		driver.waitUntil(() -> driver.onUi(told::isDisposed), "the progress window to close");
	}

	/** Cancel in the progress window stops the reading; the partnership open before stays open, and nothing is said to be wrong. */
	@Test
	void cancellingWhileAFileIsReadKeepsWhatWasOpen() throws Exception {
		Path before = openCopyOfSample(folder, "before.hjp");
		Path slow = folder.resolve("cancelled.hjp");
		assertEquals(0, new ProcessBuilder("mkfifo", slow.toString()).inheritIO().start().waitFor(), "mkfifo");
		byte[] sample;
		try (InputStream in = SamplePartnership.open()) {
			sample = in.readAllBytes();
		}
		workbench.display().asyncExec(() -> workbench.context().get(DocumentActions.class).open(shell(), slow));
		AtomicReference<Shell> progress = new AtomicReference<>();
		try (OutputStream out = Files.newOutputStream(slow)) {
			out.write(sample, 0, 1000);
			out.flush();
			Label told = driver.find(Label.class, l -> l.getShell() != shell() && l.getText().equals("Opening \u201ccancelled.hjp\u201d\u2026"),
					"a progress window for the file being read");
			progress.set(driver.onUi(told::getShell));
			clickButton(progress.get(), "Cancel");
			out.write(sample, 1000, sample.length - 1000);
		} catch (IOException stoppedReading) {
			// The reading end may be closed before all of the file is written: that is what Cancel is for.
		}
		driver.waitUntil(() -> driver.onUi(progress.get()::isDisposed), "the progress window to close");
		assertEquals(before, document().file().orElseThrow(), "the partnership that was open stays open");
		assertTrue(driver.onUi(() -> Arrays.stream(workbench.display().getShells()).noneMatch(s -> s.isVisible() && s.getText().startsWith("Could not"))),
				"no message that something went wrong");
	}

	/** While a file is being read, a key binding's Save or Close does nothing (it would save or close another partnership). */
	@Test
	void nothingIsSavedOrClosedWhileAFileIsBeingRead() throws Exception {
		Path before = openCopyOfSample(folder, "open-first.hjp");
		Path slow = folder.resolve("being-read.hjp");
		assertEquals(0, new ProcessBuilder("mkfifo", slow.toString()).inheritIO().start().waitFor(), "mkfifo");
		DocumentActions actions = workbench.context().get(DocumentActions.class);
		workbench.display().asyncExec(() -> actions.open(shell(), slow));
		try (OutputStream out = Files.newOutputStream(slow); InputStream sample = SamplePartnership.open()) {
			driver.find(Label.class, l -> l.getShell() != shell() && l.getText().equals("Opening \u201cbeing-read.hjp\u201d\u2026"), "the file to be read");
			assertFalse(driver.onUi(() -> actions.save(shell())), "no save while a file is read");
			assertFalse(driver.onUi(() -> actions.close(shell())), "no close while a file is read");
			assertEquals(before, document().file().orElseThrow());
			sample.transferTo(out);
		}
		driver.waitUntil(() -> document() != null && document().file().map(slow::equals).orElse(false), "the file to open");
	}

	@Test
	void changesKeptInTheAutosaveAreOfferedBackAfterACrash() throws Exception {
		Path file = openCopyOfSample(folder, "crash-test.hjp");
		driver.runOnUi(() -> {
			document().commandStack().execute(SetCommand.create(document().editingDomain(), document().partnership(),
					PartnershipPackage.Literals.PARTNERSHIP__NAME, "Renamed before the crash"));
			workbench.context().get(AutosaveTimer.class).autosaveNow();
			// The workbench dies: the partnership is gone without being saved or closed.
			workbench.context().get(CurrentPartnership.class).set(null);
		});

		workbench.display().asyncExec(() -> workbench.context().get(DocumentActions.class).open(shell(), file));
		dialog("Restore unsaved changes?");
		driver.press(0, SWT.CR);
		driver.waitUntil(() -> document() != null && "Renamed before the crash".equals(driver.onUi(() -> document().partnership().getName())),
				"the changes to come back");
		driver.waitUntil(() -> title().startsWith("*crash-test.hjp"), "the restored changes to be marked unsaved");
		driver.press(SWT.MOD1, 's');
		driver.waitUntil(() -> !title().startsWith("*"), "the save");
		assertTrue(Files.readString(file).contains("Renamed before the crash"));
		assertTrue(Files.notExists(Autosave.of(file)), "the autosave is gone once saved");
	}

	@Test
	void saveAsWritesANewFileAndLeavesTheOldOne() throws Exception {
		Path original = openCopyOfSample(folder, "original.hjp");
		byte[] before = Files.readAllBytes(original);
		driver.runOnUi(() -> document().commandStack().execute(SetCommand.create(document().editingDomain(),
				document().partnership(), PartnershipPackage.Literals.PARTNERSHIP__NAME, "Copy for the network")));
		Path copy = folder.resolve("for-the-network.hjp");

		driver.press(SWT.MOD1 | SWT.SHIFT, 's');
		driver.awaitNativeWindow("Save the partnership as");
		driver.press(SWT.MOD1, 'a');
		driver.type(copy.toString().replace(".hjp", ""));
		driver.press(0, SWT.CR);
		driver.waitUntil(() -> document().file().map(copy::equals).orElse(false), "the partnership to belong to the new file");
		driver.waitUntil(() -> title().equals("for-the-network.hjp" + TITLE_END), "the title to name the new file, saved");
		assertTrue(Files.readString(copy).contains("Copy for the network"), "the new file has the change (and the .hjp ending was added)");
		assertArrayEquals(before, Files.readAllBytes(original), "the original file is untouched");
	}

	@Test
	void dataOfAPluginThatIsNotInstalledIsReported() throws Exception {
		String sample = new String(SamplePartnership.open().readAllBytes(), StandardCharsets.UTF_8);
		Path file = folder.resolve("with-plugin.hjp");
		Files.writeString(file, sample.replace("xmlns:learning=", "xmlns:acme=\"http://acme.example/funding-report/1\" xmlns:learning=")
				.replace("</partnership:Partnership>", "<extensions xsi:type=\"acme:FundingReport\" funder=\"State board\"/></partnership:Partnership>"));
		openFile(file);
		Table problems = driver.byKey(Table.class, ProblemsPart.TABLE_KEY, Boolean.TRUE);
		String expected = "holds data from a plug-in that is not installed (http://acme.example/funding-report/1)";
		driver.waitUntil(() -> driver.onUi(() -> Arrays.stream(problems.getItems()).anyMatch(i -> i.getText(1).contains(expected))),
				"the Problems view to say what cannot be shown");
		clickTab("Overview");
		driver.find(Label.class, l -> l.getText().contains("also holds data from a plug-in that is not installed"), "the notice on the overview");
	}
}
