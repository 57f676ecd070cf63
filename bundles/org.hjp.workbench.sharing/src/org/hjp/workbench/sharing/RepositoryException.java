package org.hjp.workbench.sharing;

/** What went wrong with the shared repository, in a sentence for the person who asked; nothing was written. */
public class RepositoryException extends Exception {

	private static final long serialVersionUID = 1L;

	public RepositoryException(String sentence) {
		super(sentence);
	}

	public RepositoryException(String sentence, Throwable cause) {
		super(sentence, cause);
	}
}
