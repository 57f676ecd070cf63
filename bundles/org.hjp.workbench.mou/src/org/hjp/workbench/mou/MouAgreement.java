package org.hjp.workbench.mou;

import static org.hjp.workbench.core.documents.Wording.text;
import static org.hjp.workbench.mou.MouDocument.TO_AGREE;
import static org.hjp.workbench.mou.MouDocument.or;

import java.util.List;

import org.hjp.workbench.agreement.model.Agreement;
import org.hjp.workbench.agreement.model.AgreementPackage.Literals;
import org.hjp.workbench.agreement.model.Contribution;
import org.hjp.workbench.agreement.model.DataCollection;
import org.hjp.workbench.agreement.model.InformationSharing;
import org.hjp.workbench.agreement.model.Responsibility;
import org.hjp.workbench.core.documents.Wording;

/** The memorandum's clauses from the agreement stage: roles, contributions, governance, information, data, conflicts and disputes. */
final class MouAgreement {

	private final MouOutline mou;
	private final Wording words;

	MouAgreement(MouOutline mou, Wording words) {
		this.mou = mou;
		this.words = words;
	}

	void write(Agreement a) {
		mou.heading("Roles and responsibilities");
		table(List.of("Partner", "Person", "Responsibility"), a.getRoles().stream()
				.map((Responsibility r) -> List.of(words.name(r.getPartner()), words.name(r.getPerson()), text(r.getDescription(), ""))).toList());
		mou.heading("What each partner contributes");
		table(List.of("Partner", "Kind", "Contribution", "A year's value"), a.getContributions().stream()
				.map((Contribution c) -> List.of(words.name(c.getPartner()), words.choice(c, Literals.CONTRIBUTION__KIND), text(c.getDescription(), ""),
						Wording.number(c.getAnnualValue())))
				.toList());
		mou.heading("Governance");
		mou.labelled("Meetings", or(a.getMeetingRhythm()));
		mou.labelled("Decisions", or(a.getDecisionMaking()));
		mou.heading("Information sharing, confidentiality and legal privilege");
		mou.paragraph(or(a.getConfidentialityAndPrivilege()));
		table(List.of("Information", "From", "To", "Consent needed", "Basis"), a.getInformationSharing().stream()
				.map((InformationSharing i) -> List.of(text(i.getInformation(), ""), words.name(i.getFromPartner()), words.name(i.getToPartner()),
						Wording.yesNo(i.isConsentRequired()), text(i.getBasis(), "")))
				.toList());
		mou.heading("Data collection");
		table(List.of("What", "Collected by", "How often"), a.getDataCollection().stream()
				.map((DataCollection d) -> List.of(text(d.getWhat(), ""), words.name(d.getCollectedBy()), text(d.getFrequency(), ""))).toList());
		mou.heading("Conflicts of interest and mandatory reporting");
		mou.labelled("Conflicts of interest", or(a.getConflictOfInterest()));
		mou.labelled("Mandatory reporting", or(a.getMandatoryReporting()));
		mou.heading("Resolving disagreements");
		mou.paragraph(or(a.getDisputeResolution()));
	}

	private void table(List<String> header, List<List<String>> rows) {
		if (rows.isEmpty()) {
			mou.paragraph(TO_AGREE);
		} else {
			mou.table(header, rows);
		}
	}
}
