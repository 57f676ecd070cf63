package org.hjp.workbench.sharing.merge;

/** Whose side of a conflict is kept. */
public enum Side {
	MINE, THEIRS
}
