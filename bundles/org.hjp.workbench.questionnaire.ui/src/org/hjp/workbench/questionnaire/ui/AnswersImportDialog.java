package org.hjp.workbench.questionnaire.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.questionnaire.AnswerImport;
import org.hjp.workbench.questionnaire.ImportPlan;
import org.hjp.workbench.ui.session.WaitingContext;

/**
 * Import Answers: choose an assessment round and the files of answers (filled questionnaires, CSV files), see what
 * the import will do to each respondent, and import it as one step that Edit > Undo takes back.
 */
public final class AnswersImportDialog extends TitleAreaDialog {

	/** Widget data keys, for tests. */
	public static final String ROUND_KEY = "hjp.answers.round";
	public static final String FILES_KEY = "hjp.answers.files";
	public static final String PREVIEW_KEY = PlanPreview.KEY;
	public static final String REFUSALS_KEY = PlanPreview.REFUSALS_KEY;

	static final String NO_ROUND = "This partnership has no assessment round with an instrument yet. "
			+ "Start an assessment round in Learning and evolving > Assessments first.";
	private static final String ADD_FILES = "Add the files of answers: questionnaires filled in and sent back (PDF), or CSV files.";
	private static final String READY = "Nothing changes until you choose Import. Edit > Undo takes the whole import back.";

	private final PartnershipDocument document;
	private final List<AssessmentRound> rounds;
	private final List<Path> files = new ArrayList<>();
	private Combo roundChoice;
	private FileList fileList;
	private PlanPreview preview;
	private ImportPlan plan;
	private String imported;

	public AnswersImportDialog(Shell parent, PartnershipDocument document) {
		super(parent);
		this.document = document;
		this.rounds = AnswerImport.rounds(document.partnership());
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Import Answers");
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Point getInitialSize() {
		Rectangle screen = getParentShell().getMonitor().getClientArea();
		return new Point(Math.min(820, screen.width - 40), Math.min(600, screen.height - 60));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Import answers into an assessment round");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).spacing(8, 8).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

		new Label(body, SWT.NONE).setText("&Round:");
		roundChoice = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		roundChoice.setData(ROUND_KEY, Boolean.TRUE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(roundChoice);
		rounds.forEach(round -> roundChoice.add(ImportableRounds.label(round)));
		roundChoice.addListener(SWT.Selection, e -> replan());

		Label filesLabel = new Label(body, SWT.NONE);
		filesLabel.setText("&Files:");
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 4).applyTo(filesLabel);
		fileList = new FileList(body, FILES_KEY, this::chooseFiles, this::removeFiles);

		Label previewLabel = new Label(body, SWT.NONE);
		previewLabel.setText("&What the import will do:");
		GridDataFactory.swtDefaults().span(2, 1).indent(0, 6).applyTo(previewLabel);
		preview = new PlanPreview(body);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(600, 200).applyTo(preview.control());

		if (rounds.isEmpty()) {
			roundChoice.setEnabled(false);
			fileList.setEnabled(false);
			setMessage(NO_ROUND, IMessageProvider.WARNING);
		} else {
			roundChoice.select(0);
			setMessage(ADD_FILES);
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Import", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		updateImportButton();
	}

	/** Adds files of answers, as Add Files... does once they are chosen, and shows what importing them would do. */
	public void addFiles(List<Path> chosen) {
		chosen.stream().map(Path::toAbsolutePath).filter(file -> !files.contains(file)).forEach(files::add);
		fileList.show(files);
		replan();
	}

	/** What was imported, in a sentence, once the dialog has closed with Import. */
	public Optional<String> imported() {
		return Optional.ofNullable(imported);
	}

	private void chooseFiles() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText("Add Files of Answers");
		dialog.setFilterExtensions(new String[] { "*.pdf;*.PDF;*.csv;*.CSV", "*" });
		dialog.setFilterNames(new String[] { "Questionnaires and CSV files (*.pdf, *.csv)", "All files" });
		document.file().map(Path::getParent).ifPresent(folder -> dialog.setFilterPath(folder.toString()));
		if (dialog.open() != null) {
			Path folder = Path.of(dialog.getFilterPath());
			addFiles(Arrays.stream(dialog.getFileNames()).map(folder::resolve).toList());
		}
	}

	private void removeFiles(List<Integer> indices) {
		indices.stream().sorted(Comparator.reverseOrder()).forEach(i -> files.remove((int) i));
		fileList.show(files);
		replan();
	}

	private AssessmentRound round() {
		int index = roundChoice.getSelectionIndex();
		return index < 0 ? null : rounds.get(index);
	}

	private void replan() {
		plan = null;
		preview.clear();
		setErrorMessage(null);
		if (round() == null || files.isEmpty()) {
			setMessage(rounds.isEmpty() ? NO_ROUND : ADD_FILES, rounds.isEmpty() ? IMessageProvider.WARNING : IMessageProvider.NONE);
		} else {
			plan(round()).ifPresent(this::show);
		}
		updateImportButton();
	}

	private void show(ImportPlan shown) {
		plan = shown;
		preview.show(shown, round());
		if (shown.refused()) {
			// The title area has room for two lines; a longer reason is read whole in the box below.
			boolean fits = shown.refusals().size() == 1 && shown.refusals().get(0).length() <= 150;
			setErrorMessage(fits ? shown.refusals().get(0)
					: shown.refusals().size() == 1 ? "The import is refused for the reason below. Nothing is imported until it is put right."
							: "The import is refused for " + shown.refusals().size() + " reasons, listed below. Nothing is imported until they are put right.");
		} else {
			setErrorMessage(null);
			setMessage(shown.changesAnything() ? READY : "These files change nothing: every answer in them is already in the round.");
		}
	}

	/** Reads and checks the files off the UI thread; the window keeps painting meanwhile. */
	private Optional<ImportPlan> plan(AssessmentRound round) {
		List<Path> chosen = List.copyOf(files);
		AtomicReference<ImportPlan> result = new AtomicReference<>();
		try {
			new WaitingContext(getShell()).run(true, false, monitor -> {
				monitor.beginTask("Reading the files of answers", IProgressMonitor.UNKNOWN);
				result.set(AnswerImport.plan(round, chosen));
				monitor.done();
			});
			return Optional.of(result.get());
		} catch (InvocationTargetException e) {
			ILog.of(getClass()).error("Could not read the files of answers " + chosen, e.getCause());
			setErrorMessage("The files could not be read (" + e.getCause().getMessage() + "). Nothing was imported; the workbench log has the details.");
		} catch (InterruptedException e) {
			setErrorMessage("Reading the files was stopped. Nothing was imported.");
		}
		return Optional.empty();
	}

	private void updateImportButton() {
		Button importButton = getButton(IDialogConstants.OK_ID);
		if (importButton != null) {
			importButton.setEnabled(plan != null && plan.changesAnything());
		}
	}

	@Override
	protected void okPressed() {
		AssessmentRound round = round();
		if (plan == null || !plan.changesAnything() || round == null) {
			return;
		}
		// The files are read again: a plan applies to the round and files as they were when it was made.
		List<String> shown = PlanPreview.lines(plan, round);
		Optional<ImportPlan> fresh = plan(round);
		if (fresh.isEmpty()) {
			plan = null;
			updateImportButton();
			return;
		}
		show(fresh.get());
		if (!PlanPreview.lines(plan, round).equals(shown)) {
			if (!plan.refused()) {
				setErrorMessage("The files changed since they were read. Check what the import will do now, then choose Import again.");
			}
			updateImportButton();
			return;
		}
		Command command = plan.command(document.editingDomain());
		if (!command.canExecute()) {
			ILog.of(getClass()).warn("The import of answers into " + round.getTitle() + " could not be executed");
			setErrorMessage("The answers cannot be imported: the partnership cannot be changed now. Nothing was imported.");
			return;
		}
		document.commandStack().execute(command);
		imported = ImportSummary.of(plan, round);
		super.okPressed();
	}
}
