package org.hjp.workbench.export;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.hjp.workbench.core.stages.Commitment;

/**
 * The UID of each commitment's calendar event, from the identifier of the item that records it: a partnership file
 * keeps every item's identifier, so the next export gives the same event the same UID, and a calendar that imports it
 * updates the event instead of adding a second one, even when its date or text has changed.
 */
final class CommitmentUids {

	private static final String DOMAIN = "@hjp-workbench";

	private final String partnershipName;
	private final Map<String, Integer> given = new HashMap<>();

	CommitmentUids(String partnershipName) {
		this.partnershipName = partnershipName;
	}

	/**
	 * The UID of {@code commitment}. Asked in the same order at every export, so that an item with more than one
	 * commitment numbers them alike.
	 */
	String uidOf(Commitment commitment) {
		String name = itemId(commitment.item());
		if (name == null) {
			// A stage may give a commitment without an item: it is known by what it says.
			String said = partnershipName + "\n" + commitment.date() + "\n" + commitment.what();
			name = UUID.nameUUIDFromBytes(said.getBytes(StandardCharsets.UTF_8)).toString();
		}
		int times = given.merge(name, 1, Integer::sum);
		return (times == 1 ? name : name + "-" + times) + DOMAIN;
	}

	private static String itemId(EObject item) {
		return item == null || item.eResource() == null ? null : item.eResource().getURIFragment(item);
	}
}
