package org.hjp.workbench.sharing;

/** A save started from a version that is no longer the latest: someone saved in between, and nothing was written. */
public final class StaleVersionException extends RepositoryException {

	private static final long serialVersionUID = 1L;
	private final int latest;

	public StaleVersionException(String sentence, int latest) {
		super(sentence);
		this.latest = latest;
	}

	/** The version in the repository now. */
	public int latest() {
		return latest;
	}
}
