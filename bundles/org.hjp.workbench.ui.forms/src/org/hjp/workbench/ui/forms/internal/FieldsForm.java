package org.hjp.workbench.ui.forms.internal;

import java.util.Collection;
import java.util.function.BiPredicate;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptorDecorator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.hjp.workbench.ui.forms.ControlFactory;
import org.hjp.workbench.ui.forms.Fields;
import org.hjp.workbench.ui.forms.ListSpec;

/** A form of labelled fields about one object, in two columns: the label, then the field with its help and message. */
public final class FieldsForm implements Fields {

	/** The widget data key under which each field's control carries its feature's name. */
	public static final String FIELD_KEY = "hjp.field";

	/** The widget data key under which each list's table carries the name of the list's reference. */
	public static final String LIST_KEY = "hjp.list";

	private final FormContext context;
	private final EObject object;
	private final Composite body;
	private final DataBindingContext bindings;
	private final BoundFields fields;
	private boolean empty = true;

	FieldsForm(Composite parent, FormContext context, EObject object) {
		this.context = context;
		this.object = object;
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 6).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(body);
		bindings = new DataBindingContext(context.realm);
		body.addDisposeListener(e -> bindings.dispose());
		fields = new BoundFields(context, bindings);
	}

	Composite control() {
		return body;
	}

	@Override
	public EObject object() {
		return object;
	}

	@Override
	public Fields section(String title, String help) {
		FormStyle.heading(body, title, 2, empty);
		if (help != null) {
			FormStyle.help(body, help, 2);
		}
		empty = false;
		return this;
	}

	@Override
	public Fields field(EStructuralFeature feature) {
		return field(feature, null);
	}

	@Override
	public Fields field(EStructuralFeature feature, String help) {
		return field(feature, help, context.descriptor(object, feature));
	}

	@Override
	public Fields field(EReference reference, String help, BiPredicate<EObject, Object> offered) {
		IItemPropertyDescriptor all = context.descriptor(object, reference);
		EObject item = object;
		return field(reference, help, new ItemPropertyDescriptorDecorator(item, all) {
			@Override
			public Collection<?> getChoiceOfValues(Object thisObject) {
				Object linked = item.eGet(reference);
				return super.getChoiceOfValues(thisObject).stream()
						.filter(choice -> choice == null || choice == linked || (linked instanceof Collection<?> many && many.contains(choice))
								|| offered.test(item, choice))
						.toList();
			}
		});
	}

	private Fields field(EStructuralFeature feature, String help, IItemPropertyDescriptor descriptor) {
		Label label = new Label(body, SWT.NONE);
		String name = descriptor.getDisplayName(object).replace("&", "&&");
		label.setText(name.endsWith("?") ? name : name + ":");
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).indent(0, 4).applyTo(label);
		Composite box = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(box);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
		FieldMessage message = new FieldMessage(box);
		Control control = fields.create(box, object, descriptor, message);
		control.setData(FIELD_KEY, feature.getName());
		Control top = control;
		while (top.getParent() != box) {
			top = top.getParent();
		}
		top.moveAbove(null);
		String helpText = help != null ? help : descriptor.getDescription(object);
		if (helpText != null && !helpText.isBlank()) {
			label.setToolTipText(helpText);
			FormStyle.help(box, helpText, 1).moveBelow(top);
		}
		context.markers.field(new ProblemMarkers.FieldSpot(object, feature, control, message));
		empty = false;
		return this;
	}

	@Override
	public Fields table(ListSpec list) {
		EObject owner = list.owner() != null ? list.owner() : object;
		Composite details = new Composite(body, SWT.NONE);
		ListTable table = new ListTable(body, context, owner, list, details, false);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).indent(0, empty ? 0 : 6).applyTo(table.control());
		details.moveBelow(table.control());
		GridLayoutFactory.fillDefaults().extendedMargins(16, 0, 4, 0).applyTo(details);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(details);
		empty = false;
		return this;
	}

	@Override
	public Fields checks() {
		ChecksView checks = new ChecksView(body, context.markers, object);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(checks.control());
		empty = false;
		return this;
	}

	@Override
	public Fields control(ControlFactory factory) {
		Control control = factory.create(body, object);
		GridData data = control.getLayoutData() instanceof GridData given ? given : GridDataFactory.fillDefaults().grab(true, false).create();
		data.horizontalSpan = 2;
		control.setLayoutData(data);
		empty = false;
		return this;
	}

	@Override
	public Fields text(String paragraph) {
		FormStyle.paragraph(body, paragraph, 2);
		empty = false;
		return this;
	}

	/** A field for every property the item providers let the user set: the form of an item no page describes. */
	Fields allProperties() {
		IItemPropertySource source = (IItemPropertySource) context.adapterFactory.adapt(object, IItemPropertySource.class);
		if (source == null) {
			return this;
		}
		for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(object)) {
			if (descriptor.canSetProperty(object) && descriptor.getFeature(object) instanceof EStructuralFeature feature
					&& !(feature instanceof EReference reference && reference.isContainment()) && !(feature.isMany() && !(feature instanceof EReference))) {
				field(feature);
			}
		}
		return this;
	}
}
