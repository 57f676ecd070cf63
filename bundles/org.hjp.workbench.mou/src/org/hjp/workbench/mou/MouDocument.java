package org.hjp.workbench.mou;

import static org.hjp.workbench.core.documents.Wording.text;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.hjp.workbench.activities.model.ActivitiesPackage;
import org.hjp.workbench.activities.model.Activity;
import org.hjp.workbench.activities.model.ActivityPlan;
import org.hjp.workbench.agreement.model.Agreement;
import org.hjp.workbench.agreement.model.AgreementPackage.Literals;
import org.hjp.workbench.agreement.model.ReviewDate;
import org.hjp.workbench.core.documents.Wording;
import org.hjp.workbench.core.stages.Commitment;
import org.hjp.workbench.core.stages.StageData;
import org.hjp.workbench.export.ServiceLoaderMediator;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.PartnershipPackage;

/**
 * A draft memorandum of understanding from what the partnership has recorded, for the partners to edit in their word
 * processor: the parties, purpose and term, what they will do together and who does what, the training between them,
 * governance, information sharing and review, with a mark to agree on wherever the partnership has not yet said.
 */
public final class MouDocument {

	static final String TO_AGREE = "[To be agreed]";

	/** The word processors' formats the memorandum is written in. */
	public enum Format {
		/** Word's Office Open XML, .docx. */
		DOCX,
		/** OpenDocument text, .odt, for LibreOffice. */
		ODT
	}

	private final AdapterFactory labels;

	public MouDocument(AdapterFactory labels) {
		this.labels = labels;
	}

	public void write(Partnership partnership, LocalDate today, Format format, OutputStream out) throws IOException {
		ServiceLoaderMediator.ensureStarted();
		Wording words = new Wording(labels, today);
		Agreement agreement = (Agreement) StageData.find(partnership, Literals.AGREEMENT).orElse(null);
		List<Activity> activities = StageData.find(partnership, ActivitiesPackage.Literals.ACTIVITY_PLAN)
				.map(plan -> (List<Activity>) ((ActivityPlan) plan).getActivities()).orElse(List.of());
		MouOutline mou = format == Format.DOCX ? new DocxOutline() : new OdtOutline();
		String agreed = agreement == null ? "" : text(agreement.getTitle(), "");
		String title = agreed.isEmpty() ? text(partnership.getName(), "") : agreed;
		mou.properties(agreed.isEmpty() ? "Memorandum of understanding: " + title : agreed, leads(partnership));
		mou.title("Memorandum of understanding", title, "Draft for discussion, prepared " + today.format(Wording.DAY)
				+ ". This memorandum records how the partners intend to work together; it is not legally binding.");
		mou.contents();
		mou.heading("The parties");
		mou.bullets(partnership.getOrganisations().stream().map(o -> text(o.getName(), "") + ", "
				+ words.choice(o, PartnershipPackage.Literals.ORGANISATION__TYPE).toLowerCase() + (o.isLead() ? " (lead partner)" : "")).toList());
		mou.heading("Purpose");
		mou.paragraph(or(partnership.getPurpose()));
		mou.paragraph(or(partnership.getChallengeAndDifference()));
		term(mou, partnership, agreement, today);
		new MouActivities(mou, words).write(activities);
		if (agreement != null) {
			new MouAgreement(mou, words).write(agreement);
		} else {
			mou.heading("How we will work together");
			mou.paragraph(TO_AGREE + " The partnership has not started the agreement stage yet.");
		}
		signatures(mou, partnership);
		mou.write(out);
	}

	/** When the memorandum starts, how long it runs, and when the partners look at it again. */
	private static void term(MouOutline mou, Partnership partnership, Agreement agreement, LocalDate today) {
		mou.heading("Term and review");
		LocalDate start = Commitment.day(partnership.getStartDate());
		mou.labelled("Start", start == null ? TO_AGREE : "The partnership " + (start.isAfter(today) ? "begins" : "began") + " on " + Wording.day(partnership.getStartDate()) + ".");
		if (agreement != null && agreement.getSignedDate() != null) {
			mou.labelled("Signed", Wording.day(agreement.getSignedDate()) + ".");
		}
		mou.labelled("Term", partnership.getEndDate() == null ? "Until the partners end or replace it after a review."
				: "Until " + Wording.day(partnership.getEndDate()) + ", unless the partners extend it after a review.");
		List<ReviewDate> reviews = agreement == null ? List.of() : agreement.getReviewDates().stream().filter(r -> !r.isDone()).toList();
		if (reviews.isEmpty()) {
			mou.labelled("Review", "The partners will review this memorandum on " + TO_AGREE + ".");
		} else {
			mou.paragraph("The partners will review this memorandum on these dates:");
			mou.bullets(reviews.stream().map(r -> text(Wording.day(r.getDate()), TO_AGREE) + (text(r.getPurpose(), "").isEmpty() ? "" : ": " + r.getPurpose())).toList());
		}
	}

	private static void signatures(MouOutline mou, Partnership partnership) {
		mou.heading("Signed");
		for (Organisation o : partnership.getOrganisations()) {
			if (o.isLead()) {
				mou.paragraph("For " + text(o.getName(), ""));
				mou.paragraph("Name: ______________________   Position: ______________________");
				mou.paragraph("Signature: __________________   Date: __________");
			}
		}
	}

	/** The lead partners, who author the memorandum: "A and B". */
	private static String leads(Partnership partnership) {
		List<String> names = new ArrayList<>(partnership.getOrganisations().stream().filter(Organisation::isLead).map(o -> text(o.getName(), "")).filter(n -> !n.isEmpty()).toList());
		if (names.isEmpty()) {
			return text(partnership.getName(), "");
		}
		String last = names.remove(names.size() - 1);
		return names.isEmpty() ? last : String.join(", ", names) + " and " + last;
	}

	static String or(String value) {
		return text(value, TO_AGREE);
	}
}
