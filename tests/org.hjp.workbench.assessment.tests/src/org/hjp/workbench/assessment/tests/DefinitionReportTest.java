package org.hjp.workbench.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hjp.workbench.assessment.DefinitionReport;
import org.hjp.workbench.assessment.DefinitionReport.Problem;
import org.junit.jupiter.api.Test;

/** A definition's report lists every problem with its line, so that one misspelling does not hide the rest. */
class DefinitionReportTest {

	private static final String THREE_PROBLEMS = """
			<?xml version="1.0" encoding="UTF-8"?>
			<assessment:Instrument xmlns:assessment="http://hjp-workbench.org/model/assessment/1"
			    id="org.example.three" name="Three problems" version="1.0">
			  <scales id="agree" name="Agreement">
			    <points value="1" label="No"/>
			    <points value="2" label="Yes"/>
			  </scales>
			  <domains id="d" name="D">
			    <items id="d1" txet="Misspelt"/>
			    <items id="d2" text="On a scale nobody wrote" scale="five"/>
			    <bands min="0" max="2" label="Low"/>
			    <bands min="1" max="4" label="High"/>
			  </domains>
			</assessment:Instrument>
			""";

	@Test
	void misspeltAttributeDoesNotHideTheUndefinedScaleNorTheOverlappingBands() {
		List<Problem> problems = report(THREE_PROBLEMS).problems();
		assertEquals(List.of(9, 9, 10, 12), problems.stream().map(Problem::line).toList(), problems.toString());
		assertTrue(problems.get(0).sentence().contains("txet is not part of the instrument format"), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.sentence().contains("The statement d1 has no text")), problems.toString());
		assertTrue(problems.get(2).sentence().contains("the scale five, which the instrument does not define"), problems.toString());
		assertTrue(problems.get(3).sentence().contains("overlap"), problems.toString());
		assertTrue(problems.get(3).withLine().endsWith("(line 12)."), problems.get(3).withLine());
	}

	@Test
	void usableDefinitionHasNoProblemsAndGivesItsInstrument() {
		String fixed = THREE_PROBLEMS.replace("txet", "text").replace(" scale=\"five\"", "").replace("min=\"1\" max=\"4\"", "min=\"3\" max=\"4\"");
		DefinitionReport report = report(fixed);
		assertEquals(List.of(), report.problems());
		assertEquals("org.example.three", report.instrument().orElseThrow().getId());
	}

	@Test
	void fileThatIsNotXmlSaysWhereItBreaks() {
		List<Problem> problems = report(THREE_PROBLEMS.replace("</domains>", "</domain>")).problems();
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).sentence().contains("line 13"), problems.toString());
	}

	private static DefinitionReport report(String xml) {
		return DefinitionReport.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "three.instrument");
	}
}
