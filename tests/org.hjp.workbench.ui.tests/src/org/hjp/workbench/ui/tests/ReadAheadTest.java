package org.hjp.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.core.persistence.SamplePartnership;
import org.hjp.workbench.core.validation.Problem;
import org.hjp.workbench.model.PartnershipPackage;
import org.hjp.workbench.ui.session.DocumentActions;
import org.hjp.workbench.ui.session.LiveValidation;
import org.hjp.workbench.ui.session.ReadAhead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The partnership opened at start is read, and checked, on a thread of its own while the window is built: what
 * that thread found is what the workbench shows, and a file it cannot read is explained as any other.
 */
class ReadAheadTest extends WorkbenchTest {

	@TempDir
	Path folder;

	@Test
	void theProblemsFoundAheadAreShownUntilThePartnershipChanges() throws Exception {
		Path file = copyOfSample(folder, "ahead.hjp");
		ReadAhead ahead = ReadAhead.start(file, new PartnershipStore(), root -> List.of(new Problem(Problem.Severity.INFO, "found ahead", root, null)));
		List<String> shownAtOpening = driver.onUi(() -> {
			openAsAtStart(ahead);
			return messages();
		});
		assertEquals(List.of("found ahead"), shownAtOpening, "the problems come from the thread that read the file");
		assertEquals(List.of("found ahead"), messages(), "and stay while the partnership is unchanged");

		driver.runOnUi(() -> document().commandStack().execute(SetCommand.create(document().editingDomain(), document().partnership(),
				PartnershipPackage.Literals.PARTNERSHIP__NAME, "Changed after opening")));
		driver.waitUntil(() -> !messages().contains("found ahead"), "the changed partnership to be checked again");
	}

	@Test
	void checkingThatFailsAheadIsDoneWhenThePartnershipIsShown() throws Exception {
		Path file = copyOfSample(folder, "check-fails.hjp");
		Function<EObject, List<Problem>> failing = root -> {
			throw new IllegalStateException("a rule broke while the window was built");
		};
		ReadAhead ahead = ReadAhead.start(file, new PartnershipStore(), failing);
		driver.runOnUi(() -> openAsAtStart(ahead));
		driver.waitUntil(() -> document() != null && document().file().map(file::equals).orElse(false), "the file read ahead to open");
		List<String> checkedNow = driver.onUi(() -> workbench.context().get(LiveValidation.class).check(document().partnership())
				.stream().map(Problem::message).toList());
		assertTrue(!checkedNow.isEmpty(), "the sample has problems to show");
		assertEquals(checkedNow, messages(), "the partnership is checked when it is shown");
	}

	@Test
	void aFileThatCannotBeReadAheadIsExplained() throws Exception {
		Path bad = folder.resolve("cut-off.hjp");
		byte[] sample;
		try (InputStream in = SamplePartnership.open()) {
			sample = in.readAllBytes();
		}
		Files.write(bad, Arrays.copyOf(sample, sample.length / 3));
		ReadAhead ahead = ReadAhead.start(bad, new PartnershipStore(), root -> List.of());

		workbench.display().asyncExec(() -> workbench.context().get(DocumentActions.class).open(shell(), ahead));
		Shell error = dialog("Could not open the partnership");
		String text = labels(error);
		assertTrue(text.contains("cut-off.hjp: the file is incomplete: it ends too early"), text);
		driver.press(0, SWT.CR);
		driver.waitUntil(() -> driver.onUi(error::isDisposed), "the message to close");
	}

	/** Opens the file as the workbench does at start, its problems those {@code ahead} found; call on the UI thread. */
	private void openAsAtStart(ReadAhead ahead) {
		workbench.context().get(LiveValidation.class).useProblemsFoundAhead(ahead);
		workbench.context().get(DocumentActions.class).open(shell(), ahead);
	}

	private List<String> messages() {
		return driver.onUi(() -> workbench.context().get(LiveValidation.class).problems().stream().map(Problem::message).toList());
	}

}
