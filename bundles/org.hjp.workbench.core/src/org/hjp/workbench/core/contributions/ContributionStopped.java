package org.hjp.workbench.core.contributions;

/** A contribution did not answer within {@link ContributedCode#LIMIT}, now or before, and is turned off. */
public class ContributionStopped extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ContributionStopped(String contribution) {
		super(contribution + " did not answer within " + ContributedCode.limitInSeconds() + " seconds and is turned off");
	}
}
