package org.hjp.workbench.ui.forms;

import java.util.function.BiPredicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
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

	/**
	 * A link field that offers only the objects {@code offered} accepts for the object shown, e.g. the people of the
	 * partner chosen for a role; asked again each time the field is used, so that it follows the other fields. The
	 * object linked already stays offered, so that a link that no longer fits shows as it is (for a check to name).
	 */
	Fields field(EReference reference, String help, BiPredicate<EObject, Object> offered);

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
