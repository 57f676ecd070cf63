package org.hjp.workbench.ui.forms;

/**
 * The editor of one stage, offered as an OSGi service by the stage's bundle next to its
 * {@link org.hjp.workbench.core.stages.StageDescriptor}. The workbench calls {@link #build(Pages)} each time it
 * shows the stage for a partnership; the page declares its pages, sections, fields and lists, and the workbench
 * lays them out, binds them to the model through the editing domain and shows validation problems next to them.
 */
public interface StagePage {

	/** The id of the stage this page edits. */
	String stageId();

	void build(Pages pages);
}
