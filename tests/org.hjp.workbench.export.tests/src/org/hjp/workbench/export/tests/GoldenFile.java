package org.hjp.workbench.export.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The expected exports of the sample, in the test bundle's golden folder. */
final class GoldenFile {

	private GoldenFile() {
	}

	static String text(String name) throws IOException {
		try (InputStream in = GoldenFile.class.getResourceAsStream("/golden/" + name)) {
			if (in == null) {
				throw new AssertionError("no golden file " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
