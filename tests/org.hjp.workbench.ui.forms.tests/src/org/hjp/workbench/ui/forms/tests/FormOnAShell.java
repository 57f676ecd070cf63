package org.hjp.workbench.ui.forms.tests;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.core.editing.NewPartnership;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.core.validation.Problem;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.tests.driver.SwtDriver;
import org.hjp.workbench.ui.forms.Pages;
import org.hjp.workbench.ui.forms.internal.FieldsForm;
import org.hjp.workbench.ui.forms.internal.StageForm;

/**
 * A stage form built from a page declared by the test, on a plain shell of its own, over a new partnership with its
 * own editing domain and command stack. The tests run outside Tycho's UI harness, so the display is made on the test's
 * thread, which is then the UI thread; waits run the display's event loop.
 */
final class FormOnAShell implements AutoCloseable {

	private static final int TIMEOUT_MS = 20_000;

	final Display display;
	final PartnershipDocument document;
	private final StageForm form;
	private final Shell shell;

	private FormOnAShell(PartnershipDocument document, Consumer<Pages> page) {
		this.document = document;
		display = Display.getDefault();
		shell = new Shell(display);
		shell.setText("Stage form under test");
		shell.setLayout(new GridLayout());
		shell.setSize(900, 700);
		form = new StageForm(shell, document.editingDomain(), document.editingDomain().getAdapterFactory(), document.partnership(),
				document.partnership());
		page.accept(form);
		shell.open();
		shell.forceActive();
		// Focus events come only to a shell the window manager has made active, as to a user's window.
		waitUntil(() -> display.getActiveShell() == shell, "the shell to become active");
		settle();
	}

	/** Opens a form of {@code page} about {@code document}'s partnership. */
	static FormOnAShell open(PartnershipDocument document, Consumer<Pages> page) {
		return new FormOnAShell(document, page);
	}

	/** A new partnership with its two lead organisations, ready to be filled in by the test before the form opens. */
	static PartnershipDocument newPartnership() {
		return NewPartnership.create("Riverside health justice partnership", "Riverside Legal Service", "Riverside Hospital");
	}

	Partnership partnership() {
		return document.partnership();
	}

	EditingDomain domain() {
		return document.editingDomain();
	}

	CommandStack commands() {
		return document.commandStack();
	}

	void execute(Command command) {
		commands().execute(command);
	}

	/** Shows the partnership's validation problems, as the workbench does after each change. */
	void showProblems(Problem... problems) {
		form.showProblems(List.of(problems));
	}

	/** Makes the shell {@code width} by {@code height} and lays it out. */
	void resize(int width, int height) {
		shell.setSize(width, height);
		shell.layout(true, true);
		settle();
	}

	/** Chooses the check that says {@code message} from the menu of the checks' link, as a user does. */
	void goToCheck(String message) {
		Link link = find(Link.class, l -> l.isVisible() && l.getText().contains("Go to a check"), "the link to the checks");
		link.notifyListeners(SWT.Selection, new Event());
		Menu menu = link.getMenu();
		MenuItem item = Arrays.stream(menu.getItems()).filter(i -> i.getText().equals(message)).findFirst()
				.orElseThrow(() -> new AssertionError("No check \"" + message + "\" in the menu"));
		menu.setVisible(false);
		item.notifyListeners(SWT.Selection, new Event());
		settle();
	}

	/** Every control on the shell with where it is on the screen, to tell whether anything moved. */
	Map<Control, Rectangle> placesOnScreen() {
		Map<Control, Rectangle> places = new LinkedHashMap<>();
		collectPlaces(shell, places);
		return places;
	}

	private static void collectPlaces(Control control, Map<Control, Rectangle> places) {
		Rectangle bounds = control.getBounds();
		Point at = control.getParent() == null ? new Point(bounds.x, bounds.y)
				: control.getParent().toDisplay(bounds.x, bounds.y);
		places.put(control, new Rectangle(at.x, at.y, bounds.width, bounds.height));
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectPlaces(child, places);
			}
		}
	}

	/** The text field of {@code feature}. */
	Text field(EStructuralFeature feature) {
		return find(Text.class, t -> feature.getName().equals(t.getData(FieldsForm.FIELD_KEY)), "a text field for " + feature.getName());
	}

	/** The table of the list of {@code reference}. */
	Table list(EReference reference) {
		return find(Table.class, t -> reference.getName().equals(t.getData(FieldsForm.LIST_KEY)), "the list of " + reference.getName());
	}

	/** The first control of {@code type} on the shell that matches, shown or not. */
	<T extends Control> T find(Class<T> type, Predicate<T> matches, String description) {
		T found = SwtDriver.findIn(shell, type, matches);
		if (found == null) {
			throw new AssertionError("No " + description + " on the form");
		}
		return found;
	}

	/** Whether the shell shows a control of {@code type} that matches. */
	<T extends Control> boolean shows(Class<T> type, Predicate<T> matches) {
		return SwtDriver.findIn(shell, type, c -> matches.test(c) && c.isVisible()) != null;
	}

	/** Gives {@code control} the keyboard focus, as a click or Tab does, and waits until it has it. */
	void focus(Control control) {
		control.setFocus();
		waitUntil(() -> display.getFocusControl() == control, "the focus to move to " + control);
	}

	/** Types {@code typed} into {@code field} over what it holds, a key at a time; the focus stays in the field. */
	void type(Text field, String typed) {
		focus(field);
		field.selectAll();
		for (char c : typed.toCharArray()) {
			field.insert(String.valueOf(c));
		}
		settle();
	}

	/** Handles every event and task the display has waiting. */
	void settle() {
		while (display.readAndDispatch()) {
			// keep dispatching
		}
	}

	/** Runs the event loop until {@code condition} holds; fails after a while. */
	void waitUntil(BooleanSupplier condition, String description) {
		boolean[] timedOut = { false };
		Runnable alarm = () -> timedOut[0] = true;
		display.timerExec(TIMEOUT_MS, alarm);
		try {
			while (!condition.getAsBoolean()) {
				if (timedOut[0]) {
					throw new AssertionError("Timed out after " + TIMEOUT_MS / 1000 + " s waiting for " + description);
				}
				if (!display.readAndDispatch()) {
					display.sleep();
				}
			}
		} finally {
			display.timerExec(-1, alarm);
		}
	}

	@Override
	public void close() {
		shell.dispose();
		settle();
		document.dispose();
	}
}
