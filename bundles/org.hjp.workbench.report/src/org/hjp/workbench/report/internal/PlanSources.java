package org.hjp.workbench.report.internal;

import java.util.List;

import org.hjp.workbench.core.documents.StageDocumentsRegistry;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.hjp.workbench.core.stages.StageRegistry;
import org.hjp.workbench.core.validation.Problem;
import org.hjp.workbench.core.validation.ValidationService;
import org.hjp.workbench.model.Partnership;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** What the plan report needs besides the partnership: the installed stages in the user's order, their sections, and the checks. */
@Component(service = PlanSources.class)
public class PlanSources {

	@Reference
	private StageRegistry stages;

	@Reference
	private ValidationService validation;

	@Reference
	private StageDocumentsRegistry documents;

	/** Bound before any report is written, so that the libraries are quiet by then; nothing more is asked of it. */
	@Reference
	void quietLibraries(QuietReportLibraries quiet) {
		// Being bound is all that is needed.
	}

	List<StageDescriptor> stages() {
		return stages.stages();
	}

	StageDocumentsRegistry documents() {
		return documents;
	}

	List<Problem> problems(Partnership partnership) {
		return validation.validate(partnership);
	}
}
