package org.hjp.workbench.sharing.merge;

/**
 * Something both sides changed in ways that cannot both be kept: the user chooses. Until then the merged partnership
 * has theirs (the version saved in the repository), so nothing of theirs is lost by not choosing.
 *
 * @param kind     what happened on each side
 * @param objectId the id of the object it is about
 * @param object   the object, as users know it (e.g. "Organisation “Riverbend Hospital”")
 * @param feature  the field both changed, or null when the conflict is about the whole object
 * @param mine     my side, in words
 * @param theirs   their side, in words
 */
public record Conflict(Kind kind, String objectId, String object, String feature, String mine, String theirs) {

	public enum Kind {
		/** The same field changed to different values on both sides. */
		BOTH_CHANGED,
		/** I changed the object (or something in it); they deleted it. */
		DELETED_BY_THEM,
		/** They changed the object (or something in it); I deleted it. */
		DELETED_BY_ME,
		/** I added an object to one that they deleted. */
		ADDED_TO_DELETED,
		/** I made an object point to one that they deleted. */
		REFERS_TO_DELETED
	}

	/** One line for a list of conflicts. */
	public String describe() {
		return object + (feature == null ? "" : ", " + feature) + ": mine " + mine + "; theirs " + theirs + ".";
	}
}
