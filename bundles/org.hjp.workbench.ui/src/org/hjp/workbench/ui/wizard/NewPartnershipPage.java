package org.hjp.workbench.ui.wizard;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The one page of the new partnership wizard. */
class NewPartnershipPage extends WizardPage {

	private Text name;
	private Text legal;
	private Text health;

	NewPartnershipPage() {
		super("partnership");
		setTitle("A new health justice partnership");
		setDescription("Name the partnership and its two lead organisations. You can add more partners and detail later.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite form = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(10, 8).applyTo(form);
		name = field(form, "Partnership &name:", "e.g. Eastside Health Justice Partnership", "name");
		legal = field(form, "&Legal partner:", "e.g. Eastside Community Legal Centre", "legal");
		health = field(form, "&Health partner:", "e.g. Eastside Community Health", "health");
		setControl(form);
		name.setFocus();
	}

	private Text field(Composite form, String label, String hint, String key) {
		new Label(form, SWT.NONE).setText(label);
		Text text = new Text(form, SWT.BORDER);
		text.setMessage(hint);
		text.setData("hjp.field", key);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
		text.addModifyListener(e -> validate());
		return text;
	}

	private void validate() {
		String missing = name.getText().isBlank() ? "Give the partnership a name."
				: legal.getText().isBlank() ? "Name the legal partner."
				: health.getText().isBlank() ? "Name the health partner." : null;
		setErrorMessage(null);
		setMessage(missing, INFORMATION);
		setPageComplete(missing == null);
	}

	/** The three answers, read while the page's widgets still exist. */
	String[] answers() {
		return new String[] { name.getText(), legal.getText(), health.getText() };
	}
}
