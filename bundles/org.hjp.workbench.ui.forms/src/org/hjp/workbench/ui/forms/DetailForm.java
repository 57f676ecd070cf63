package org.hjp.workbench.ui.forms;

/**
 * Builds the form of one selected item of a list; {@link Fields#object()} is the item. It is called for each item
 * selected: the form made for the first item of a kind is kept, and when the calls made for another item of that kind
 * are the same (the same sections, fields, lists and texts, in the same order), the form shows that item without making
 * any widget. So everything about the item must come from {@link Fields#object()} and the calls made for it, not
 * from state kept between calls; a {@link ControlFactory} is run again for each item.
 */
@FunctionalInterface
public interface DetailForm {

	void fill(Fields fields);
}
