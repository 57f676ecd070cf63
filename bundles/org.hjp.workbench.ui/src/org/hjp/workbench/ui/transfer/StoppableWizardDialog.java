package org.hjp.workbench.ui.transfer;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.ProgressMonitorPart;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * A wizard dialog whose Cancel button stays live while the wizard works and stops the work. JFace's default
 * greys Cancel out and offers a small stop icon beside the progress bar instead, which users do not find.
 */
final class StoppableWizardDialog extends WizardDialog {

	StoppableWizardDialog(Shell parent, IWizard wizard) {
		super(parent, wizard);
	}

	/** A progress part without its own stop icon: JFace then makes the Cancel button the way to stop. */
	@Override
	protected ProgressMonitorPart createProgressMonitorPart(Composite composite, GridLayout layout) {
		return new ProgressMonitorPart(composite, layout, false);
	}

	@Override
	public void run(boolean fork, boolean cancelable, IRunnableWithProgress runnable) throws InvocationTargetException, InterruptedException {
		IProgressMonitor monitor = getProgressMonitor();
		if (monitor != null) {
			monitor.setCanceled(false); // a stop of the run before must not stop this one
		}
		super.run(fork, cancelable, runnable);
	}
}
