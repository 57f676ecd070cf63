package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.hjp.workbench.model.PartnershipPackage;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.tests.driver.SwtDriver;
import org.hjp.workbench.ui.session.DesktopLauncher;
import org.hjp.workbench.ui.transfer.TransferActions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Export writes the partnership as it is in the editor; File > Import brings a JSON export back as a new partnership. */
class ExportImportTest extends WorkbenchTest {

	@TempDir
	Path folder;

	@Test
	void exportToJsonFromTheMenuThenImportItBack() throws Exception {
		Path file = openCopyOfSample(folder, "export-me.hjp");
		List<String> opened = new CopyOnWriteArrayList<>();
		driver.runOnUi(() -> workbench.context().set(DesktopLauncher.class, path -> opened.add(path)));
		byte[] saved = Files.readAllBytes(file);
		driver.runOnUi(() -> document().commandStack().execute(SetCommand.create(document().editingDomain(), document().partnership(),
				PartnershipPackage.Literals.PARTNERSHIP__PURPOSE, "Changed in the editor, not yet saved")));

		driver.press(SWT.ALT, 'f');
		driver.press(0, 'e');
		Shell wizard = dialog("Export");
		Button json = driver.find(Button.class, b -> b.getShell() == wizard && "json".equals(b.getData("hjp.export.format")), "the JSON choice");
		driver.click(json);
		String format = driver.onUi(json::getText).replace("&", "");
		Text name = driver.find(Text.class, t -> t.getShell() == wizard && "name".equals(t.getData("hjp.export.field")), "the name field");
		assertEquals("export-me", driver.text(name), "the name defaults to the file's");
		Text into = driver.find(Text.class, t -> t.getShell() == wizard && "folder".equals(t.getData("hjp.export.field")), "the folder field");
		assertEquals(folder.toString(), driver.text(into), "the folder defaults to the partnership's, not the install folder");
		org.eclipse.swt.widgets.Label writes = driver.find(org.eclipse.swt.widgets.Label.class, l -> l.getShell() == wizard && "writes".equals(l.getData("hjp.export.field")), "what it writes");
		driver.waitUntil(() -> "Writes export-me.json.".equals(driver.text(writes)), "the wizard to say which file it writes");
		clickButton(wizard, "Finish");
		Path exported = folder.resolve("export-me.json");
		driver.waitUntil(() -> Files.exists(exported) && driver.onUi(wizard::isDisposed), "the JSON file and the wizard to close");
		Shell finished = dialog("Export finished");
		assertEquals("Exported: " + format.replaceFirst(":.*", "") + ".\nWritten into " + folder + ":\n\n  export-me.json",
				driver.onUi(() -> SwtDriver.findIn(finished, org.eclipse.swt.widgets.Label.class, l -> l.getText().startsWith("Exported: ")).getText()));
		clickButton(finished, "Open Folder");
		driver.waitUntil(() -> opened.equals(List.of(folder.toString())), "the folder to be opened on the desktop");
		assertTrue(Files.readString(exported).contains("Changed in the editor, not yet saved"), "the export holds the unsaved change");
		assertArrayEquals(saved, Files.readAllBytes(file), "the partnership file itself is untouched");

		driver.press(SWT.ALT, 'f');
		driver.press(0, 'e');
		Shell again = dialog("Export");
		driver.click(driver.find(Button.class, b -> b.getShell() == again && "json".equals(b.getData("hjp.export.format")), "the JSON choice"));
		clickButton(again, "Finish");
		Shell replace = dialog("Replace files?");
		clickButton(replace, "Cancel");
		driver.waitUntil(() -> driver.onUi(replace::isDisposed), "the question to close");
		driver.click(driver.find(Button.class, b -> b.getShell() == again && "xmi".equals(b.getData("hjp.export.format")), "the partnership file choice"));
		clickButton(again, "Finish");
		Shell refused = dialog("Choose another name");
		clickButton(refused, "OK");
		assertArrayEquals(saved, Files.readAllBytes(file), "an export never replaces the file being edited");
		driver.click(driver.find(Button.class, b -> b.getShell() == again && "ics".equals(b.getData("hjp.export.format")), "the calendar choice"));
		org.eclipse.swt.widgets.Label calendar = driver.find(org.eclipse.swt.widgets.Label.class, l -> l.getShell() == again && "writes".equals(l.getData("hjp.export.field")), "what it writes");
		driver.waitUntil(() -> "Writes export-me-coming-up.ics.".equals(driver.text(calendar)), "the wizard to offer the calendar");
		driver.click(driver.find(Button.class, b -> b.getShell() == again && "csv".equals(b.getData("hjp.export.format")), "the CSV choice"));
		driver.waitUntil(() -> "Writes 25 files, export-me-partnership.csv to export-me-assessment-results.csv.".equals(driver.text(calendar)),
				"the wizard to say how many files the CSV has rather than a list cut off under the page");
		clickButton(again, "Cancel");

		driver.runOnUi(() -> shell().getDisplay().asyncExec(() -> workbench.context().get(TransferActions.class).importFile(shell(), exported)));
		Shell unsaved = dialog("Save changes?");
		clickButton(unsaved, "Don't Save");
		driver.waitUntil(() -> document() != null && document().file().isEmpty(), "the import to open as a new partnership");
		assertEquals("Changed in the editor, not yet saved", driver.onUi(() -> document().partnership().getPurpose()));
		assertTrue(document().isDirty(), "an import is unsaved until the user saves it");
	}

	@Test
	void aFileThatCannotBeImportedIsExplainedAndLeftAlone() throws Exception {
		openCopyOfSample(folder, "current.hjp");
		Path bad = folder.resolve("bad.json");
		Files.writeString(bad, "{ \"eClass\": \"nonsense\" ");
		byte[] before = Files.readAllBytes(bad);
		driver.runOnUi(() -> shell().getDisplay().asyncExec(() -> workbench.context().get(TransferActions.class).importFile(shell(), bad)));
		Shell error = dialog("Could not import");
		driver.find(org.eclipse.swt.widgets.Label.class, l -> l.getShell() == error && l.getText().startsWith("bad.json: "), "the reason");
		clickButton(error, "OK");
		assertArrayEquals(before, Files.readAllBytes(bad));
		assertEquals(folder.resolve("current.hjp"), document().file().orElseThrow(), "the open partnership stays open");
		assertFalse(document().isDirty());
	}
}
