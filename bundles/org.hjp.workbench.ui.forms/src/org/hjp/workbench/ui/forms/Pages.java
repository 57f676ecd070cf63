package org.hjp.workbench.ui.forms;

import org.eclipse.emf.ecore.EObject;
import org.hjp.workbench.model.Partnership;

/** The tabs of a stage editor, declared by its {@link StagePage}. */
public interface Pages {

	/** The stage's data, or the partnership itself for a stage that has no data of its own. */
	EObject root();

	Partnership partnership();

	/** A tab of fields, sections and lists about {@link #root()}, scrolled when it is long. */
	Fields page(String title);

	/** A tab given to one list: the list on the left and the selected item's details on the right. */
	void page(String title, ListSpec list);
}
