package org.hjp.workbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.hjp.workbench.core.stages.DefinedStage;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.hjp.workbench.core.stages.StageRegistry;
import org.hjp.workbench.tests.generator.TopicEvents;
import org.hjp.workbench.tests.generator.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;

class StageRegistryTest {

	private static final String PROFILE = "org.hjp.workbench.stage.profile";
	private static final String NEEDS = "org.hjp.workbench.stage.needs";
	private static final String ACTIVITIES = "org.hjp.workbench.stage.activities";
	private static final String AGREEMENT = "org.hjp.workbench.stage.agreement";
	private static final String LEARNING = "org.hjp.workbench.stage.learning";

	@AfterEach
	void resetOrder() throws Exception {
		Services.get(StageRegistry.class).resetOrder();
	}

	@Test
	void theFourBlocksAndTheProfileAreRegisteredFromTheirBundlesInDefaultOrder() throws Exception {
		assertEquals(List.of(PROFILE, NEEDS, ACTIVITIES, AGREEMENT, LEARNING), ids(Services.get(StageRegistry.class)));
	}

	@Test
	void theUsersOrderComesFirstAndIsRemembered() throws Exception {
		StageRegistry registry = Services.get(StageRegistry.class);
		try (TopicEvents changes = TopicEvents.listen(StageRegistry.TOPIC_CHANGED)) {
			registry.setUserOrder(List.of(PROFILE, ACTIVITIES, NEEDS));
			changes.awaitCount(1);
		}
		assertEquals(List.of(PROFILE, ACTIVITIES, NEEDS, AGREEMENT, LEARNING), ids(registry));
		assertEquals(List.of(PROFILE, ACTIVITIES, NEEDS), registry.userOrder());
	}

	@Test
	void aStageRegisteredWhileRunningAppearsAndLeaves() throws Exception {
		StageRegistry registry = Services.get(StageRegistry.class);
		try (TopicEvents changes = TopicEvents.listen(StageRegistry.TOPIC_CHANGED)) {
			ServiceRegistration<StageDescriptor> registration = Services.register(StageDescriptor.class,
					new DefinedStage("org.example.stage.funding", "Funding", "Funding applications and acquittals.", 25, null) {
					});
			try {
				assertEquals(List.of(PROFILE, NEEDS, ACTIVITIES, "org.example.stage.funding", AGREEMENT, LEARNING), ids(registry));
				changes.awaitCount(1);
			} finally {
				registration.unregister();
			}
			assertEquals(List.of(PROFILE, NEEDS, ACTIVITIES, AGREEMENT, LEARNING), ids(registry));
			changes.awaitCount(2);
		}
	}

	@Test
	void aStageWithTheIdOfAnotherReplacesItUntilItLeaves() throws Exception {
		StageRegistry registry = Services.get(StageRegistry.class);
		ServiceRegistration<StageDescriptor> registration = Services.register(StageDescriptor.class,
				new DefinedStage(LEARNING, "Learning the Riverbend way", "An organisation's own version of the stage.", 40, null) {
				});
		try {
			assertEquals(List.of(PROFILE, NEEDS, ACTIVITIES, AGREEMENT, LEARNING), ids(registry), "still one learning stage");
			assertEquals("Learning the Riverbend way", registry.stages().get(4).label());
		} finally {
			registration.unregister();
		}
		assertEquals("Learning and evolving", registry.stages().get(4).label(), "ours is back once the replacement leaves");
	}

	private static List<String> ids(StageRegistry registry) {
		return registry.stages().stream().map(StageDescriptor::id).toList();
	}
}
