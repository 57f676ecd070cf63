package org.hjp.workbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.core.persistence.FileText;
import org.hjp.workbench.core.persistence.PartnershipFileException;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.core.persistence.SamplePartnership;
import org.hjp.workbench.model.Partnership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text a partnership file cannot keep (a control character such as Word's soft line break, set by a plug-in or
 * an import that did not clean it) stops the save with a sentence naming the field, never quoting the text, and
 * the file on disk stays as it was.
 */
class UnfitTextTest {

	private static final String PRIVATE = "Ms Example's phone number";

	@TempDir
	Path folder;

	@Test
	void savingATextTheFileCannotKeepNamesTheFieldAndChangesNothing() throws Exception {
		Path file = SamplePartnership.copyInto(folder);
		PartnershipStore store = new PartnershipStore();
		Resource resource = store.load(file);
		byte[] before = Files.readAllBytes(file);
		((Partnership) resource.getContents().get(0)).setPurpose(PRIVATE + "\u000Bon a new line");

		PartnershipFileException e = assertThrows(PartnershipFileException.class, () -> store.save(resource, file));
		assertEquals(file.getFileName() + ": \u201cPurpose\u201d of partnership \u201cRiverbend Health Justice Partnership\u201d holds a character"
				+ " a partnership file cannot keep (a control character, such as a soft line break pasted from Word). Nothing was changed"
				+ " on disk; retype that text and save again.", e.getMessage());
		assertFalse(e.getMessage().contains(PRIVATE), "the message does not quote the text");
		assertArrayEquals(before, Files.readAllBytes(file));
		assertThrows(PartnershipFileException.class, () -> store.content(resource, file));
	}

	@Test
	void cleaningKeepsWhatTheFileCanHold() {
		assertEquals("a\nb\nc", FileText.clean("a\u000Bb\u000Cc"));
		assertEquals("ab", FileText.clean("a\u0000\u001F\uFFFEb\uD800"));
		assertEquals("caf\u00E9 \uD83D\uDE00\t\r\n", FileText.clean("caf\u00E9 \uD83D\uDE00\t\r\n"));
	}
}
