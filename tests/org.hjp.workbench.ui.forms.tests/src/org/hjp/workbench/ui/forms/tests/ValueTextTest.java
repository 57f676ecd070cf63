package org.hjp.workbench.ui.forms.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eclipse.emf.ecore.EcorePackage;
import org.hjp.workbench.ui.forms.internal.ValueText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a user types into a field becomes a value, or a message saying what to type instead. */
class ValueTextTest {

	@ParameterizedTest
	@ValueSource(strings = { "2026-03-31", "31/3/2026", "31/03/2026", "31 Mar 2026", "31 March 2026", "  31 March 2026 " })
	void aDateReadsTheWaysPeopleWriteIt(String typed) {
		assertEquals("2026-03-31", ValueText.format(ValueText.parse(EcorePackage.Literals.EDATE, typed)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "31/13/2026", "30 February 2026", "next Tuesday", "31/3/26", "2026-03-31 and more" })
	void aDateThatIsNotOneSaysHowToWriteIt(String typed) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ValueText.parse(EcorePackage.Literals.EDATE, typed));
		assertEquals("Enter a date such as 2026-03-31, 31/3/2026 or 31 March 2026.", e.getMessage());
	}

	@Test
	void numbersAndBlanks() {
		assertEquals(45, ValueText.parse(EcorePackage.Literals.EINTEGER_OBJECT, " 45 "));
		assertEquals(52000.0, ValueText.parse(EcorePackage.Literals.EDOUBLE_OBJECT, "52,000"));
		assertNull(ValueText.parse(EcorePackage.Literals.EINTEGER_OBJECT, "  "), "a blank optional number is no value");
		assertEquals(0, ValueText.parse(EcorePackage.Literals.EINT, ""), "a blank required number is zero");
		assertEquals("Enter a whole number.", assertThrows(IllegalArgumentException.class,
				() -> ValueText.parse(EcorePackage.Literals.EINTEGER_OBJECT, "forty")).getMessage());
		assertEquals("8", ValueText.format(8.0), "whole numbers show without a decimal point");
	}

	@ParameterizedTest
	@ValueSource(strings = { "12000", "$12,000", "12,000", "A$12,000", "AUD 12,000", "12 000 AUD", "$ 12,000.00", "\u20AC12,000" })
	void anAmountIsReadWithItsCurrencyAndThousandsSeparators(String typed) {
		assertEquals(12000.0, ValueText.parse(EcorePackage.Literals.EDOUBLE_OBJECT, typed));
	}

	@Test
	void amountsKeepTheirCentsAndSignAndCountsTheirThousands() {
		assertEquals(1250.5, ValueText.parse(EcorePackage.Literals.EDOUBLE_OBJECT, "A$1,250.50"));
		assertEquals(-300.0, ValueText.parse(EcorePackage.Literals.EDOUBLE_OBJECT, "-$300"));
		assertEquals(5.0, ValueText.parse(EcorePackage.Literals.EDOUBLE_OBJECT, "\u00A35"));
		assertEquals(1200, ValueText.parse(EcorePackage.Literals.EINTEGER_OBJECT, "1,200"));
		assertEquals("Enter a number.", assertThrows(IllegalArgumentException.class,
				() -> ValueText.parse(EcorePackage.Literals.EDOUBLE_OBJECT, "about $5k")).getMessage());
	}

	@Test
	void pastedTextLosesWhatAPartnershipFileCannotKeep() {
		assertEquals("First line\nsecond line", ValueText.parse(EcorePackage.Literals.ESTRING, "First line\u000Bsecond line"),
				"Word's soft line break becomes a line break");
		assertEquals("Bell and null gone", ValueText.parse(EcorePackage.Literals.ESTRING, "Bell\u0007 and null\u0000 gone"));
		assertEquals("Emoji \uD83D\uDE00 and tabs\tstay", ValueText.parse(EcorePackage.Literals.ESTRING, "Emoji \uD83D\uDE00 and tabs\tstay"));
	}
}
