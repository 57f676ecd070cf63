package org.hjp.workbench.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.hjp.workbench.assessment.DefinitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Definitions far larger than any real instrument are refused, with a sentence that names the limit, instead of being checked for ever. */
class DefinitionLimitsTest {

	private static final String ITEM = "<items id=\"i1\" text=\"A statement\"/>";
	private static final String DOMAIN = "<domains id=\"d\" name=\"D\">" + ITEM + "</domains>\n";

	static Stream<Arguments> overALimit() {
		return Stream.of(
				Arguments.of("20,000 bands for the total", Definitions.instrument("x", "1", Definitions.AGREE + DOMAIN + times(20_000, i -> band(i, i + 0.5))),
						"The instrument \u201cTest x\u201d has 20000 bands for the total; at most 100 are allowed."),
				Arguments.of("101 bands for a domain", Definitions.instrument("x", "1", Definitions.AGREE
						+ DOMAIN.replace("</domains>", times(101, i -> band(i, i + 0.5)) + "</domains>")),
						"The instrument \u201cTest x\u201d has 101 bands for the domain \u201cD\u201d; at most 100 are allowed."),
				Arguments.of("2,001 statements", Definitions.instrument("x", "1", Definitions.AGREE
						+ DOMAIN.replace(ITEM, times(2001, i -> "<items id=\"i" + i + "\" text=\"A statement\"/>"))),
						"The instrument \u201cTest x\u201d has 2001 statements; at most 2000 are allowed."),
				Arguments.of("201 domains", Definitions.instrument("x", "1", Definitions.AGREE
						+ times(201, i -> DOMAIN.replace("id=\"d\"", "id=\"d" + i + "\"").replace("i1", "i" + i))),
						"The instrument \u201cTest x\u201d has 201 domains; at most 200 are allowed."),
				Arguments.of("101 response scales", Definitions.instrument("x", "1", times(101, i -> Definitions.YES_NO.replace("yesno", "yesno" + i)) + DOMAIN),
						"The instrument \u201cTest x\u201d has 101 response scales; at most 100 are allowed."),
				Arguments.of("1,001 points on a scale", Definitions.instrument("x", "1", "<scales id=\"wide\">"
						+ times(1001, i -> "<points value=\"" + i + "\" label=\"" + i + "\"/>") + "</scales>" + DOMAIN),
						"The instrument \u201cTest x\u201d has a response scale (wide) of 1001 points; at most 1000 are allowed."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("overALimit")
	void aDefinitionOverALimitIsRefusedWithTheLimit(String name, String xml, String expected) {
		// Only a guard against hanging the build: before the limits, the first case took hours.
		DefinitionException e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(DefinitionException.class, () -> Definitions.read(xml)));
		assertEquals(List.of(expected), e.problems());
	}

	@Test
	void aBandOverlappingSeveralLaterOnesIsNamedWithEach() {
		String bands = band(0, 10) + band(1, 2) + band(3, 4) + band(5, 5);
		DefinitionException e = assertThrows(DefinitionException.class, () -> Definitions.read(Definitions.instrument("x", "1", Definitions.AGREE + DOMAIN + bands)));
		assertEquals(List.of("Two bands of the total overlap (0.0 to 10.0 and 1.0 to 2.0) (line 7).", "Two bands of the total overlap (0.0 to 10.0 and 3.0 to 4.0) (line 7).",
				"Two bands of the total overlap (0.0 to 10.0 and 5.0 to 5.0) (line 7)."), e.problems());
	}

	@Test
	void aHundredBandsInAnyOrderThatOnlyMeetAreAccepted() throws DefinitionException {
		String bands = times(100, i -> band(99 - i, 99 - i + 0.99));
		assertEquals(100, Definitions.read(Definitions.instrument("x", "1", Definitions.AGREE + DOMAIN + bands)).getBands().size());
	}

	private static String band(double min, double max) {
		return "<bands min=\"" + min + "\" max=\"" + max + "\" label=\"Band\"/>";
	}

	private static String times(int count, IntFunction<String> part) {
		return IntStream.range(0, count).mapToObj(part).collect(Collectors.joining("\n"));
	}
}
