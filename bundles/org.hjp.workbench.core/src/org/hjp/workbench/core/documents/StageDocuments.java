package org.hjp.workbench.core.documents;

import java.util.List;

import org.hjp.workbench.model.Partnership;

/**
 * What a stage puts into the documents a partnership hands out: its section of the plan report and its tables for
 * CSV files and spreadsheets. Offered as an OSGi service by the stage's own bundle, like its
 * {@link org.hjp.workbench.core.stages.StageDescriptor}, and tied to it by the stage's id: the documents show the
 * sections of installed stages only, in the user's order of stages.
 */
public interface StageDocuments {

	/** The id of the stage whose content this is, as its {@code StageDescriptor} gives it. */
	String stageId();

	/**
	 * The names of the tables {@link #tables} gives, known before any partnership so that the user can be asked before
	 * files are replaced. Each ends a file name: lower-case letters, digits and hyphens.
	 */
	default List<String> tableNames() {
		return List.of();
	}

	/** The stage's section of the plan report, or null when the stage has nothing to say about {@code partnership}. */
	default ReportSection section(Partnership partnership, Wording words) {
		return null;
	}

	/** One table for each of {@link #tableNames}, in that order; the exports add the partnership's name as the first column. */
	default List<DataTable> tables(Partnership partnership, Wording words) {
		return List.of();
	}
}
