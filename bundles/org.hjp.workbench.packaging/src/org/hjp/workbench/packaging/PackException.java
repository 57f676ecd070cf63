package org.hjp.workbench.packaging;

/** Why a plug-in could not be packed, in a sentence for the person who asked. */
public final class PackException extends Exception {

	private static final long serialVersionUID = 1L;

	public PackException(String sentence) {
		super(sentence);
	}

	public PackException(String sentence, Throwable cause) {
		super(sentence, cause);
	}
}
