package org.hjp.workbench.assessment.scoring;

/** The lowest and highest score possible. */
public record Range(double min, double max) {

	public double width() {
		return max - min;
	}
}
