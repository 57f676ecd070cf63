package org.hjp.workbench.ui.forms;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A form about one object: labelled fields in sections, each bound to a feature of the object so that every
 * completed edit is one undoable command. Labels and help come from the model unless given here.
 */
public interface Fields {

	/** The object the fields edit. */
	EObject object();

	/** Starts a section: a heading and, if not null, a line of help. */
	Fields section(String title, String help);

	/** A field for {@code feature}: text, number, date, choice, check box or list of links, as its type needs. */
	Fields field(EStructuralFeature feature);

	/** A field with help written for this form instead of the model's. */
	Fields field(EStructuralFeature feature, String help);

	/** A list of contained items with add, remove, reorder and sort; details of the selected one below it. */
	Fields table(ListSpec list);

	/** The validation messages about {@link #object()} itself, each explained, updated as the user works. */
	Fields checks();

	/**
	 * A control of the page's own, such as a drawing, across the form's width. It reads the model; edits still go
	 * through fields and lists.
	 */
	Fields control(ControlFactory factory);

	/** A paragraph of guidance. */
	Fields text(String paragraph);
}
