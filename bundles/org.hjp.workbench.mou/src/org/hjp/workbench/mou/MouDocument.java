package org.hjp.workbench.mou;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.time.format.DateTimeFormatter;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.hjp.workbench.activities.model.ActivitiesPackage;
import org.hjp.workbench.activities.model.Activity;
import org.hjp.workbench.activities.model.ActivityPlan;
import org.hjp.workbench.agreement.model.Agreement;
import org.hjp.workbench.agreement.model.AgreementPackage;
import org.hjp.workbench.agreement.model.Contribution;
import org.hjp.workbench.agreement.model.DataCollection;
import org.hjp.workbench.agreement.model.InformationSharing;
import org.hjp.workbench.agreement.model.Responsibility;
import org.hjp.workbench.agreement.model.ReviewDate;
import org.hjp.workbench.core.editing.ModelLabels;
import org.hjp.workbench.core.stages.Commitment;
import org.hjp.workbench.core.stages.StageData;
import org.hjp.workbench.export.ServiceLoaderMediator;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.PartnershipPackage;

/**
 * A draft memorandum of understanding from the agreement stage, as a DOCX the partners edit in their word
 * processor: the parties, purpose, commitments, governance, information sharing and review dates filled in,
 * with a line to write in where the partnership has not yet said.
 */
public final class MouDocument {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
	private static final String TO_AGREE = "[To be agreed]";

	private final AdapterFactory labels;
	private XWPFDocument doc;
	private int section;

	public MouDocument(AdapterFactory labels) {
		this.labels = labels;
	}

	public void write(Partnership partnership, LocalDate today, OutputStream out) throws IOException {
		ServiceLoaderMediator.ensureStarted();
		Agreement agreement = (Agreement) StageData.find(partnership, AgreementPackage.Literals.AGREEMENT).orElse(null);
		try (XWPFDocument document = new XWPFDocument()) {
			doc = document;
			section = 0;
			title(agreement, partnership, today);
			heading("The parties");
			for (Organisation o : partnership.getOrganisations()) {
				bullet(text(o.getName()) + ", " + ModelLabels.valueOf(labels, o, PartnershipPackage.Literals.ORGANISATION__TYPE, o.getType()).toLowerCase()
						+ (o.isLead() ? " (lead partner)" : ""));
			}
			heading("Purpose");
			paragraph(or(partnership.getPurpose()));
			paragraph(or(partnership.getChallengeAndDifference()));
			heading("What we will do together");
			StageData.find(partnership, ActivitiesPackage.Literals.ACTIVITY_PLAN).ifPresentOrElse(plan -> {
				for (Activity a : ((ActivityPlan) plan).getActivities()) {
					bullet(text(a.getName()) + " (" + ModelLabels.kindOf(labels, a).toLowerCase() + ")" + (a.getResponsiblePartner() == null ? "" : ", led by " + name(a.getResponsiblePartner())));
				}
			}, () -> paragraph(TO_AGREE));
			if (agreement != null) {
				agreementSections(agreement);
			} else {
				heading("How we will work together");
				paragraph(TO_AGREE + " The partnership has not started the agreement stage yet.");
			}
			signatures(partnership);
			doc.write(out);
		} finally {
			doc = null;
		}
	}

	private void title(Agreement agreement, Partnership partnership, LocalDate today) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		run(p, "Memorandum of understanding", true, 20);
		XWPFParagraph sub = doc.createParagraph();
		sub.setAlignment(ParagraphAlignment.CENTER);
		run(sub, agreement != null && agreement.getTitle() != null ? agreement.getTitle() : text(partnership.getName()), false, 12);
		XWPFParagraph draft = doc.createParagraph();
		draft.setAlignment(ParagraphAlignment.CENTER);
		run(draft, "Draft for discussion, prepared " + today.format(DAY) + ". This memorandum records how the partners intend to work together; it is not legally binding.", false, 10).setItalic(true);
	}

	private void agreementSections(Agreement a) {
		heading("Roles and responsibilities");
		table(List.of("Partner", "Person", "Responsibility"), a.getRoles().stream()
				.map((Responsibility r) -> List.of(name(r.getPartner()), name(r.getPerson()), text(r.getDescription()))).toList());
		heading("What each partner contributes");
		table(List.of("Partner", "Kind", "Contribution"), a.getContributions().stream()
				.map((Contribution c) -> List.of(name(c.getPartner()), ModelLabels.valueOf(labels, c, AgreementPackage.Literals.CONTRIBUTION__KIND, c.getKind()), text(c.getDescription()))).toList());
		heading("Governance");
		labelled("Meetings", a.getMeetingRhythm());
		labelled("Decisions", a.getDecisionMaking());
		heading("Information sharing, confidentiality and legal privilege");
		paragraph(or(a.getConfidentialityAndPrivilege()));
		table(List.of("Information", "From", "To", "Consent needed", "Basis"), a.getInformationSharing().stream()
				.map((InformationSharing i) -> List.of(text(i.getInformation()), name(i.getFromPartner()), name(i.getToPartner()), i.isConsentRequired() ? "Yes" : "No", text(i.getBasis()))).toList());
		heading("Data collection");
		table(List.of("What", "Collected by", "How often"), a.getDataCollection().stream()
				.map((DataCollection d) -> List.of(text(d.getWhat()), name(d.getCollectedBy()), text(d.getFrequency()))).toList());
		heading("Conflicts of interest and mandatory reporting");
		labelled("Conflicts of interest", a.getConflictOfInterest());
		labelled("Mandatory reporting", a.getMandatoryReporting());
		heading("Resolving disagreements");
		paragraph(or(a.getDisputeResolution()));
		heading("Review");
		List<ReviewDate> reviews = a.getReviewDates().stream().filter(r -> !r.isDone()).toList();
		if (reviews.isEmpty()) {
			paragraph("The partners will review this memorandum on " + TO_AGREE + ".");
		}
		for (ReviewDate r : reviews) {
			bullet(day(r.getDate()) + (r.getPurpose() == null ? "" : ": " + r.getPurpose()));
		}
	}

	private void signatures(Partnership partnership) {
		heading("Signed");
		for (Organisation o : partnership.getOrganisations()) {
			if (o.isLead()) {
				paragraph("For " + text(o.getName()));
				paragraph("Name: ______________________   Position: ______________________");
				paragraph("Signature: __________________   Date: __________");
			}
		}
	}

	private void heading(String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setSpacingBefore(240);
		run(p, ++section + ". " + text, true, 13);
	}

	private void labelled(String label, String value) {
		XWPFParagraph p = doc.createParagraph();
		run(p, label + ": ", true, 11);
		run(p, or(value), false, 11);
	}

	private void paragraph(String text) {
		run(doc.createParagraph(), text, false, 11);
	}

	private void bullet(String text) {
		run(doc.createParagraph(), "\u2022 " + text, false, 11);
	}

	private void table(List<String> header, List<List<String>> rows) {
		if (rows.isEmpty()) {
			paragraph(TO_AGREE);
			return;
		}
		XWPFTable table = doc.createTable(rows.size() + 1, header.size());
		table.setWidth("100%");
		fill(table.getRow(0), header, true);
		for (int i = 0; i < rows.size(); i++) {
			fill(table.getRow(i + 1), rows.get(i), false);
		}
	}

	private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
		for (int i = 0; i < cells.size(); i++) {
			XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
			run(p, cells.get(i), bold, 10);
		}
	}

	private static XWPFRun run(XWPFParagraph p, String text, boolean bold, int size) {
		XWPFRun run = p.createRun();
		run.setText(text);
		run.setBold(bold);
		run.setFontSize(size);
		run.setFontFamily("Calibri");
		return run;
	}

	private String name(EObject linked) {
		return linked == null ? "" : ModelLabels.nameOf(labels, linked);
	}

	private static String day(Date date) {
		return date == null ? TO_AGREE : Commitment.day(date).format(DAY);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static String or(String value) {
		return value == null || value.isBlank() ? TO_AGREE : value;
	}
}
