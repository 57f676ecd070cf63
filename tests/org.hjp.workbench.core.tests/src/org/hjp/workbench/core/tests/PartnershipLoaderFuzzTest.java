package org.hjp.workbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hjp.workbench.core.persistence.PartnershipFileException;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.tests.generator.FuzzCampaign;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded mutation fuzzer over the partnership file loader: mutants of the sample must open as a partnership or
 * fail with the loader's own plain error naming the file; anything else is a finding (see {@link FuzzCampaign};
 * counts in target/fuzz-partnership-loader.txt).
 */
class PartnershipLoaderFuzzTest {

	@TempDir
	Path folder;

	@Test
	void mutantsOfTheSampleOpenOrFailWithAPlainMessage() throws Exception {
		Path file = folder.resolve("mutant.hjp");
		List<String> findings = new FuzzCampaign("partnership-loader", "hjp").run(TestFiles.sample().getBytes(StandardCharsets.UTF_8), mutant -> {
			Files.write(file, mutant);
			try {
				Object root = new PartnershipStore().load(file).getContents().get(0);
				return root instanceof Partnership ? "opened" : "opened something else: " + root;
			} catch (PartnershipFileException e) {
				if (!e.getMessage().startsWith("mutant.hjp: ")) {
					throw new AssertionError("a message that does not name the file: " + e.getMessage());
				}
				return "refused with a plain message";
			}
		});
		assertEquals(List.of(), findings, "mutants that broke the loader (kept in target/fuzz-findings)");
	}
}
