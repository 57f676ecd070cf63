package org.hjp.workbench.questionnaire.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/** The files of an import, each by name and folder, with Add Files... and Remove (or the Delete key) beside them. */
final class FileList {

	private final org.eclipse.swt.widgets.List list;
	private final Button add;
	private final Button remove;

	FileList(Composite parent, String dataKey, Runnable choose, Consumer<List<Integer>> removeChosen) {
		Composite row = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		list = new org.eclipse.swt.widgets.List(row, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		list.setData(dataKey, Boolean.TRUE);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, list.getItemHeight() * 4).span(1, 2).applyTo(list);
		add = new Button(row, SWT.PUSH);
		add.setText("&Add Files...");
		GridDataFactory.fillDefaults().applyTo(add);
		add.addListener(SWT.Selection, e -> choose.run());
		remove = new Button(row, SWT.PUSH);
		remove.setText("Re&move");
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(remove);
		Runnable removeSelected = () -> {
			if (list.getSelectionCount() > 0) {
				removeChosen.accept(Arrays.stream(list.getSelectionIndices()).boxed().toList());
			}
		};
		remove.addListener(SWT.Selection, e -> removeSelected.run());
		list.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.DEL) {
				removeSelected.run();
			}
		});
		list.addListener(SWT.Selection, e -> remove.setEnabled(list.getSelectionCount() > 0));
		remove.setEnabled(false);
	}

	void show(List<Path> files) {
		list.setItems(files.stream().map(FileList::line).toArray(String[]::new));
		remove.setEnabled(false);
	}

	void setEnabled(boolean enabled) {
		list.setEnabled(enabled);
		add.setEnabled(enabled);
	}

	private static String line(Path file) {
		Path folder = file.getParent();
		return folder == null ? file.toString() : file.getFileName() + "   (in " + folder + ")";
	}
}
