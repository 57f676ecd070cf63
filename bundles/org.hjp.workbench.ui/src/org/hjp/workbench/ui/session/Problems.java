package org.hjp.workbench.ui.session;

import java.util.List;

import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.core.validation.Problem;

/** What the checks found in one partnership; {@code document} is null when none was open. */
public record Problems(PartnershipDocument document, List<Problem> all) {

	public Problems {
		all = List.copyOf(all);
	}
}
