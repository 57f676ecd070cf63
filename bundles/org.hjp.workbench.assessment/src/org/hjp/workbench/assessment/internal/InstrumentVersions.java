package org.hjp.workbench.assessment.internal;

import java.util.Arrays;

/** Compares version strings such as 1.0, 1.10 and 2.0-draft by their numbers, then as text. */
final class InstrumentVersions {

	private InstrumentVersions() {
	}

	static int compare(String a, String b) {
		int[] x = numbers(a);
		int[] y = numbers(b);
		int byNumbers = Arrays.compare(x, y);
		return byNumbers != 0 ? byNumbers : String.valueOf(a).compareTo(String.valueOf(b));
	}

	private static int[] numbers(String version) {
		if (version == null) {
			return new int[0];
		}
		return Arrays.stream(version.split("[^0-9]+")).filter(s -> !s.isEmpty()).mapToInt(s -> {
			try {
				return Integer.parseInt(s);
			} catch (NumberFormatException e) {
				return Integer.MAX_VALUE;
			}
		}).toArray();
	}
}
