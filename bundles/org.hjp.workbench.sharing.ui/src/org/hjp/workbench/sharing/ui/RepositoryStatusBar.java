package org.hjp.workbench.sharing.ui;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The status bar's say on the repository ({@link RepositoryStatus}), with Reload and Merge Now when someone else saved. */
public class RepositoryStatusBar {

	static final String KEY = RepositoryStatusBar.class.getName();

	@Inject
	private RepositorySave save;

	private Composite row;
	private Label text;
	private Button reload;
	private Button merge;

	@PostConstruct
	void create(Composite parent, RepositoryStatus status) {
		row = new Composite(parent, SWT.NONE);
		row.setData(KEY, this);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 0).applyTo(row);
		text = new Label(row, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(text);
		reload = button("Re&load", () -> save.reload(row.getShell()));
		merge = button("&Merge Now", () -> save.mergeNow(row.getShell()));
		show(status.shown());
	}

	private Button button(String label, Runnable action) {
		Button button = new Button(row, SWT.PUSH);
		button.setText(label);
		button.addListener(SWT.Selection, e -> action.run());
		GridDataFactory.fillDefaults().exclude(true).applyTo(button);
		return button;
	}

	@Inject
	@Optional
	void changed(@UIEventTopic(RepositoryStatus.TOPIC) RepositoryStatus.Shown shown) {
		if (row != null && !row.isDisposed()) {
			show(shown);
		}
	}

	private void show(RepositoryStatus.Shown shown) {
		text.setText(shown.text());
		boolean offered = shown.othersSave() != null;
		for (Button button : new Button[] { reload, merge }) {
			button.setVisible(offered);
			((org.eclipse.swt.layout.GridData) button.getLayoutData()).exclude = !offered;
		}
		row.requestLayout();
	}
}
