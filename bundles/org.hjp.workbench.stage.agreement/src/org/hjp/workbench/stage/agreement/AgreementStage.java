package org.hjp.workbench.stage.agreement;

import static org.hjp.workbench.core.stages.Checklist.written;

import java.util.ArrayList;
import java.util.List;

import org.hjp.workbench.agreement.model.Agreement;
import org.hjp.workbench.agreement.model.AgreementStatus;
import org.hjp.workbench.agreement.model.Meeting;
import org.hjp.workbench.agreement.model.ReviewDate;
import org.hjp.workbench.core.stages.Checklist;
import org.hjp.workbench.core.stages.Commitment;
import org.hjp.workbench.core.stages.Completeness;
import org.hjp.workbench.core.stages.StageData;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.agreement.model.AgreementPackage;
import org.hjp.workbench.core.stages.DefinedStage;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.osgi.service.component.annotations.Component;

/** The stage “Agreeing on how you'll work together”. */
@Component(service = StageDescriptor.class)
public class AgreementStage extends DefinedStage {

	public static final String ID = "org.hjp.workbench.stage.agreement";

	public AgreementStage() {
		super(ID, "Agreeing on how you'll work together",
				"Governance, contributions, information sharing, confidentiality and privilege, data collection and review dates: the content of an MOU.",
				30, AgreementPackage.Literals.AGREEMENT);
	}

	@Override
	public String tabLabel() {
		return "How you'll work";
	}

	@Override
	public Completeness completeness(Partnership p) {
		Agreement a = (Agreement) StageData.find(p, dataClass()).orElse(null);
		boolean started = a != null;
		return new Checklist()
				.check("How often the partners meet", started && written(a.getMeetingRhythm()))
				.check("Who decides what", started && written(a.getDecisionMaking()))
				.check("Roles and responsibilities", started && !a.getRoles().isEmpty())
				.check("What each partner contributes", started && !a.getContributions().isEmpty())
				.check("Information sharing", started && !a.getInformationSharing().isEmpty())
				.check("Confidentiality and legal privilege", started && written(a.getConfidentialityAndPrivilege()))
				.check("Dispute resolution", started && written(a.getDisputeResolution()))
				.check("A date to review the agreement", started && !a.getReviewDates().isEmpty())
				.check("The agreement is signed", started && a.getStatus() != AgreementStatus.DRAFT)
				.result();
	}

	/** Reviews of the agreement not yet done, and meetings entered with a date ahead. */
	@Override
	public List<Commitment> commitments(Partnership p) {
		List<Commitment> commitments = new ArrayList<>();
		StageData.find(p, dataClass()).ifPresent(data -> {
			Agreement agreement = (Agreement) data;
			for (ReviewDate review : agreement.getReviewDates()) {
				if (review.getDate() != null && !review.isDone()) {
					commitments.add(new Commitment(Commitment.day(review.getDate()),
							"Review of the agreement" + (written(review.getPurpose()) ? ": " + review.getPurpose() : ""), review));
				}
			}
			for (Meeting meeting : agreement.getMeetings()) {
				if (meeting.getDate() != null && meeting.getDecisions().isEmpty() && !written(meeting.getNotes())) {
					commitments.add(new Commitment(Commitment.day(meeting.getDate()), "Partnership meeting", meeting));
				}
			}
		});
		return commitments;
	}
}
