package org.hjp.workbench.assessment.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.hjp.workbench.assessment.DefinitionException;
import org.hjp.workbench.assessment.InstrumentDefinitions;
import org.hjp.workbench.assessment.model.Instrument;

/** Small instrument definitions for tests, written as a plug-in author would write them. */
final class Definitions {

	static final String AGREE = """
			  <scales id="agree" name="Agreement" dontKnow="true" notApplicable="true">
			    <points value="1" label="Disagree"/><points value="2" label="Unsure"/><points value="3" label="Agree"/>
			  </scales>
			""";
	static final String YES_NO = """
			  <scales id="yesno" name="Yes or no">
			    <points value="0" label="No"/><points value="1" label="Yes"/>
			  </scales>
			""";

	private Definitions() {
	}

	/** A definition with the given id, version, and body (scales, domains, scoring, bands). */
	static String instrument(String id, String version, String body) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<assessment:Instrument xmlns:assessment=\"http://hjp-workbench.org/model/assessment/1\" id=\"" + id + "\" name=\"Test " + id
				+ "\" version=\"" + version + "\">\n" + body + "</assessment:Instrument>\n";
	}

	/** Two domains (a: a1 a2 reverse, b: b1 b2) on a three-point scale, scored as {@code scoring} says. */
	static String twoDomains(String id, String scoring) {
		return instrument(id, "1.0", AGREE + """
				  <domains id="a" name="Domain A">
				    <items id="a1" text="First"/><items id="a2" text="Second, a drawback" reverse="true"/>
				  </domains>
				  <domains id="b" name="Domain B">
				    <items id="b1" text="Third"/><items id="b2" text="Fourth"/>
				  </domains>
				""" + scoring);
	}

	static Instrument read(String xml) throws DefinitionException {
		return InstrumentDefinitions.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.instrument");
	}
}
