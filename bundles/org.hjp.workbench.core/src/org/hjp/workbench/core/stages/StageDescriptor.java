package org.hjp.workbench.core.stages;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.hjp.workbench.model.Partnership;

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

	/**
	 * A name short enough for an editor tab, e.g. "Needs and gaps" for "Investigating needs and gaps": several stages
	 * open side by side on a laptop screen keep their names whole. The full name is the tab's tooltip and the editor's
	 * heading. The label itself unless a stage gives a shorter one.
	 */
	default String tabLabel() {
		return label();
	}


	/** Where the stage goes when the user has not chosen an order; lower comes first. */
	int defaultOrder();

	/**
	 * The class of the stage's data, a subclass of PartnershipExtension kept in the partnership's extensions;
	 * null when the stage edits the partnership itself (the profile).
	 */
	EClass dataClass();

	/** How far {@code partnership} has got with this stage; {@link Completeness#UNKNOWN} if the stage does not say. */
	default Completeness completeness(Partnership partnership) {
		return Completeness.UNKNOWN;
	}

	/** The dated things this stage's data says the partnership will do and has not yet done, in any order. */
	default List<Commitment> commitments(Partnership partnership) {
		return List.of();
	}

	/**
	 * The id of the e4 part descriptor that edits this stage, or null to use the workbench's generic
	 * tree and properties editor.
	 */
	default String editorPartDescriptorId() {
		return null;
	}
}
