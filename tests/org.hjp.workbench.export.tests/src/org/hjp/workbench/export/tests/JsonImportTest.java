package org.hjp.workbench.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.core.persistence.PartnershipFileException;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.core.persistence.SamplePartnership;
import org.hjp.workbench.export.PartnershipJson;
import org.hjp.workbench.export.PartnershipReader;
import org.hjp.workbench.model.Partnership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON from other tools is imported only as a partnership file can keep it: a soft line break becomes a line break,
 * an identifier used twice is refused, and whatever is wrong is said in a plain sentence, not the JSON library's.
 */
class JsonImportTest {

	private static final String PARTNERSHIP = "http://hjp-workbench.org/model/partnership/1#//Partnership";

	@TempDir
	Path folder;

	@Test
	void aSoftLineBreakBecomesALineBreakAndTheFileSavesAndOpens() throws Exception {
		String json = sampleJson().replace("Legal help for families", "Legal help\\u000bfor families");
		Resource imported = PartnershipReader.read(Files.writeString(folder.resolve("plan.json"), json));
		assertTrue(((Partnership) imported.getContents().get(0)).getPurpose().startsWith("Legal help\nfor families"));
		Path saved = folder.resolve("plan.hjp");
		new PartnershipStore().save(imported, saved);
		assertTrue(((Partnership) new PartnershipStore().load(saved).getContents().get(0)).getPurpose().startsWith("Legal help\nfor families"));
	}

	@Test
	void anIdentifierUsedTwiceIsRefused() throws Exception {
		Matcher ids = Pattern.compile("\"(?:@id|_id|id)\"\\s*:\\s*\"([^\"]+)\"").matcher(sampleJson());
		assertTrue(ids.find() && ids.find(), "the sample's JSON has identifiers");
		String first = ids.group(1);
		assertTrue(ids.find());
		String json = sampleJson().replace("\"" + ids.group(1) + "\"", "\"" + first + "\"");
		PartnershipFileException e = assertThrows(PartnershipFileException.class,
				() -> PartnershipReader.read(Files.writeString(folder.resolve("twice.json"), json)));
		assertEquals("twice.json: it uses the identifier \u201c" + first + "\u201d for two things, so what refers to it is ambiguous;"
				+ " correct the JSON so that each identifier is used once.", e.getMessage());
	}

	@Test
	void whatIsWrongIsSaidInPlainWords() throws Exception {
		for (String json : List.of("", "{", "[", "\"text\"", "12", "null", "{}", "{\"eClass\": 12}", "{\"eClass\": \"" + PARTNERSHIP + "\", \"name\": [1, 2]}",
				"{\"eClass\": \"" + PARTNERSHIP + "\", \"name\": {\"a\": 1}}", "{\"eClass\": \"" + PARTNERSHIP + "\", \"organisations\": \"x\"}",
				"{\"eClass\": \"" + PARTNERSHIP + "\", \"organisations\": [{\"eClass\": \"nowhere#//X\"}]}", "{\"eClass\": \"" + PARTNERSHIP + "\", \"startDate\": \"soon\"}",
				"{\"eClass\": \"" + PARTNERSHIP + "\", \"setting\": \"moon\"}", "{\"eClass\": \"" + PARTNERSHIP + "\"} trailing")) {
			Path file = Files.writeString(folder.resolve("broken.json"), json);
			try {
				PartnershipReader.read(file);
			} catch (PartnershipFileException e) {
				String message = e.getMessage();
				assertTrue(message.startsWith("broken.json: "), json + " -> " + message);
				for (String raw : List.of("`", "[Source", "Exception", "java.", "index=", "null", "\n")) {
					assertFalse(message.contains(raw), json + " -> " + message);
				}
			}
		}
	}

	private String sampleJson() throws Exception {
		Path file = folder.resolve("sample.hjp");
		try (InputStream in = SamplePartnership.open()) {
			Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		ByteArrayOutputStream json = new ByteArrayOutputStream();
		PartnershipJson.write(new PartnershipStore().load(file), json);
		return json.toString(StandardCharsets.UTF_8);
	}
}
