package org.hjp.workbench.core.stages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Orders stages: first those the user has placed, in the user's order, then the rest by their default order.
 * The user's order is kept as a comma-separated list of stage ids, so stages installed later still appear.
 */
public final class StageOrder {

	private StageOrder() {
	}

	public static List<StageDescriptor> sort(List<StageDescriptor> stages, List<String> userOrder) {
		List<StageDescriptor> sorted = new ArrayList<>(stages);
		sorted.sort(Comparator.comparingInt((StageDescriptor s) -> rank(userOrder, s)).thenComparingInt(StageDescriptor::defaultOrder)
				.thenComparing(StageDescriptor::id));
		return sorted;
	}

	public static List<String> parse(String stored) {
		if (stored == null || stored.isBlank()) {
			return List.of();
		}
		return Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public static String format(List<String> ids) {
		return String.join(",", ids);
	}

	private static int rank(List<String> userOrder, StageDescriptor stage) {
		int index = userOrder.indexOf(stage.id());
		return index < 0 ? Integer.MAX_VALUE : index;
	}
}
