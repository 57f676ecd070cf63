package org.hjp.workbench.core.stages;

import org.eclipse.emf.ecore.EClass;

/**
 * A Building Blocks stage, contributed as an OSGi service by the stage's own bundle. Organisations add,
 * replace or reorder stages with bundles of their own.
 */
public interface StageDescriptor {

	/** A stable identifier, e.g. {@code org.hjp.workbench.stage.needs}. */
	String id();

	/** The name shown to the user, e.g. "Investigating needs and gaps". */
	String label();

	/** One or two sentences on what the stage is about. */
	String description();

	/** Where the stage goes when the user has not chosen an order; lower comes first. */
	int defaultOrder();

	/**
	 * The class of the stage's data, a subclass of PartnershipExtension kept in the partnership's extensions;
	 * null when the stage edits the partnership itself (the profile).
	 */
	EClass dataClass();

	/**
	 * The id of the e4 part descriptor that edits this stage, or null to use the workbench's generic
	 * tree and properties editor.
	 */
	default String editorPartDescriptorId() {
		return null;
	}
}
