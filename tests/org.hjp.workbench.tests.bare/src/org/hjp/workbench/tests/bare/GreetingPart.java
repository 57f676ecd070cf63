package org.hjp.workbench.tests.bare;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The one part of the bare application. */
public class GreetingPart {

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new FillLayout());
		new Label(parent, SWT.NONE).setText("A bare e4 application, the baseline of the startup benchmark.");
	}
}
