package org.hjp.workbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hjp.workbench.cli.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code hjp validate --format json}: one document with each problem's severity, message, rule and the path of its item. */
class CliValidateJsonTest {

	@TempDir
	Path folder;

	private Path sample;

	@BeforeEach
	void copySample() throws IOException {
		sample = SampleFile.copy(folder.resolve("riverbend.hjp"));
	}

	@Test
	void eachProblemHasItsRuleAndThePathOfItsItem() throws Exception {
		// The hospital, the second partner, loses its name, and so does the first of its people.
		Path broken = Files.writeString(folder.resolve("broken.hjp"), Files.readString(sample)
				.replace("xmi:id=\"org-hospital\" name=\"Riverbend Regional Hospital\"", "xmi:id=\"org-hospital\"")
				.replace("xmi:id=\"person-helen\" name=\"Helen Whitford\"", "xmi:id=\"person-helen\""));
		CliRun run = CliRun.hjp("validate", "--format", "json", broken.toString());
		assertEquals(Cli.INVALID, run.code(), run.err());
		JsonNode files = new ObjectMapper().readTree(run.out()).get("files");
		assertEquals(1, files.size(), run.out());
		assertEquals(broken.toString(), files.get(0).get("file").asText());
		List<String> problems = new ArrayList<>();
		for (JsonNode problem : files.get(0).get("problems")) {
			problems.add(String.join(" | ", problem.get("severity").asText(), problem.get("rule").asText(), problem.get("path").asText(),
					problem.get("message").asText()));
		}
		assertTrue(problems.contains("error | Organisation.name | /organisations[2] | A partner organisation has no name."), String.join("\n", problems));
		assertTrue(problems.contains("warning | Person.name | /organisations[2]/people[1] | A person in an organisation has no name."),
				String.join("\n", problems));
		assertEquals(8, problems.size(), "the sample's six warnings and the two new problems: " + String.join("\n", problems));
	}

	@Test
	void aBatchIsOneDocumentOfTheFilesThatCouldBeRead() throws Exception {
		Path second = Files.copy(sample, folder.resolve("second.hjp"));
		Path bad = Files.writeString(folder.resolve("bad.hjp"), "not a partnership");
		CliRun run = CliRun.hjp("validate", "--format=json", sample.toString(), bad.toString(), second.toString());
		assertEquals(Cli.BAD_FILES, run.code(), run.err());
		assertEquals(1, run.reasons().size(), run.err());
		JsonNode files = new ObjectMapper().readTree(run.out()).get("files");
		assertEquals(List.of(sample.toString(), second.toString()), List.of(files.get(0).get("file").asText(), files.get(1).get("file").asText()));
		assertEquals(6, files.get(1).get("problems").size(), run.out());
	}

	@Test
	void textStaysTheDefaultAndOtherFormatsAreRefused() throws Exception {
		assertEquals(CliRun.hjp("validate", sample.toString()).out(), CliRun.hjp("validate", "--format", "text", sample.toString()).out());
		CliRun xml = CliRun.hjp("validate", "--format", "xml", sample.toString());
		assertEquals(Cli.USAGE, xml.code());
		assertEquals(List.of("hjp validate: the formats are text and json."), xml.err().lines().toList());
	}
}
