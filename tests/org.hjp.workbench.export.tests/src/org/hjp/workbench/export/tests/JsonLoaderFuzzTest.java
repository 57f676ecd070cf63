package org.hjp.workbench.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.core.persistence.SamplePartnership;
import org.hjp.workbench.export.PartnershipJson;
import org.hjp.workbench.tests.generator.FuzzCampaign;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded mutation fuzzer over the JSON import (File > Import, and the command line's .json files), seeded with
 * the sample exported as JSON: a mutant must be read as a partnership or refused with the reader's IOException;
 * anything else is a finding (see {@link FuzzCampaign}; counts in target/fuzz-json-loader.txt).
 */
class JsonLoaderFuzzTest {

	@TempDir
	Path folder;

	@Test
	void mutantsOfTheSampleAsJsonAreReadOrRefused() throws Exception {
		Path sample = SamplePartnership.copyInto(folder);
		ByteArrayOutputStream json = new ByteArrayOutputStream();
		PartnershipJson.write(new PartnershipStore().load(sample), json);
		URI target = URI.createFileURI(folder.resolve("imported.hjp").toString());
		List<String> findings = new FuzzCampaign("json-loader", "json").run(json.toByteArray(), mutant -> {
			try {
				PartnershipJson.read(new ByteArrayInputStream(mutant), target);
				return "read";
			} catch (IOException e) {
				return "refused";
			}
		});
		assertEquals(List.of(), findings, "mutants that broke the JSON reader (kept in target/fuzz-findings)");
	}
}
