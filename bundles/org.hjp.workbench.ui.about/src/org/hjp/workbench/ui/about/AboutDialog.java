package org.hjp.workbench.ui.about;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.core.product.ProductIdentity;
import org.hjp.workbench.ui.about.ThirdPartyLibraries.Library;
import org.hjp.workbench.ui.session.Desktop;
import org.osgi.framework.FrameworkUtil;

/**
 * Help > About: the product's name and version from the build, its licence, where its log is, and the libraries it
 * is built with, each with its licence.
 */
class AboutDialog extends Dialog {

	static final String LIBRARIES_KEY = "hjp.about.libraries";
	static final int OPEN_LOG_FOLDER = IDialogConstants.CLIENT_ID + 1;
	private static final String EPL = "https://www.eclipse.org/legal/epl-2.0/";

	private final ProductIdentity identity = ProductIdentity.current();
	private final Optional<Path> legal = Installation.legalFolder();

	private final Desktop desktop;

	AboutDialog(Shell parent, Desktop desktop) {
		super(parent);
		this.desktop = desktop;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("About " + identity.name());
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(16, 6).applyTo(area);
		Label icon = new Label(area, SWT.NONE);
		largestIcon().ifPresent(icon::setImage);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).span(1, 4).applyTo(icon);
		Label name = new Label(area, SWT.NONE);
		name.setText(identity.name());
		name.setFont(JFaceResources.getHeaderFont());
		new Label(area, SWT.NONE).setText(identity.versionLine());
		new Label(area, SWT.NONE).setText("For the people who run health justice partnerships.");
		Link licence = new Link(area, SWT.NONE);
		licence.setText("Licensed under the <a>Eclipse Public License 2.0</a>.");
		licence.addListener(SWT.Selection, e -> openLegal("LICENSE", EPL));
		Text log = new Text(area, SWT.READ_ONLY);
		log.setText("Its log is in " + Installation.logFolder());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).indent(0, 8).applyTo(log);
		Label built = new Label(area, SWT.WRAP);
		built.setText("It is built with these libraries, each under its own licence:");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).indent(0, 8).applyTo(built);
		Table libraries = libraryTable(area);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(660, libraries.getItemHeight() * 10).applyTo(libraries);
		if (legal.map(l -> Files.isRegularFile(l.resolve("THIRD-PARTY-NOTICES.txt"))).orElse(false)) {
			Link notices = new Link(area, SWT.NONE);
			notices.setText("<a>Read all the notices</a> the libraries ask to be passed on.");
			notices.addListener(SWT.Selection, e -> openLegal("THIRD-PARTY-NOTICES.txt", null));
			GridDataFactory.fillDefaults().span(2, 1).applyTo(notices);
		}
		return area;
	}

	private Table libraryTable(Composite parent) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setData(LIBRARIES_KEY, Boolean.TRUE);
		for (String title : List.of("Library", "Version", "Licence")) {
			new TableColumn(table, SWT.NONE).setText(title);
		}
		for (Library library : libraries()) {
			new TableItem(table, SWT.NONE).setText(new String[] { library.name(), library.version(), library.licence() });
		}
		int[] widths = { 300, 130, 210 };
		for (int i = 0; i < widths.length; i++) {
			table.getColumn(i).setWidth(widths[i]);
		}
		return table;
	}

	private List<Library> libraries() {
		Path folder = legal.orElse(Path.of("legal"));
		try {
			return ThirdPartyLibraries.of(folder, FrameworkUtil.getBundle(AboutDialog.class).getBundleContext().getBundles());
		} catch (IOException e) {
			ILog.of(AboutDialog.class).error("Could not read the list of libraries in " + folder, e);
			return List.of(new Library("The list of libraries could not be read: " + e.getMessage(), "", ""));
		}
	}

	private void openLegal(String file, String otherwise) {
		Optional<Path> path = legal.map(l -> l.resolve(file)).filter(Files::isRegularFile);
		if (path.isPresent()) {
			desktop.open(getShell(), path.get(), file);
		} else if (otherwise != null) {
			desktop.launcher().launch(otherwise);
		}
	}

	private Optional<Image> largestIcon() {
		Image best = null;
		for (Image image : getParentShell() == null ? new Image[0] : getParentShell().getImages()) {
			int width = image.getBounds().width;
			if (width <= 64 && (best == null || width > best.getBounds().width)) {
				best = image;
			}
		}
		return Optional.ofNullable(best);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, OPEN_LOG_FOLDER, "Open &Log Folder", false);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == OPEN_LOG_FOLDER) {
			desktop.openFolder(getShell(), Installation.logFolder(), "the log");
		} else {
			close();
		}
	}
}
