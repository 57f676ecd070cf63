package org.hjp.workbench.ui.plugins;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.provisioning.Plugin;

/** A plug-in's licence, to be accepted before it is installed; Cancel is the default answer. */
final class LicenceDialog extends Dialog {

	static final String ACCEPT = "I &Accept";

	private final Plugin plugin;

	LicenceDialog(Shell parent, Plugin plugin) {
		super(parent);
		this.plugin = plugin;
	}

	/** Whether the user accepts the licence of {@code plugin}. */
	static boolean accepted(Shell parent, Plugin plugin) {
		return new LicenceDialog(parent, plugin).open() == OK;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Licence of " + plugin.name());
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(plugin.title() + (plugin.provider() == null ? "" : " from " + plugin.provider())
				+ " comes under this licence. Install it only if you accept it.");
		GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(intro);
		Text licence = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
		licence.setText(plugin.licence());
		GridDataFactory.fillDefaults().grab(true, true).hint(480, 160).applyTo(licence);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, ACCEPT, false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
	}
}
