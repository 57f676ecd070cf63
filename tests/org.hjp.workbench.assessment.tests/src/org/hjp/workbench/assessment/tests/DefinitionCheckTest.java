package org.hjp.workbench.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.hjp.workbench.assessment.DefinitionException;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.assessment.model.MissingPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Definitions that cannot be used are refused with a sentence that says what to fix. */
class DefinitionCheckTest {

	private static final String DOMAIN = "<domains id=\"d\" name=\"D\"><items id=\"i1\" text=\"A statement\"/></domains>\n";

	static Stream<Arguments> badDefinitions() {
		return Stream.of(
				Arguments.of("not XML", "this is not an instrument", "not a readable instrument file"),
				Arguments.of("cut off", Definitions.twoDomains("x", "").substring(0, 300), "not a readable instrument file"),
				Arguments.of("entity expansion", "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e \"eeeeeeeeee\"><!ENTITY f \"&e;&e;&e;&e;\">]>"
						+ Definitions.instrument("x", "1", Definitions.AGREE + DOMAIN).substring(39), "DOCTYPE"),
				Arguments.of("another root", "<?xml version=\"1.0\"?><a:Partnership xmlns:a=\"http://hjp-workbench.org/model/partnership/1\"/>", "does not hold one instrument"),
				Arguments.of("misspelt attribute", Definitions.instrument("x", "1", Definitions.AGREE + DOMAIN.replace("text=", "txet=")), "not a readable instrument file"),
				Arguments.of("no id", Definitions.instrument("", "1", Definitions.AGREE + DOMAIN), "has no id"),
				Arguments.of("no version", Definitions.instrument("x", "", Definitions.AGREE + DOMAIN), "has no version"),
				Arguments.of("no scale", Definitions.instrument("x", "1", DOMAIN), "has no response scale"),
				Arguments.of("no domains", Definitions.instrument("x", "1", Definitions.AGREE), "has no domains"),
				Arguments.of("one point", Definitions.instrument("x", "1", "<scales id=\"s\"><points value=\"1\" label=\"Only\"/></scales>" + DOMAIN), "a scale needs at least two"),
				Arguments.of("same value twice", Definitions.instrument("x", "1", "<scales id=\"s\"><points value=\"1\" label=\"A\"/><points value=\"1\" label=\"B\"/></scales>" + DOMAIN), "two points with the value 1"),
				Arguments.of("statement ids twice", Definitions.instrument("x", "1", Definitions.AGREE + DOMAIN + DOMAIN.replace("id=\"d\"", "id=\"e\"")), "Two statements have the id i1"),
				Arguments.of("domain ids twice", Definitions.instrument("x", "1", Definitions.AGREE + DOMAIN + DOMAIN.replace("i1", "i2")), "Two domains have the id d"),
				Arguments.of("unknown scale", Definitions.instrument("x", "1", Definitions.AGREE + DOMAIN.replace("text=", "scale=\"five\" text=")), "the scale five, which the instrument does not define"),
				Arguments.of("empty statement", Definitions.instrument("x", "1", Definitions.AGREE + DOMAIN.replace("A statement", "")), "The statement i1 has no text"),
				Arguments.of("overlapping bands", Definitions.instrument("x", "1", Definitions.AGREE + DOMAIN
						+ "<bands min=\"1\" max=\"2\" label=\"Low\"/><bands min=\"2\" max=\"3\" label=\"High\"/>"), "overlap"),
				Arguments.of("upside-down band", Definitions.instrument("x", "1", Definitions.AGREE + DOMAIN + "<bands min=\"3\" max=\"1\" label=\"Odd\"/>"), "starts above where it ends"),
				Arguments.of("minimum over 100", Definitions.instrument("x", "1", Definitions.AGREE + DOMAIN + "<scoring minimumAnswered=\"120\"/>"), "percentage from 0 to 100"),
				Arguments.of("undefined group", Definitions.instrument("x", "1", Definitions.AGREE + DOMAIN.replace("name=\"D\"", "name=\"D\" group=\"g\"")),
						"belongs to the group g, which the instrument does not define"),
				Arguments.of("group without domains", Definitions.instrument("x", "1", Definitions.AGREE + "<groups id=\"g\" name=\"G\"/>" + DOMAIN),
						"No domain belongs to the group g"),
				Arguments.of("group and domain share an id", Definitions.instrument("x", "1", Definitions.AGREE + "<groups id=\"d\" name=\"G\"/>"
						+ DOMAIN.replace("name=\"D\"", "name=\"D\" group=\"d\"")), "has the id of a group of domains"),
				Arguments.of("overlapping shared bands", Definitions.instrument("x", "1", Definitions.AGREE + DOMAIN
						+ "<domainBands min=\"1\" max=\"2\" label=\"Low\"/><domainBands min=\"2\" max=\"3\" label=\"High\"/>"), "Two bands of every domain overlap"),
				Arguments.of("too large", Definitions.instrument("x", "1", Definitions.AGREE + DOMAIN.replace("A statement", "x".repeat(3 * 1024 * 1024))), "larger than 2 MB"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badDefinitions")
	void badDefinitionIsRefusedWithAReason(String name, String xml, String expected) {
		DefinitionException e = assertThrows(DefinitionException.class, () -> Definitions.read(xml));
		assertTrue(e.getMessage().contains(expected), () -> "expected \u201c" + expected + "\u201d in: " + e.getMessage());
	}

	@Test
	void everyProblemIsListedAtOnce() {
		String xml = Definitions.instrument("", "", Definitions.AGREE + DOMAIN.replace("text=", "scale=\"five\" text="));
		DefinitionException e = assertThrows(DefinitionException.class, () -> Definitions.read(xml));
		assertEquals(3, e.problems().size(), e.problems().toString());
	}

	@Test
	void scoringDefaultsWhenLeftOut() throws DefinitionException {
		Instrument instrument = Definitions.read(Definitions.instrument("x", "1", Definitions.AGREE + DOMAIN));
		assertEquals(MissingPolicy.PRORATE, instrument.getScoring().getMissing());
		assertTrue(instrument.getScoring().isTotal());
		assertEquals(50, instrument.getScoring().getMinimumAnswered());
	}
}
