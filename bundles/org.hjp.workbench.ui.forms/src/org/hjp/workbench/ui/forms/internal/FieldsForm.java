package org.hjp.workbench.ui.forms.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.observable.value.WritableValue;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.ui.forms.DetailForm;

/**
 * A form of labelled fields about one object, in two columns: the label, then the field with its help and message. A
 * list's details form can be given another item of the same kind: when its page asks the same of it, the form keeps
 * every control and binds them to the new item (master-detail), so that moving through a list makes no widget.
 */
public final class FieldsForm extends FieldSteps {

	/** The widget data key under which each field's control carries its feature's name. */
	public static final String FIELD_KEY = "hjp.field";

	/** The widget data key under which each list's table carries the name of the list's reference. */
	public static final String LIST_KEY = "hjp.list";

	private final FormContext context;
	/** The object shown, which every field follows (master-detail); null while the form is put aside. */
	private final WritableValue<EObject> master;
	private final Composite body;
	private final DataBindingContext bindings;
	private final BoundFields fields;
	private final List<FormPart> parts = new ArrayList<>();
	private boolean empty = true;

	FieldsForm(Composite parent, FormContext context, EObject object) {
		this.context = context;
		master = new WritableValue<>(context.realm, object, EObject.class);
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 6).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(body);
		bindings = new DataBindingContext(context.realm);
		body.addDisposeListener(e -> {
			bindings.dispose();
			// With it go the fields' detail observables, and the adapters they put on the last object shown.
			master.dispose();
		});
		fields = new BoundFields(context, bindings, master);
	}

	/** The form {@code form} describes for {@code object}. */
	static FieldsForm of(Composite parent, FormContext context, EObject object, DetailForm form) {
		FieldsForm built = new FieldsForm(parent, context, object);
		form.fill(built);
		return built;
	}

	@Override
	public EObject object() {
		return master.getValue();
	}

	/**
	 * Shows {@code next} in this form, if {@code form} asks for it what it asked for the object shown; otherwise changes
	 * nothing and answers false.
	 */
	boolean show(EObject next, DetailForm form) {
		List<FormStep> steps = StepRecorder.steps(next, form);
		if (steps.size() != parts.size()) {
			return false;
		}
		List<Runnable> rebinders = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			Runnable rebinder = parts.get(i).rebinder(steps.get(i), next);
			if (rebinder == null) {
				return false;
			}
			rebinders.add(rebinder);
		}
		takeWhatIsTyped();
		master.setValue(next);
		rebinders.forEach(Runnable::run);
		return true;
	}

	/**
	 * What is typed in the field with the focus belongs to the object shown so far: it is taken, as when the field loses
	 * the focus (the only moment a text field commits), before the form shows another object or goes.
	 */
	private void takeWhatIsTyped() {
		Control focus = body.getDisplay().getFocusControl();
		if (focus instanceof Text && Reflow.isInside(focus, body)) {
			focus.notifyListeners(SWT.FocusOut, new Event());
		}
	}

	/**
	 * Puts the form aside, hidden and about nothing, while the list shows an item of another kind: it then leads no
	 * check, and no search for a field, to itself.
	 */
	void putAside() {
		if (master.getValue() == null) {
			return;
		}
		takeWhatIsTyped();
		master.setValue(null);
		parts.forEach(FormPart::putAside);
		setShown(false);
	}

	void setShown(boolean shown) {
		((GridData) body.getLayoutData()).exclude = !shown;
		body.setVisible(shown);
	}

	void dispose() {
		takeWhatIsTyped();
		body.dispose();
	}

	@Override
	void take(FormStep step) {
		parts.add(switch (step) {
		case FormStep.Section section -> sectionPart(section);
		case FormStep.Field field -> new FieldPart(body, context, fields, master, field);
		case FormStep.Table table -> tablePart(table);
		case FormStep.Checks checks -> checksPart();
		case FormStep.Custom custom -> customPart(custom);
		case FormStep.Text text -> {
			FormStyle.paragraph(body, text.paragraph(), 2);
			yield same(text);
		}
		});
		empty = false;
	}

	/** A part that shows the same for any object, as long as it is asked the same. */
	private static FormPart same(FormStep step) {
		return (asked, next) -> asked.equals(step) ? FormPart.UNCHANGED : null;
	}

	private FormPart sectionPart(FormStep.Section section) {
		FormStyle.heading(body, section.title(), 2, empty);
		if (section.help() != null) {
			FormStyle.help(body, section.help(), 2);
		}
		return same(section);
	}

	private FormPart tablePart(FormStep.Table step) {
		EObject owner = step.list().owner() != null ? step.list().owner() : master.getValue();
		Composite details = new Composite(body, SWT.NONE);
		ListTable table = new ListTable(body, context, new WritableValue<>(context.realm, owner, EObject.class), step.list(), details, false);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).indent(0, empty ? 0 : 6).applyTo(table.control());
		details.moveBelow(table.control());
		GridLayoutFactory.fillDefaults().extendedMargins(16, 0, 4, 0).applyTo(details);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(details);
		return table;
	}

	private FormPart checksPart() {
		ChecksView checks = new ChecksView(body, context.markers, master);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(checks.control());
		return (asked, next) -> asked instanceof FormStep.Checks ? checks::problemsChanged : null;
	}

	/** A control of the page's own: made again for each object, since it is the page's and may be about anything. */
	private FormPart customPart(FormStep.Custom step) {
		Control[] control = { placed(step.factory().create(body, master.getValue())) };
		return (asked, next) -> asked instanceof FormStep.Custom again ? () -> {
			Control made = placed(again.factory().create(body, next));
			made.moveAbove(control[0]);
			control[0].dispose();
			control[0] = made;
		} : null;
	}

	private static Control placed(Control control) {
		GridData data = control.getLayoutData() instanceof GridData given ? given : GridDataFactory.fillDefaults().grab(true, false).create();
		data.horizontalSpan = 2;
		control.setLayoutData(data);
		return control;
	}
}
