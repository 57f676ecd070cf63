package org.hjp.workbench.ui.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.DateFormat;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.hjp.workbench.agreement.model.AgreementFactory;
import org.hjp.workbench.agreement.model.Meeting;
import org.hjp.workbench.agreement.model.Responsibility;
import org.hjp.workbench.core.editing.ModelAdapterFactory;
import org.hjp.workbench.ui.edit.ItemProviderLabelProvider;
import org.junit.jupiter.api.Test;

/** Labels come from the item providers, with dates written as people write them. */
class ItemLabelsTest {

	private final ComposedAdapterFactory adapterFactory = ModelAdapterFactory.create();

	@Test
	void anObjectLabelledByItsDateShowsAReadableDate() {
		Meeting meeting = AgreementFactory.eINSTANCE.createMeeting();
		Date date = new GregorianCalendar(2025, Calendar.MARCH, 18).getTime();
		meeting.setDate(date);
		String label = ItemProviderLabelProvider.textOf(adapterFactory, meeting);
		assertEquals("Meeting " + DateFormat.getDateInstance(DateFormat.MEDIUM).format(date), label);
		assertFalse(label.contains("00:00:00"), label);
	}

	@Test
	void otherLabelsAreLeftAsTheItemProviderGivesThem() {
		Responsibility responsibility = AgreementFactory.eINSTANCE.createResponsibility();
		responsibility.setDescription("Keeps the referral log (since Tue Mar 18, not a timestamp)");
		String label = ItemProviderLabelProvider.textOf(adapterFactory, responsibility);
		assertTrue(label.endsWith("Keeps the referral log (since Tue Mar 18, not a timestamp)"), label);
	}
}
