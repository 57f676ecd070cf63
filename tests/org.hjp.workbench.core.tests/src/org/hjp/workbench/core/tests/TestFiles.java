package org.hjp.workbench.core.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.hjp.workbench.core.persistence.SamplePartnership;

/** The bundled sample, as text, for tests that derive bad or unusual files from it. */
final class TestFiles {

	private TestFiles() {
	}

	static String sample() throws IOException {
		try (InputStream in = SamplePartnership.open()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
