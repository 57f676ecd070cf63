package org.hjp.workbench.core.stages;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * Something the partnership has said it will do on a date and has not yet done, such as a review of the
 * agreement or a training session, with the item that records it.
 */
public record Commitment(LocalDate date, String what, EObject item) {

	/** The calendar day of a model date, in the user's time zone; null for null. */
	public static LocalDate day(Date date) {
		return date == null ? null : date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
	}
}
