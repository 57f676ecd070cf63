package org.hjp.workbench.ui.session;

import java.util.Optional;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.hjp.workbench.core.stages.DefinedStage;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.hjp.workbench.core.stages.StageRegistry;
import org.hjp.workbench.model.PartnershipExtension;

import jakarta.inject.Inject;

/** Opens the editor of a stage, one part per stage, and finds the stage an object belongs to. */
public class StageEditors {

	public static final String PART_DESCRIPTOR = "org.hjp.workbench.ui.partdescriptor.stageeditor";
	public static final String EDITOR_STACK = "org.hjp.workbench.ui.partstack.editors";
	public static final String STAGE_KEY = "stageId";

	/** Not a stage: the whole partnership, including data of plug-ins that have no stage of their own. */
	public static final StageDescriptor OUTLINE = new DefinedStage("org.hjp.workbench.ui.outline", "Whole partnership",
			"Everything the partnership file holds, stage by stage, including data of plug-ins that have no stage of their own.",
			Integer.MAX_VALUE, null) {
	};

	/** Implemented by parts that can select an object they show. */
	public interface Revealing {
		void reveal(EObject object, EStructuralFeature feature);
	}

	@Inject
	private EPartService parts;

	@Inject
	private EModelService models;

	@Inject
	private MApplication application;

	@Inject
	@Service
	private StageRegistry registry;

	public MPart open(StageDescriptor stage) {
		String descriptor = stage.editorPartDescriptorId() == null ? PART_DESCRIPTOR : stage.editorPartDescriptorId();
		MPart part = parts.getParts().stream()
				.filter(p -> stage.id().equals(p.getPersistedState().get(STAGE_KEY))).findFirst().orElse(null);
		if (part == null) {
			part = parts.createPart(descriptor);
			part.setLabel(stage.tabLabel());
			part.setTooltip(stage.label() + "\n" + stage.description());
			part.getPersistedState().put(STAGE_KEY, stage.id());
			MPartStack stack = (MPartStack) models.find(EDITOR_STACK, application);
			stack.getChildren().add(part);
		}
		return parts.showPart(part, PartState.ACTIVATE);
	}

	/** Opens the stage that holds {@code object} and selects it there, with the field of {@code feature} if shown. */
	public void reveal(EObject object, EStructuralFeature feature) {
		stageOf(object).ifPresent(stage -> {
			MPart part = open(stage);
			if (part.getObject() instanceof Revealing revealing) {
				revealing.reveal(object, feature);
			}
		});
	}

	public Optional<StageDescriptor> stage(String id) {
		if (OUTLINE.id().equals(id)) {
			return Optional.of(OUTLINE);
		}
		return registry.stages().stream().filter(s -> s.id().equals(id)).findFirst();
	}

	/**
	 * The stage whose data holds {@code object}: the stage of the extension it lies in (the outline when no
	 * installed stage edits that extension), else the profile.
	 */
	public Optional<StageDescriptor> stageOf(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof PartnershipExtension extension) {
				return registry.stages().stream().filter(s -> s.dataClass() == extension.eClass()).findFirst()
						.or(() -> Optional.of(OUTLINE));
			}
		}
		return registry.stages().stream().filter(s -> s.dataClass() == null).findFirst();
	}
}
