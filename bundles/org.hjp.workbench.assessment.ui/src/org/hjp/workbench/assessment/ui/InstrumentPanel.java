package org.hjp.workbench.assessment.ui;

import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.hjp.workbench.assessment.DefinitionProblem;
import org.hjp.workbench.assessment.InstalledInstrument;
import org.hjp.workbench.assessment.InstrumentRegistry;
import org.hjp.workbench.assessment.Rounds;
import org.hjp.workbench.assessment.model.AssessmentPackage.Literals;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.assessment.scoring.InstrumentStatus;

/**
 * The instrument of a round: for a new round, a choice among the installed instruments; once chosen, its name,
 * version and instructions, and what has changed in the installed plug-ins since the round was answered.
 */
final class InstrumentPanel {

	/** Widget data key of the choice of instrument, for tests. */
	static final String CHOICE_KEY = "hjp.assessment.instrumentChoice";

	private final AssessmentRound round;
	private final InstrumentRegistry registry;
	private final Composite composite;

	private InstrumentPanel(Composite parent, AssessmentRound round, InstrumentRegistry registry) {
		this.round = round;
		this.registry = registry;
		composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(composite);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(composite);
		ModelWatch.rebuildOnChange(composite, round, registry, this::build);
	}

	static Control create(Composite parent, AssessmentRound round, InstrumentRegistry registry) {
		return new InstrumentPanel(parent, round, registry).composite;
	}

	private void build() {
		Instrument instrument = round.getInstrument();
		if (instrument == null) {
			chooser();
			return;
		}
		Label title = wide(SWT.NONE);
		title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		title.setText((instrument.getName() + ", version " + instrument.getVersion()
				+ (instrument.getPublisher() == null ? "" : ", from " + instrument.getPublisher())).replace("&", "&&"));
		if (instrument.getInstructions() != null) {
			wide(SWT.WRAP).setText(instrument.getInstructions().replace("&", "&&"));
		}
		for (String note : InstrumentStatus.of(round, registry)) {
			Label warning = wide(SWT.WRAP);
			warning.setText(note.replace("&", "&&"));
			warning.setForeground(composite.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		}
	}

	private void chooser() {
		List<InstalledInstrument> instruments = registry.instruments();
		Label label = new Label(composite, SWT.NONE);
		label.setText("&Instrument:");
		Combo combo = new Combo(composite, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setData(CHOICE_KEY, round);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		instruments.forEach(i -> combo.add(i.title()));
		Label help = wide(SWT.WRAP);
		help.setForeground(composite.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		if (instruments.isEmpty()) {
			combo.setEnabled(false);
			help.setText("No assessment instrument is installed. Install an instrument plug-in (Help > Plug-ins) to start a round.");
			showProblems();
			return;
		}
		help.setText("Choose the instrument the partners will answer. The round keeps a copy of it, so it keeps its meaning when the plug-in is updated or removed.");
		showProblems();
		combo.addListener(SWT.Selection, e -> {
			int index = combo.getSelectionIndex();
			if (index >= 0) {
				choose(instruments.get(index));
			}
		});
	}

	/** Instrument plug-ins whose definitions could not be used, so that their authors' users know why they are missing. */
	private void showProblems() {
		for (DefinitionProblem problem : registry.problems()) {
			Label broken = wide(SWT.WRAP);
			broken.setText(problem.message().replace("&", "&&"));
			broken.setForeground(composite.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		}
	}

	private void choose(InstalledInstrument installed) {
		EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(round);
		CompoundCommand command = new CompoundCommand("Choose instrument " + installed.definition().getName());
		command.append(SetCommand.create(domain, round, Literals.ASSESSMENT_ROUND__INSTRUMENT, Rounds.copyForRound(installed)));
		command.append(SetCommand.create(domain, round, Literals.ASSESSMENT_ROUND__INSTRUMENT_BUNDLE, installed.bundle()));
		if (round.getTitle() == null || round.getTitle().isBlank()) {
			command.append(SetCommand.create(domain, round, Literals.ASSESSMENT_ROUND__TITLE, installed.definition().getName()));
		}
		domain.getCommandStack().execute(command);
	}

	private Label wide(int style) {
		Label label = new Label(composite, style);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(240, SWT.DEFAULT).applyTo(label);
		return label;
	}
}
