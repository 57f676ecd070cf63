package org.hjp.workbench.sharing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.PartnershipFactory;
import org.hjp.workbench.model.Person;
import org.hjp.workbench.sharing.PartnershipBytes;
import org.hjp.workbench.sharing.merge.Differences;
import org.junit.jupiter.api.Test;

/**
 * What the History view's Compare lists: a changed field with its value before and after, an added and a removed
 * object once each (not everything inside them), and nothing at all between two copies of one version.
 */
class DifferencesTest {

	@Test
	void aChangedFieldAnAddedAndARemovedObjectAreListedOnceEach() throws Exception {
		byte[] version = Sample.version();
		Resource older = PartnershipBytes.load(version, "older");
		Resource newer = PartnershipBytes.load(version, "newer");
		Partnership partnership = (Partnership) newer.getContents().get(0);
		partnership.setPurpose("A new purpose.");
		Organisation clc = (Organisation) newer.getEObject("org-clc");
		Person added = PartnershipFactory.eINSTANCE.createPerson();
		added.setName("Nadia");
		clc.getPeople().add(added);
		String tom = ((Person) older.getEObject("person-tom")).getName();
		EcoreUtil.delete(newer.getEObject("person-tom"), true);

		List<String> lines = Differences.between(older, newer).stream().map(Differences.Difference::describe).toList();

		assertEquals(List.of("Partnership \u201cRiverbend Health Justice Partnership\u201d, purpose: \u201c"
				+ shortened(((Partnership) older.getContents().get(0)).getPurpose()) + "\u201d \u2192 \u201cA new purpose.\u201d", "Added: Person \u201cNadia\u201d",
				// Deleting a person clears what pointed to them: a change of its own.
				"Respondent, person: Person \u201c" + tom + "\u201d \u2192 empty", "Removed: Person \u201c" + tom + "\u201d"), lines);
		assertEquals(List.of(), Differences.between(older, PartnershipBytes.load(version, "again")), "one version against itself");
	}

	private static String shortened(String text) {
		String line = text.replaceAll("\\s+", " ").trim();
		return line.length() <= 80 ? line : line.substring(0, 79) + "\u2026";
	}
}
