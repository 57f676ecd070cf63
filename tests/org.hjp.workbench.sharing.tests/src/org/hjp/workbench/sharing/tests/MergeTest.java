package org.hjp.workbench.sharing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.hjp.workbench.model.PartnershipFactory;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.Person;
import org.hjp.workbench.sharing.PartnershipBytes;
import org.hjp.workbench.sharing.merge.Conflict;
import org.hjp.workbench.sharing.merge.MergeResult;
import org.hjp.workbench.sharing.merge.Side;
import org.hjp.workbench.sharing.merge.ThreeWayMerge;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two people's saves of the sample merged by object identity and feature: different objects and fields merge without
 * asking; the same field changed twice, or an object deleted on one side and changed on the other, is a conflict that
 * keeps theirs until the user chooses; and the merged partnership saves and reads back whole.
 */
class MergeTest {

	private byte[] version;
	private Resource base;
	private Resource mine;
	private Resource theirs;

	@BeforeEach
	void threeCopiesOfOneVersion() throws Exception {
		version = Sample.version();
		base = PartnershipBytes.load(version, "base");
		mine = PartnershipBytes.load(version, "mine");
		theirs = PartnershipBytes.load(version, "theirs");
	}

	@Test
	void changesToDifferentObjectsAndFieldsMergeWithoutAsking() throws Exception {
		partnership(mine).setPurpose("Mine: a new purpose.");
		organisation(theirs, "org-hospital").setName("Riverbend Regional Health");
		Person added = PartnershipFactory.eINSTANCE.createPerson();
		added.setName("Nadia, a new paralegal");
		organisation(mine, "org-clc").getPeople().add(1, added);
		Person removed = person(theirs, "person-tom");
		EcoreUtil.delete(removed, true);
		EObject relationship = first(mine, "WorkingRelationship");
		String relationshipId = id(mine, relationship);
		relationship.eSet(relationship.eClass().getEStructuralFeature("to"), organisation(mine, "org-hospital"));

		MergeResult result = ThreeWayMerge.merge(base, mine, theirs);
		assertEquals(List.of(), result.conflicts());
		Resource merged = reread(result.merged());
		assertEquals("Mine: a new purpose.", partnership(merged).getPurpose());
		assertEquals("Riverbend Regional Health", organisation(merged, "org-hospital").getName());
		assertNull(merged.getEObject("person-tom"), "their deletion stays");
		assertEquals("Nadia, a new paralegal", organisation(merged, "org-clc").getPeople().get(1).getName(), "my person is where I put it");
		EObject mergedRelationship = merged.getEObject(relationshipId);
		assertSame(organisation(merged, "org-hospital"), mergedRelationship.eGet(mergedRelationship.eClass().getEStructuralFeature("to")));
	}

	@Test
	void theSameFieldChangedOnBothSidesIsAConflictThatKeepsTheirsUntilChosen() throws Exception {
		partnership(mine).setName("Mine");
		partnership(theirs).setName("Theirs");
		organisation(mine, "org-clc").setDescription("Both agree.");
		organisation(theirs, "org-clc").setDescription("Both agree.");
		MergeResult result = ThreeWayMerge.merge(base, mine, theirs);
		assertEquals(1, result.conflicts().size(), result.conflicts().toString());
		Conflict conflict = result.conflicts().get(0);
		assertEquals(Conflict.Kind.BOTH_CHANGED, conflict.kind());
		assertEquals("name", conflict.feature());
		assertEquals("\u201cMine\u201d", conflict.mine());
		assertEquals("\u201cTheirs\u201d", conflict.theirs());
		assertEquals("Theirs", partnership(result.merged()).getName());
		result.settle(conflict, Side.MINE);
		assertEquals("Mine", partnership(reread(result.merged())).getName());
		assertEquals(List.of(), result.conflicts());
	}

	@Test
	void anObjectTheyDeletedAndIChangedComesBackWhenIChooseMine() throws Exception {
		String people = String.join(",", organisation(base, "org-chc").getPeople().stream().map(p -> id(base, p)).toList());
		organisation(mine, "org-chc").setDescription("Mine: still a partner.");
		deleteEverywhereIn(theirs, organisation(theirs, "org-chc"));
		MergeResult result = ThreeWayMerge.merge(base, mine, theirs);
		assertEquals(1, result.conflicts().size(), result.conflicts().toString());
		Conflict conflict = result.conflicts().get(0);
		assertEquals(Conflict.Kind.DELETED_BY_THEM, conflict.kind());
		assertTrue(conflict.describe().contains("mine changed description; theirs deleted it"), conflict.describe());
		assertNull(result.merged().getEObject("org-chc"), "theirs until I choose");
		result.settle(conflict, Side.MINE);
		Resource merged = reread(result.merged());
		assertEquals("Mine: still a partner.", organisation(merged, "org-chc").getDescription());
		assertEquals(people, String.join(",", organisation(merged, "org-chc").getPeople().stream().map(p -> id(merged, p)).toList()),
				"with the people in it, under their own ids");
	}

	@Test
	void anObjectIDeletedAndTheyChangedStaysUntilIChooseMine() throws Exception {
		EcoreUtil.delete(person(mine, "person-priya"), true);
		person(theirs, "person-priya").setRole("Theirs: now the team leader");
		EcoreUtil.delete(person(mine, "person-tom"), true);
		MergeResult result = ThreeWayMerge.merge(base, mine, theirs);
		assertEquals(1, result.conflicts().size(), result.conflicts().toString());
		assertEquals(Conflict.Kind.DELETED_BY_ME, result.conflicts().get(0).kind());
		assertNull(result.merged().getEObject("person-tom"), "a deletion nobody disputes goes through");
		assertNotNull(result.merged().getEObject("person-priya"));
		result.settle(result.conflicts().get(0), Side.MINE);
		assertNull(reread(result.merged()).getEObject("person-priya"));
	}

	@Test
	void aReferenceOfMineToAnObjectTheyDeletedIsAConflictAndMineBringsTheObjectBack() throws Exception {
		EObject respondent = mine.getEObject("first-year-tom");
		respondent.eSet(respondent.eClass().getEStructuralFeature("person"), person(mine, "person-priya"));
		EcoreUtil.delete(person(theirs, "person-priya"), true);
		MergeResult result = ThreeWayMerge.merge(base, mine, theirs);
		assertEquals(1, result.conflicts().size(), result.conflicts().toString());
		Conflict conflict = result.conflicts().get(0);
		assertEquals(Conflict.Kind.REFERS_TO_DELETED, conflict.kind());
		assertEquals("person", conflict.feature());
		EObject theirRespondent = result.merged().getEObject("first-year-tom");
		assertSame(result.merged().getEObject("person-tom"), theirRespondent.eGet(theirRespondent.eClass().getEStructuralFeature("person")),
				"theirs until I choose: not emptied");
		result.settle(conflict, Side.MINE);
		Resource merged = reread(result.merged());
		EObject respondentNow = merged.getEObject("first-year-tom");
		assertSame(merged.getEObject("person-priya"), respondentNow.eGet(respondentNow.eClass().getEStructuralFeature("person")));
	}

	@Test
	void anObjectIDeletedThatTheyMadeSomethingPointToIsAConflict() throws Exception {
		EcoreUtil.delete(person(mine, "person-sam"), true);
		EObject respondent = theirs.getEObject("first-year-tom");
		respondent.eSet(respondent.eClass().getEStructuralFeature("person"), person(theirs, "person-sam"));
		MergeResult result = ThreeWayMerge.merge(base, mine, theirs);
		assertEquals(1, result.conflicts().size(), result.conflicts().toString());
		assertEquals(Conflict.Kind.DELETED_BY_ME, result.conflicts().get(0).kind());
		assertTrue(result.conflicts().get(0).theirs().startsWith("made Respondent"), result.conflicts().get(0).theirs());
		assertNotNull(result.merged().getEObject("person-sam"), "their reference is not emptied behind their back");
	}

	@Test
	void keepingMineBringsBackWhatTheyDeletedAroundIt() throws Exception {
		person(mine, "person-sam").setRole("Mine: Aboriginal health liaison");
		Person nurse = PartnershipFactory.eINSTANCE.createPerson();
		nurse.setName("Mine: a new nurse");
		organisation(mine, "org-chc").getPeople().add(nurse);
		deleteEverywhereIn(theirs, organisation(theirs, "org-hospital"));
		deleteEverywhereIn(theirs, organisation(theirs, "org-chc"));
		MergeResult result = ThreeWayMerge.merge(base, mine, theirs);
		assertEquals(List.of(Conflict.Kind.ADDED_TO_DELETED, Conflict.Kind.DELETED_BY_THEM), result.conflicts().stream().map(Conflict::kind).toList(),
				result.conflicts().toString());
		result.conflicts().forEach(conflict -> result.settle(conflict, Side.MINE));
		Resource merged = reread(result.merged());
		assertEquals("Mine: Aboriginal health liaison", person(merged, "person-sam").getRole());
		assertSame(organisation(merged, "org-hospital"), person(merged, "person-sam").eContainer(), "with the organisation it is in");
		assertEquals(List.of("Mine: a new nurse"), organisation(merged, "org-chc").getPeople().stream().map(Person::getName).toList());
	}

	/** A save cut off after it went through is sent again: what it added is not added twice. */
	@Test
	void whatTheyHaveAlreadyIsNotAddedASecondTime() throws Exception {
		Person added = PartnershipFactory.eINSTANCE.createPerson();
		added.setName("Sent twice");
		organisation(mine, "org-clc").getPeople().add(added);
		((XMLResource) mine).setID(added, "person-sent-twice");
		Person already = EcoreUtil.copy(added);
		organisation(theirs, "org-clc").getPeople().add(already);
		((XMLResource) theirs).setID(already, "person-sent-twice");
		MergeResult result = ThreeWayMerge.merge(base, mine, theirs);
		assertEquals(List.of(), result.conflicts());
		Resource merged = reread(result.merged());
		assertEquals(1, organisation(merged, "org-clc").getPeople().stream().filter(p -> "Sent twice".equals(p.getName())).count());
	}

	private static Resource reread(Resource merged) throws Exception {
		return PartnershipBytes.load(PartnershipBytes.of(merged, "merged.hjp"), "merged");
	}

	private static Partnership partnership(Resource resource) {
		return (Partnership) resource.getContents().get(0);
	}

	private static Organisation organisation(Resource resource, String id) {
		return (Organisation) resource.getEObject(id);
	}

	private static Person person(Resource resource, String id) {
		return (Person) resource.getEObject(id);
	}

	private static String id(Resource resource, EObject object) {
		return ((XMLResource) resource).getID(object);
	}

	private static EObject first(Resource resource, String className) {
		for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			EObject object = all.next();
			if (object.eClass().getName().equals(className)) {
				return object;
			}
		}
		throw new AssertionError("the sample has no " + className);
	}

	private static void deleteEverywhereIn(Resource resource, EObject object) {
		String id = id(resource, object);
		EcoreUtil.delete(object, true);
		assertNull(resource.getEObject(id));
	}
}
