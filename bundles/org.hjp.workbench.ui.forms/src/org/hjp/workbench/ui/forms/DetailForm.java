package org.hjp.workbench.ui.forms;

/** Builds the form of one selected item of a list; {@link Fields#object()} is the item. */
@FunctionalInterface
public interface DetailForm {

	void fill(Fields fields);
}
