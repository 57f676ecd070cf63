package org.hjp.workbench.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.hjp.workbench.provisioning.BundleNews;
import org.hjp.workbench.provisioning.InstallReport;
import org.hjp.workbench.tests.generator.Services;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** Once a plug-in is installed, the user is told which instruments it adds and which it offers that are left out, and why. */
class InstrumentNewsTest {

	@Test
	void anInstalledPluginsInstrumentsAreNamed() throws Exception {
		Bundle bundle = InstrumentBundles.install("test.news.good", "good.instrument", Map.of("good.instrument", Definitions.twoDomains("test.news.good", "")));
		try {
			InstallReport report = Services.get(BundleNews.class).news(bundle);
			assertEquals(List.of("It adds the assessment instrument \u201cTest test.news.good\u201d (version 1.0), in Learning and evolving > Assessments > Add."), report.added());
			assertEquals(List.of(), report.leftOut());
		} finally {
			bundle.uninstall();
		}
	}

	@Test
	void anInstrumentLeftOutIsNamedWithWhy() throws Exception {
		String olderChecklist = Definitions.twoDomains(ScoringTest.CHECKLIST, "").replace("version=\"1.0\">", "version=\"0.9\">");
		Bundle bundle = InstrumentBundles.install("test.news.mixed", "older.instrument, bad.instrument",
				Map.of("older.instrument", olderChecklist, "bad.instrument", Definitions.twoDomains("test.news.bad", "").replace("id=\"b2\"", "id=\"b1\"")));
		try {
			InstallReport report = Services.get(BundleNews.class).news(bundle);
			assertEquals(List.of(), report.added());
			assertEquals(2, report.leftOut().size(), report.leftOut().toString());
			assertTrue(report.leftOut().get(0).contains("(version 0.9) of test.news.mixed is not offered: version 1.0 from org.hjp.workbench.assessment.checklist is newer"),
					report.leftOut().get(0));
			assertTrue(report.leftOut().get(1).contains("bad.instrument that cannot be used: Two statements have the id b1"), report.leftOut().get(1));
		} finally {
			bundle.uninstall();
		}
	}

	@Test
	void aPluginThatCannotBeStartedIsSaidNotToOfferItsInstruments() throws Exception {
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
		manifest.getMainAttributes().putValue("Bundle-SymbolicName", "test.news.unresolved");
		manifest.getMainAttributes().putValue("Import-Package", "org.example.nowhere");
		manifest.getMainAttributes().putValue("HJP-Instruments", "good.instrument");
		ByteArrayOutputStream jar = new ByteArrayOutputStream();
		try (JarOutputStream out = new JarOutputStream(jar, manifest)) {
			out.putNextEntry(new JarEntry("good.instrument"));
			out.write(Definitions.twoDomains("test.news.unresolved", "").getBytes(StandardCharsets.UTF_8));
		}
		Bundle bundle = Services.context().installBundle("test:test.news.unresolved", new ByteArrayInputStream(jar.toByteArray()));
		try {
			InstallReport report = Services.get(BundleNews.class).news(bundle);
			assertEquals(List.of(), report.added());
			assertEquals(List.of("The plug-in test.news.unresolved is installed but could not be started: it needs something this workbench does not have,"
					+ " so its instruments cannot be used."), report.leftOut());
		} finally {
			bundle.uninstall();
		}
	}

	@Test
	void aBundleWithoutInstrumentsHasNothingToSay() throws Exception {
		Bundle bundle = InstrumentBundles.install("test.news.none", null, Map.of());
		try {
			assertEquals(InstallReport.NOTHING, Services.get(BundleNews.class).news(bundle));
		} finally {
			bundle.uninstall();
		}
	}
}
