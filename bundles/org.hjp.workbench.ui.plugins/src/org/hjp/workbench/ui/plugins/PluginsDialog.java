package org.hjp.workbench.ui.plugins;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.provisioning.InstallException;
import org.hjp.workbench.provisioning.InstallReport;
import org.hjp.workbench.provisioning.Offer;
import org.hjp.workbench.provisioning.Plugin;
import org.hjp.workbench.provisioning.PluginInstaller;

/**
 * Plug-ins: choose an update site (a folder or a zip), see what it offers, install; see what is installed, and
 * uninstall. Changes take effect at once. Long work shows progress and can be cancelled.
 */
final class PluginsDialog extends TitleAreaDialog {

	/** Widget data keys, for tests. */
	static final String SITE_KEY = "hjp.plugins.site";
	static final String OFFERS_KEY = "hjp.plugins.offers";
	static final String INSTALLED_KEY = "hjp.plugins.installed";
	static final String REPORT_KEY = "hjp.plugins.report";

	private final PluginInstaller installer;
	private Text site;
	private PluginTable offers;
	private PluginTable installed;
	private Button install;
	private Button uninstall;
	private Text report;
	private URI shownSite;

	PluginsDialog(Shell parent, PluginInstaller installer) {
		super(parent);
		this.installer = installer;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Plug-ins");
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Plug-ins");
		setMessage("Add stages, assessment instruments and other plug-ins from an update site: a folder, or a zip of one, from the plug-in's author.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).margins(10, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

		new Label(body, SWT.NONE).setText("Update &site:");
		site = new Text(body, SWT.BORDER | SWT.SINGLE);
		site.setData(SITE_KEY, Boolean.TRUE);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(site);
		button(body, "&Folder...", this::chooseFolder);
		button(body, "&Zip...", this::chooseZip);
		Button show = button(body, "S&how", this::showOffers);
		site.addListener(SWT.DefaultSelection, e -> showOffers());
		site.addListener(SWT.Modify, e -> show.setEnabled(!site.getText().isBlank()));
		show.setEnabled(false);

		heading(body, "Offered by the site");
		offers = new PluginTable(body, OFFERS_KEY, true, 5);
		offers.onChange(this::updateButtons);
		install = button(body, "&Install", this::install);
		GridDataFactory.swtDefaults().span(5, 1).align(SWT.END, SWT.CENTER).applyTo(install);
		// What an installed plug-in adds and leaves out, with the reasons in full: more than the title area's two lines hold.
		report = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
		report.setData(REPORT_KEY, Boolean.TRUE);
		GridDataFactory.fillDefaults().span(5, 1).grab(true, false).hint(360, report.getLineHeight() * 4).exclude(true).applyTo(report);
		report.setVisible(false);

		heading(body, "Installed plug-ins");
		installed = new PluginTable(body, INSTALLED_KEY, false, 5);
		installed.onChange(this::updateButtons);
		uninstall = button(body, "&Uninstall", this::uninstall);
		GridDataFactory.swtDefaults().span(5, 1).align(SWT.END, SWT.CENTER).applyTo(uninstall);
		refreshInstalled();
		updateButtons();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		// Not the default button: Enter in the site field shows what the site offers instead of closing the dialog.
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		}
	}

	private void chooseFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setText("Update site folder");
		String folder = dialog.open();
		if (folder != null) {
			site.setText(folder);
			showOffers();
		}
	}

	private void chooseZip() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText("Zipped update site");
		dialog.setFilterExtensions(new String[] { "*.zip", "*" });
		String zip = dialog.open();
		if (zip != null) {
			site.setText(zip);
			showOffers();
		}
	}

	private void showOffers() {
		String text = site.getText().strip();
		if (text.isEmpty()) {
			return;
		}
		URI uri;
		if (text.startsWith("https://") || text.startsWith("http://")) {
			try {
				uri = new URI(text.endsWith("/") ? text : text + "/");
			} catch (URISyntaxException e) {
				setErrorMessage("\u201c" + text + "\u201d is not an address an update site can have.");
				return;
			}
		} else {
			Path path = Path.of(text);
			if (!Files.exists(path)) {
				setErrorMessage("There is no folder or file " + text + ".");
				return;
			}
			uri = PluginInstaller.siteAt(path);
		}
		Work.Outcome<List<Offer>> found = Work.run(getShell(), "Reading the update site", monitor -> installer.offers(uri, monitor));
		if (found.succeeded()) {
			shownSite = uri;
			offers.showOffers(found.value());
			setErrorMessage(null);
			setMessage(found.value().isEmpty() ? "The site offers no plug-ins." : "Tick the plug-ins to install, then choose Install.");
		} else {
			setErrorMessage(found.problem());
		}
		updateButtons();
	}

	private void install() {
		List<Offer> chosen = offers.checkedOffers();
		if (chosen.isEmpty() || shownSite == null) {
			return;
		}
		for (Offer offer : chosen) {
			if (offer.plugin().licence() != null && !LicenceDialog.accepted(getShell(), offer.plugin())) {
				setErrorMessage("Nothing was installed: you did not accept the licence of " + offer.plugin().title() + ".");
				return;
			}
		}
		URI uri = shownSite;
		List<String> ids = chosen.stream().map(o -> o.plugin().id()).toList();
		TrustQuestion questions = new TrustQuestion(getShell());
		Work.Outcome<InstallReport> done = Work.run(getShell(), "Installing plug-ins", monitor -> installer.install(uri, ids, questions, monitor));
		if (done.succeeded()) {
			setErrorMessage(null);
			String installedText = "Installed " + titles(chosen.stream().map(Offer::plugin).toList()) + ".";
			showReport(done.value());
			if (done.value().added().isEmpty() && done.value().leftOut().isEmpty()) {
				setMessage(installedText + " It can be used now.");
			} else if (done.value().leftOut().isEmpty()) {
				setMessage(installedText + " What it adds is said below.", IMessageProvider.INFORMATION);
			} else {
				setMessage(installedText + " Some of what it offers is left out; below is what and why.", IMessageProvider.WARNING);
			}
			refreshInstalled();
			refreshOffers();
		} else {
			setErrorMessage(done.problem());
		}
		updateButtons();
	}

	/** Shows what installed plug-ins add and leave out, or hides the report when there is nothing to say. */
	private void showReport(InstallReport installed) {
		List<String> sentences = new ArrayList<>(installed.added());
		sentences.addAll(installed.leftOut());
		report.setText(String.join(System.lineSeparator(), sentences));
		boolean shown = !sentences.isEmpty();
		((GridData) report.getLayoutData()).exclude = !shown;
		report.setVisible(shown);
		report.getParent().layout(true, true);
	}

	private void uninstall() {
		List<Plugin> chosen = installed.selectedPlugins();
		if (chosen.isEmpty()) {
			return;
		}
		List<String> ids = chosen.stream().map(Plugin::id).toList();
		Work.Outcome<Boolean> done = Work.run(getShell(), "Removing plug-ins", monitor -> {
			installer.uninstall(ids, monitor);
			return Boolean.TRUE;
		});
		if (done.succeeded()) {
			setErrorMessage(null);
			showReport(InstallReport.NOTHING);
			setMessage("Uninstalled " + titles(chosen) + ". Partnerships keep what was entered with it.");
			refreshInstalled();
			refreshOffers();
		} else {
			setErrorMessage(done.problem());
		}
		updateButtons();
	}

	private void refreshInstalled() {
		try {
			installed.showPlugins(installer.installed());
		} catch (InstallException e) {
			installed.showPlugins(List.of());
			setErrorMessage(e.getMessage());
			ILog.of(PluginsDialog.class).warn(e.getMessage(), e);
		}
	}

	/** The site's offers again, now that what is installed has changed. */
	private void refreshOffers() {
		if (shownSite != null) {
			URI uri = shownSite;
			Work.Outcome<List<Offer>> found = Work.run(getShell(), "Reading the update site", monitor -> installer.offers(uri, monitor));
			offers.showOffers(found.succeeded() ? found.value() : List.of());
		}
	}

	private void updateButtons() {
		install.setEnabled(!offers.checkedOffers().isEmpty());
		uninstall.setEnabled(!installed.selectedPlugins().isEmpty());
	}

	private static String titles(List<Plugin> plugins) {
		return String.join(", ", plugins.stream().map(Plugin::title).toList());
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	private static void heading(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		GridDataFactory.fillDefaults().span(5, 1).indent(0, 8).applyTo(label);
	}
}
