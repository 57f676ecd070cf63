package org.hjp.workbench.core.stages;

import org.eclipse.emf.ecore.EClass;

/**
 * A stage whose description is fixed when it is made: the usual base of a stage bundle's component, which
 * only passes its values to this constructor.
 */
public abstract class DefinedStage implements StageDescriptor {

	private final String id;
	private final String label;
	private final String description;
	private final int defaultOrder;
	private final EClass dataClass;

	protected DefinedStage(String id, String label, String description, int defaultOrder, EClass dataClass) {
		this.id = id;
		this.label = label;
		this.description = description;
		this.defaultOrder = defaultOrder;
		this.dataClass = dataClass;
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public String label() {
		return label;
	}

	@Override
	public String description() {
		return description;
	}

	@Override
	public int defaultOrder() {
		return defaultOrder;
	}

	@Override
	public EClass dataClass() {
		return dataClass;
	}
}
