package org.hjp.workbench.ui.transfer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.export.Exporter;

/** Which format, into which folder, under which name. */
final class ExportPage extends WizardPage {

	/** How many file names the page lists; beyond that it says how many there are. */
	private static final int LISTED = 3;

	/** Widget data keys for tests: the format buttons carry the exporter's id, the texts their role. */
	static final String FORMAT_KEY = "hjp.export.format";
	static final String FIELD_KEY = "hjp.export.field";

	private final List<Exporter> exporters;
	private final List<Button> formats = new ArrayList<>();
	private final Path initialFolder;
	private final String initialName;
	private Text folder;
	private Text name;
	private Label writes;

	ExportPage(List<Exporter> exporters, Path initialFolder, String initialName) {
		super("export");
		this.exporters = exporters;
		this.initialFolder = initialFolder;
		this.initialName = initialName;
		setTitle("Export the partnership");
		setDescription("Write the partnership, as it is now, in a format for other people and tools. The partnership file is not changed.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		Group group = new Group(page, SWT.NONE);
		group.setText("Format");
		GridLayoutFactory.swtDefaults().applyTo(group);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(group);
		for (Exporter exporter : exporters) {
			Button format = new Button(group, SWT.RADIO);
			format.setText(exporter.label().replace("&", "&&"));
			format.setData(FORMAT_KEY, exporter.id());
			format.addListener(SWT.Selection, e -> validate());
			formats.add(format);
		}
		if (!formats.isEmpty()) {
			formats.get(0).setSelection(true);
		}
		new Label(page, SWT.NONE).setText("&Folder:");
		folder = new Text(page, SWT.BORDER);
		folder.setData(FIELD_KEY, "folder");
		folder.setText(initialFolder.toString());
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(folder);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> browse());
		new Label(page, SWT.NONE).setText("&Name:");
		name = new Text(page, SWT.BORDER);
		name.setData(FIELD_KEY, "name");
		name.setText(initialName);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(name);
		writes = new Label(page, SWT.WRAP);
		writes.setData(FIELD_KEY, "writes");
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(360, SWT.DEFAULT).applyTo(writes);
		folder.addModifyListener(e -> validate());
		name.addModifyListener(e -> validate());
		setControl(page);
		validate();
	}

	private void browse() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setText("Export into which folder?");
		dialog.setFilterPath(folder.getText());
		String chosen = dialog.open();
		if (chosen != null) {
			folder.setText(chosen);
		}
	}

	private void validate() {
		String problem = null;
		if (exporters.isEmpty()) {
			problem = "No export formats are installed.";
		} else if (folder.getText().isBlank() || !Files.isDirectory(Path.of(folder.getText().strip()))) {
			problem = "Choose a folder that exists.";
		} else if (name.getText().isBlank() || name.getText().matches(".*[/\\\\:*?\"<>|].*")) {
			problem = "Give a name without / \\ : * ? \" < > or |.";
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
		// Say which files this will write, so that nothing is a surprise in the folder afterwards.
		List<String> names = problem != null ? List.of() : exporter().files(folder(), baseName()).stream().map(f -> f.getFileName().toString()).toList();
		writes.setText(problem != null ? "" : filesWritten(names).replace("&", "&&"));
		writes.setToolTipText(names.size() > LISTED ? String.join("\n", names) : null);
		writes.requestLayout();
	}

	/** The files by name, or when there are many, how many and the first and last, which a sentence can hold. */
	static String filesWritten(List<String> names) {
		if (names.size() <= LISTED) {
			return "Writes " + String.join(", ", names) + ".";
		}
		return "Writes " + names.size() + " files, " + names.get(0) + " to " + names.get(names.size() - 1) + ".";
	}

	Exporter exporter() {
		for (int i = 0; i < formats.size(); i++) {
			if (formats.get(i).getSelection()) {
				return exporters.get(i);
			}
		}
		return exporters.get(0);
	}

	Path folder() {
		return Path.of(folder.getText().strip());
	}

	String baseName() {
		return name.getText().strip();
	}
}
