package org.hjp.workbench.report.tests;

import static org.hjp.workbench.tests.generator.Services.exporter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.core.documents.DataTable;
import org.hjp.workbench.core.documents.ReportBlock;
import org.hjp.workbench.core.documents.ReportSection;
import org.hjp.workbench.core.documents.StageDocuments;
import org.hjp.workbench.core.documents.Wording;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.core.persistence.SamplePartnership;
import org.hjp.workbench.export.Exporter;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.tests.generator.InstalledStages;
import org.hjp.workbench.tests.generator.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;

/**
 * Stages contribute their own sections of the plan report and their own CSV tables as services: an organisation's
 * stage plug-in installed into the running product is in both, and gone from both once uninstalled; a contribution
 * that fails is named and does not take the other stages' content with it.
 */
class StageDocumentsTest {

	private static final String PROFILE_STAGE = "org.hjp.workbench.stage.profile";

	@TempDir
	Path folder;

	@Test
	void aStagePluginInstalledAtRuntimeHasItsSectionAndTableAndLosesThemWhenUninstalled() throws Exception {
		InstalledStages.documents();
		Resource sample = sample();
		assertFalse(html(sample).contains("Funding ends"), "no funding section before the plug-in");
		Exporter csv = exporter("csv");
		Bundle bundle = Services.context().installBundle(stageJar().toUri().toString());
		try {
			bundle.start();
			waitUntil(() -> csvFiles(csv).contains("sample-funding.csv"), "the plug-in's table among the CSV files");
			String page = html(sample);
			assertTrue(page.contains("<h2>Funding and reporting</h2>"), "the plug-in's section");
			assertTrue(page.indexOf("<h2>Funding and reporting</h2>") > page.indexOf("<h2>What the partners do together</h2>")
					&& page.indexOf("<h2>Funding and reporting</h2>") < page.indexOf("<h2>How the partners work together</h2>"),
					"in the stage's place, after the activities and before the agreement");
			assertTrue(page.contains("<th scope=\"row\">Funding ends</th><td>No end date recorded"), page);

			List<Path> written = csv.write(sample, folder, "sample");
			Path funding = written.stream().filter(f -> f.getFileName().toString().equals("sample-funding.csv")).findFirst().orElseThrow();
			assertEquals("partnership,status,funded since,funding ends\r\nRiverbend Health Justice Partnership,Active,2025-02-03,\r\n",
					Files.readString(funding, StandardCharsets.UTF_8));

			bundle.uninstall();
			waitUntil(() -> !csvFiles(csv).contains("sample-funding.csv"), "the plug-in's table to go");
			assertFalse(html(sample).contains("Funding ends"), "the section goes with the plug-in");
		} finally {
			if (bundle.getState() != Bundle.UNINSTALLED) {
				bundle.uninstall();
			}
		}
	}

	@Test
	void aSectionThatFailsIsNamedAndTheOtherSectionsAreStillThere() throws Exception {
		InstalledStages.documents();
		ServiceRegistration<StageDocuments> failing = Services.register(StageDocuments.class, new Failing());
		try {
			String page = html(sample());
			assertTrue(page.contains("<h2>Partnership profile</h2>\n<p class=\"muted\">This stage&#39;s plug-in failed to write its section; the workbench&#39;s log says why.</p>"),
					page);
			assertTrue(page.contains("<h2>What the partners do together</h2>"), "the other stages' sections are still there");
			IOException refused = assertThrows(IOException.class, () -> exporter("csv").write(sample(), folder, "failing"));
			assertEquals("The stage \u201cPartnership profile\u201d failed to give its tables; the workbench's log says why.", refused.getMessage());
			try (Stream<Path> files = Files.list(folder)) {
				assertEquals(List.of(), files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".csv")).toList(), "no CSV file is written");
			}
		} finally {
			failing.unregister();
		}
	}

	@Test
	void aSectionWithNothingWhereTextShouldBeIsStillLaidOut() throws Exception {
		InstalledStages.documents();
		StageDocuments empty = new StageDocuments() {
			@Override
			public String stageId() {
				return PROFILE_STAGE;
			}

			@Override
			public ReportSection section(Partnership partnership, Wording words) {
				return new ReportSection(null, List.of(new ReportBlock.Text(null), new ReportBlock.Answers(List.of(new ReportBlock.Answer(null, null))),
						new ReportBlock.Part(null, List.of())));
			}
		};
		ServiceRegistration<StageDocuments> registration = Services.register(StageDocuments.class, empty);
		try {
			String page = html(sample());
			assertTrue(page.contains("<h2>What the partners do together</h2>"), "the other stages' sections are there");
			assertFalse(page.contains("null"), "nothing is written as null");
			assertTrue(Files.size(exporter("report-pdf").write(sample(), folder, "empty").get(0)) > 1000, "the PDF lays out");
		} finally {
			registration.unregister();
		}
	}

	@Test
	void twoStagesGivingATableOfTheSameNameAreRefusedRatherThanOneReplacingTheOther() throws Exception {
		InstalledStages.documents();
		StageDocuments clash = new StageDocuments() {
			@Override
			public String stageId() {
				return PROFILE_STAGE;
			}

			@Override
			public List<String> tableNames() {
				return List.of("measures");
			}

			@Override
			public List<DataTable> tables(Partnership partnership, Wording words) {
				return List.of(DataTable.of("measures", List.of(partnership)).column("name", Partnership::getName).table());
			}
		};
		ServiceRegistration<StageDocuments> registration = Services.register(StageDocuments.class, clash);
		try {
			IOException refused = assertThrows(IOException.class, () -> exporter("csv").write(sample(), folder, "clash"));
			assertEquals("The stage \u201cLearning and evolving\u201d gives a table named measures, as another stage does; one would replace the other.",
					refused.getMessage());
		} finally {
			registration.unregister();
		}
	}

	private String html(Resource sample) throws Exception {
		Path html = exporter("report-html").write(sample, folder, "plan").get(0);
		return Files.readString(html, StandardCharsets.UTF_8);
	}

	private List<String> csvFiles(Exporter csv) {
		return csv.files(folder, "sample").stream().map(f -> f.getFileName().toString()).toList();
	}

	private static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 10_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("Waited 10 s for " + what);
			}
			Thread.sleep(50);
		}
	}

	private Resource sample() throws Exception {
		Path file = folder.resolve("sample.hjp");
		if (Files.notExists(file)) {
			try (InputStream in = SamplePartnership.open()) {
				Files.copy(in, file);
			}
		}
		return new PartnershipStore().load(file);
	}

	private static Path stageJar() throws IOException {
		Path target = Path.of(System.getProperty("hjp.extrastage.folder"));
		try (Stream<Path> files = Files.list(target)) {
			return files.filter(f -> f.getFileName().toString().matches("org\\.hjp\\.workbench\\.tests\\.extrastage-.*(?<!sources)\\.jar"))
					.findFirst().orElseThrow(() -> new AssertionError("The stage plug-in is not built in " + target));
		}
	}

	/** A contribution for the profile stage, registered after the profile's own, which fails. */
	private static final class Failing implements StageDocuments {

		@Override
		public String stageId() {
			return PROFILE_STAGE;
		}

		@Override
		public List<String> tableNames() {
			return List.of("broken");
		}

		@Override
		public ReportSection section(Partnership partnership, Wording words) {
			throw new IllegalStateException("a bug in a plug-in");
		}

		@Override
		public List<DataTable> tables(Partnership partnership, Wording words) {
			throw new IllegalStateException("a bug in a plug-in");
		}
	}
}
