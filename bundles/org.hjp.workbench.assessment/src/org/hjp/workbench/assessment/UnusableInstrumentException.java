package org.hjp.workbench.assessment;

/** A round's copy of its instrument cannot be used, so the round cannot be scored; the message says why in plain words. */
public class UnusableInstrumentException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public UnusableInstrumentException(String message) {
		super(message);
	}
}
