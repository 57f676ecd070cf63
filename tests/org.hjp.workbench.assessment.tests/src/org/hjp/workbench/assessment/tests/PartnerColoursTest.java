package org.hjp.workbench.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.hjp.workbench.assessment.scoring.PartnerColours;
import org.junit.jupiter.api.Test;

class PartnerColoursTest {

	@Test
	void screenAndDocumentsDrawEachPartnerInTheSameColour() {
		for (int i = 0; i < 8; i++) {
			assertEquals(PartnerColours.rgb(i), Integer.parseInt(PartnerColours.hex(i).substring(1), 16), "partner " + i);
		}
		assertEquals("#4678b4", PartnerColours.hex(0));
	}

	@Test
	void partnersBeyondThePaletteShareItsLastColour() {
		assertNotEquals(PartnerColours.rgb(0), PartnerColours.rgb(1));
		assertEquals(PartnerColours.rgb(4), PartnerColours.rgb(9));
	}
}
