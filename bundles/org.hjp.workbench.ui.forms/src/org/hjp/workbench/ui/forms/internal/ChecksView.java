package org.hjp.workbench.ui.forms.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.hjp.workbench.core.validation.Problem;

/** The checks about one item, each with its explanation; "all clear" when there are none. */
final class ChecksView implements ProblemMarkers.Listener {

	/** The widget data key that marks the checks of a form, for tests. */
	public static final String CHECKS_KEY = "hjp.checks";

	private final Composite box;
	private final ProblemMarkers markers;
	private final EObject object;
	/** The problems shown, each with the field it leads to: the checks are built again only when these change. */
	private List<Check> shown;

	/** A problem shown, and the field its link leads to (null when it has none in this form). */
	private record Check(Problem problem, Control field) {
	}

	ChecksView(Composite parent, ProblemMarkers markers, EObject object) {
		this.markers = markers;
		this.object = object;
		box = new Composite(parent, SWT.NONE);
		box.setData(CHECKS_KEY, Boolean.TRUE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 4).applyTo(box);
		markers.listen(this);
		problemsChanged();
		// Once the rest of the form is built, the checks can lead to the fields they are about.
		box.getDisplay().asyncExec(() -> {
			if (!box.isDisposed()) {
				problemsChanged();
			}
		});
	}

	Control control() {
		return box;
	}

	@Override
	public boolean isDisposed() {
		return box.isDisposed();
	}

	@Override
	public void problemsChanged() {
		List<Problem> problems = markers.about(object);
		List<Check> showing = problems.stream()
				.map(p -> new Check(p, p.feature() == null ? null : markers.field(object, p.feature()).orElse(null))).toList();
		if (showing.equals(shown)) {
			return;
		}
		shown = showing;
		for (Control child : box.getChildren()) {
			child.dispose();
		}
		FormStyle.strong(box, problems.isEmpty() ? "Checks: all clear." : problems.size() == 1 ? "Checks: one thing to look at." : "Checks: " + problems.size() + " things to look at.", 2);
		for (Check check : showing) {
			Problem problem = check.problem();
			Label icon = new Label(box, SWT.NONE);
			icon.setImage(FieldMessage.image(problem.severity()));
			GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(icon);
			Control field = check.field();
			if (field == null) {
				Label text = new Label(box, SWT.WRAP);
				text.setText(problem.message().replace("&", "&&"));
				GridDataFactory.fillDefaults().grab(true, false).hint(FormStyle.WRAP_HINT, SWT.DEFAULT).applyTo(text);
			} else {
				// The message also shows under its field; the link takes the user there.
				Link text = new Link(box, SWT.WRAP);
				text.setText("<a>" + problem.message().replace("&", "&&").replace("<", "&lt;") + "</a>");
				text.addListener(SWT.Selection, e -> {
					if (!field.isDisposed()) {
						field.setFocus();
						Reflow.showInScroller(field);
					}
				});
				GridDataFactory.fillDefaults().grab(true, false).hint(FormStyle.WRAP_HINT, SWT.DEFAULT).applyTo(text);
			}
		}
		Reflow.soon(box.getParent());
	}
}
