package org.hjp.workbench.ui.forms.internal;

import java.util.List;

import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.hjp.workbench.core.validation.Problem;
import org.hjp.workbench.ui.forms.MessageLine;

/**
 * One line at the top of an item's form that says how many checks there are about the item ("all clear" when
 * none), with a link to a menu of them that takes the user to each one's field. One line whatever the checks, so that
 * a check met or failed while the user works moves nothing on the form; each check also shows under its field.
 */
final class ChecksView implements ProblemMarkers.Listener {

	/** The widget data key that marks the checks of a form, for tests. */
	public static final String CHECKS_KEY = "hjp.checks";
	/** The longest a check is shown in the menu; the whole of it is under its field and in the Problems view. */
	private static final int MENU_TEXT_LENGTH = 140;

	private final Composite box;
	private final ProblemMarkers markers;
	/** The object the form shows: another as the form is given another item, or none while the form is put aside. */
	private final IObservableValue<EObject> master;
	private final MessageLine summary;
	private final Link show;
	/** The problems shown, each with the field it leads to: the menu is built again only when these change. */
	private List<Check> shown;

	/** A problem shown, and the field it leads to (null when it has none in this form). */
	private record Check(Problem problem, Control field) {
	}

	ChecksView(Composite parent, ProblemMarkers markers, IObservableValue<EObject> master) {
		this.markers = markers;
		this.master = master;
		box = new Composite(parent, SWT.NONE);
		box.setData(CHECKS_KEY, Boolean.TRUE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 0).applyTo(box);
		summary = new MessageLine(box);
		summary.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		show = new Link(box, SWT.NONE);
		show.setText("<a>Go to a check\u2026</a>");
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(show);
		show.addListener(SWT.Selection, e -> openMenu());
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
		EObject item = master.getValue();
		List<Problem> problems = markers.about(item);
		List<Check> showing = problems.stream()
				.map(p -> new Check(p, p.feature() == null ? null : markers.field(item, p.feature()).orElse(null))).toList();
		if (showing.equals(shown)) {
			return;
		}
		shown = showing;
		String count = problems.isEmpty() ? "Checks: all clear." : problems.size() == 1 ? "Checks: one thing to look at." : "Checks: " + problems.size() + " things to look at.";
		summary.show(count, problems.isEmpty() ? null : problems.get(0).severity());
		summary.setToolTipText(problems.isEmpty() ? null : String.join("\n", problems.stream().map(Problem::message).toList()));
		// Hidden, not removed: the line keeps its place and its height.
		show.setVisible(!problems.isEmpty());
		if (show.getMenu() != null) {
			show.getMenu().dispose();
		}
		show.setMenu(problems.isEmpty() ? null : menu());
	}

	/** The checks, each leading to its field: opened from the link, or from the link's context menu. */
	private Menu menu() {
		Menu menu = new Menu(show);
		for (Check check : shown) {
			MenuItem item = new MenuItem(menu, SWT.PUSH);
			String message = check.problem().message();
			item.setText((message.length() > MENU_TEXT_LENGTH ? message.substring(0, MENU_TEXT_LENGTH) + "\u2026" : message).replace("&", "&&"));
			item.setImage(MessageLine.image(check.problem().severity()));
			Control field = check.field();
			// A check about the item as a whole has no field to go to.
			item.setEnabled(field != null);
			item.addListener(SWT.Selection, e -> {
				if (!field.isDisposed()) {
					Reflow.reveal(field);
				}
			});
		}
		return menu;
	}

	private void openMenu() {
		Menu menu = show.getMenu();
		if (menu != null) {
			Rectangle link = show.getBounds();
			menu.setLocation(show.getParent().toDisplay(link.x, link.y + link.height));
			menu.setVisible(true);
		}
	}
}
