package org.hjp.workbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.model.Partnership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data of a package that is not installed opens, is reported, and survives a save untouched. */
class UnknownContentTest {

	private static final String ACME = "http://acme.example/funding-report/1";

	@TempDir
	Path folder;

	@Test
	void dataOfAnUninstalledPluginSurvivesSave() throws IOException {
		String withPlugin = TestFiles.sample()
				.replace("xmlns:learning=", "xmlns:acme=\"" + ACME + "\" xmlns:learning=")
				.replace("</partnership:Partnership>", "  <extensions xsi:type=\"acme:FundingReport\" funder=\"State Legal Services Board\" year=\"2025\">\n"
						+ "    <lines label=\"Clients assisted\" amount=\"212\"/>\n  </extensions>\n</partnership:Partnership>");
		Path file = folder.resolve("with-plugin.hjp");
		Files.writeString(file, withPlugin);

		PartnershipStore store = new PartnershipStore();
		PartnershipDocument document = PartnershipDocument.opened(store.load(file), file);
		assertEquals(List.of(ACME), document.unknownNamespaces());
		assertEquals(4, document.partnership().getExtensions().size(), "our own stages are all there");

		Path copy = folder.resolve("copy.hjp");
		document.saveAs(store, copy);
		String saved = Files.readString(copy);
		// The namespace prefix may change; the namespace, the element and its content may not.
		assertTrue(saved.matches("(?s).*xmlns:([\\w.-]+)=\"" + ACME + "\".*<extensions xsi:type=\"\\1:FundingReport\".*"), saved);
		assertTrue(saved.contains("funder=\"State Legal Services Board\""), saved);
		assertTrue(saved.contains("label=\"Clients assisted\" amount=\"212\""), saved);

		PartnershipDocument reopened = PartnershipDocument.opened(store.load(copy), copy);
		assertEquals(List.of(ACME), reopened.unknownNamespaces());
		Partnership original = document.partnership();
		assertTrue(EcoreUtil.equals(original, reopened.partnership()));
	}
}
