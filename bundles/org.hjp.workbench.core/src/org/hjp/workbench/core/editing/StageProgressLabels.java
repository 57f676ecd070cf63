package org.hjp.workbench.core.editing;

import java.util.Optional;

import org.eclipse.emf.common.notify.Adapter;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.hjp.workbench.core.stages.StageRegistry;
import org.hjp.workbench.model.StageProgress;
import org.hjp.workbench.model.StageStatus;
import org.hjp.workbench.model.provider.PartnershipItemProviderAdapterFactory;
import org.hjp.workbench.model.provider.StageProgressItemProvider;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The partnership model's item providers, with a user's mark on a stage labelled by the stage's name as the stage
 * list shows it ("Stage Investigating needs and gaps, done for now"), not by its internal id.
 */
final class StageProgressLabels extends PartnershipItemProviderAdapterFactory {

	@Override
	public Adapter createStageProgressAdapter() {
		// The inherited field, so that the generated dispose() disposes this provider too.
		if (stageProgressItemProvider == null) {
			stageProgressItemProvider = new StageProgressItemProvider(this) {
				@Override
				public String getText(Object object) {
					StageProgress progress = (StageProgress) object;
					String stage = stageLabel(progress.getStageId()).orElse(progress.getStageId());
					return "Stage " + (stage == null ? "" : stage) + (progress.getStatus() == StageStatus.DONE ? ", done for now" : "");
				}
			};
		}
		return stageProgressItemProvider;
	}

	/** The stage's name, while the stage is installed and the workbench runs. */
	static Optional<String> stageLabel(String id) {
		Bundle bundle = FrameworkUtil.getBundle(StageProgressLabels.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		ServiceReference<StageRegistry> reference = context == null ? null : context.getServiceReference(StageRegistry.class);
		StageRegistry registry = reference == null ? null : context.getService(reference);
		if (registry == null) {
			return Optional.empty();
		}
		try {
			return registry.stages().stream().filter(s -> s.id().equals(id)).map(StageDescriptor::label).findFirst();
		} finally {
			context.ungetService(reference);
		}
	}
}
