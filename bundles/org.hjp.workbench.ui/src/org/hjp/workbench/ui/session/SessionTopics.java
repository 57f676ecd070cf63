package org.hjp.workbench.ui.session;

/**
 * The event topics on which the session announces its changes. The state itself is in the application context:
 * the open {@link org.hjp.workbench.core.editing.PartnershipDocument} and the latest {@link Problems}.
 */
public final class SessionTopics {

	/** Every document topic below, for parts that react to any of them. */
	public static final String DOCUMENT_ALL = "org/hjp/workbench/session/document/*";
	/** Another partnership was opened, or the open one closed; the data is the one now open, if any. */
	public static final String DOCUMENT_OPENED = "org/hjp/workbench/session/document/OPENED";
	/** The open partnership changed: an edit, undo, redo or save; the data is the document. */
	public static final String DOCUMENT_CHANGED = "org/hjp/workbench/session/document/CHANGED";
	/** The checks ran on the open partnership; the data is their {@link Problems}. */
	public static final String PROBLEMS = "org/hjp/workbench/session/PROBLEMS";

	private SessionTopics() {
	}
}
