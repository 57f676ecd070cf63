package org.hjp.workbench.mou.tests;

import static org.hjp.workbench.tests.generator.Services.exporter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.activities.model.ActivityPlan;
import org.hjp.workbench.activities.model.Training;
import org.hjp.workbench.activities.model.TrainingDirection;
import org.hjp.workbench.agreement.model.Agreement;
import org.hjp.workbench.model.Partnership;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The MOU draft of the sample says the same in Word's format and in OpenDocument: the parties, purpose and term, who does
 * what, each training's goal and time, governance, information sharing and review dates, with its title and the lead
 * partners as author; what the partnership has not said is left to agree.
 */
class MouContentTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "mou-docx", "mou-odt" })
	void theSampleAgreementBecomesAnEditableDraft(String format) throws Exception {
		MouText mou = MouText.read(exporter(format).write(Samples.copy(folder), folder, "riverbend").get(0));
		assertEquals(List.of("The parties", "Purpose", "Term and review", "What we will do together", "Training between the partners",
				"Roles and responsibilities", "What each partner contributes", "Governance", "Information sharing, confidentiality and legal privilege",
				"Data collection", "Conflicts of interest and mandatory reporting", "Resolving disagreements", "Signed"), mou.headings(),
				"headings numbered by their style, not typed");
		assertEquals(List.of("Spotting legal problems: five minutes at the midwives' huddle", "Trauma-informed practice with new parents"), mou.subheadings());
		assertTrue(mou.bullets().contains("Riverbend Regional Hospital, hospital (lead partner)"), mou.bullets().toString());
		assertTrue(mou.bullets().contains("27 January 2027: Second annual review of the MOU, before the funding round"), mou.bullets().toString());
		for (String expected : List.of("Memorandum of understanding", "not legally binding", "Riverbend Community Legal Centre, community legal centre (lead partner)",
				"Lawyer on site in the maternity unit", "Lawyer on site two days a week", "0.4 full-time lawyer", "Steering group every second month",
				"Legal files are held by the centre only", "Referral form: name, contact, kind of problem", "Referrals made and received",
				"Raised first between the leads", "For Riverbend Regional Hospital", "Start: The partnership began on 3 February 2025.", "Signed: 28 January 2025.",
				"Term: Until the partners end or replace it after a review.",
				"Riverbend Regional Hospital refers people to Riverbend Community Legal Centre, introducing them in person (a warm referral).",
				"Who teaches whom: Legal staff train health staff, for Midwives on the maternity ward.",
				"Goal: Midwives recognise a tenancy or debt problem and know how to book the lawyer.",
				"Time agreed: 5 minutes of the audience's time; the content is planned to take 5 minutes.",
				"Time agreed: 45 minutes of the audience's time; the content is planned to take 60 minutes.", "Sessions planned: 10 February 2027.",
				"Name: ______________________   Position: ______________________")) {
			assertTrue(mou.text().contains(expected), format + " says \u201c" + expected + "\u201d: " + mou.text());
		}
		assertFalse(mou.text().contains("28 January 2026"), "a review already done is not listed as to come");
		assertEquals("Memorandum of understanding between Riverbend Community Legal Centre and Riverbend Regional Hospital", mou.title());
		assertEquals("Riverbend Community Legal Centre and Riverbend Regional Hospital", mou.author(), "the lead partners, not the library");
	}

	@ParameterizedTest
	@ValueSource(strings = { "mou-docx", "mou-odt" })
	void whatThePartnershipHasNotSaidIsLeftToAgree(String format) throws Exception {
		Resource sample = Samples.copy(folder);
		Partnership partnership = (Partnership) sample.getContents().get(0);
		Agreement agreement = (Agreement) partnership.getExtensions().stream().filter(Agreement.class::isInstance).findFirst().orElseThrow();
		agreement.setDisputeResolution(null);
		agreement.getRoles().clear();
		agreement.setConflictOfInterest("Line one;\nline two,\twith a tab &  <angle> brackets \u0007 and a bell");
		ActivityPlan plan = (ActivityPlan) partnership.getExtensions().stream().filter(ActivityPlan.class::isInstance).findFirst().orElseThrow();
		plan.getActivities().stream().filter(Training.class::isInstance).map(Training.class::cast).forEach(t -> t.setDirection(TrainingDirection.NOT_CHOSEN));
		partnership.setStartDate(Date.from(LocalDate.now().plusMonths(2).atStartOfDay(ZoneId.systemDefault()).toInstant()));
		MouText mou = MouText.read(exporter(format).write(sample, folder, "gaps").get(0));
		assertTrue(mou.text().contains("Resolving disagreements\n[To be agreed]"), mou.text());
		assertTrue(mou.text().contains("Roles and responsibilities\n[To be agreed]"), mou.text());
		assertTrue(mou.text().contains("Who teaches whom: [To be agreed], for Midwives on the maternity ward."), "a direction not chosen is to be agreed: " + mou.text());
		assertTrue(mou.text().contains("Start: The partnership begins on "), "a start to come is not in the past: " + mou.text());
		assertTrue(mou.text().contains("Conflicts of interest: Line one;\nline two,\twith a tab &  <angle> brackets  and a bell"),
				"lines, tabs, runs of spaces and markup kept as typed; a character a document cannot hold left out: " + mou.text());
	}
}
