package org.hjp.workbench.assessment.scoring;

import java.util.List;

/**
 * The colour each partner's scores are drawn in, the same on screen and in documents: the first partner in blue, the
 * second in green and so on; the last colour (grey) for any further partner and for the partnership as a whole.
 */
public final class PartnerColours {

	private static final List<Integer> RGB = List.of(0x4678b4, 0x5aa05a, 0xc88c32, 0x9664aa, 0x787878);

	private PartnerColours() {
	}

	/** The colour of the partner at {@code index}, as 0xRRGGBB. */
	public static int rgb(int index) {
		return RGB.get(Math.min(index, RGB.size() - 1));
	}

	/** The colour of the partner at {@code index} for HTML and CSS: {@code #rrggbb}. */
	public static String hex(int index) {
		return String.format("#%06x", rgb(index));
	}
}
