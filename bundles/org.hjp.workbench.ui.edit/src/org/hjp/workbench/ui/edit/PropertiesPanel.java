package org.hjp.workbench.ui.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The editable properties of one object, laid out as a form: a label, a field and, where the model
 * documents the property, a line of help. Every edit is a command on the editing domain.
 */
public class PropertiesPanel {

	/** The widget data key under which each field's control carries its feature name. */
	public static final String FIELD_KEY = "hjp.field";

	private static final int MIN_WIDTH = 360;

	private final AdapterFactory adapterFactory;
	private final EditingDomain domain;
	private final ScrolledComposite scroller;
	private final List<PropertyField> fields = new ArrayList<>();
	private final AdapterImpl refresher = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification msg) {
			if (!msg.isTouch() && !scroller.isDisposed()) {
				scroller.getDisplay().asyncExec(PropertiesPanel.this::refreshFields);
			}
		}
	};
	private EObject shown;

	public PropertiesPanel(Composite parent, AdapterFactory adapterFactory, EditingDomain domain) {
		this.adapterFactory = adapterFactory;
		this.domain = domain;
		this.scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.addDisposeListener(e -> detach());
		scroller.addListener(SWT.Resize, e -> fitWidth());
		show(null);
	}

	public Control getControl() {
		return scroller;
	}

	/** Shows the properties of {@code object}, or a hint when nothing is selected. */
	public void show(EObject object) {
		detach();
		shown = object;
		fields.clear();
		if (scroller.getContent() != null) {
			scroller.getContent().dispose();
		}
		Composite form = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).spacing(12, 4).applyTo(form);
		if (object == null) {
			new Label(form, SWT.WRAP).setText("Select an item on the left to see and change its details.");
		} else {
			fill(form, object);
			object.eAdapters().add(refresher);
		}
		scroller.setContent(form);
		fitWidth();
	}

	/** Lays the form out at the width available, wrapping long text, and scrolls only vertically. */
	private void fitWidth() {
		Control form = scroller.getContent();
		if (form == null || form.isDisposed()) {
			return;
		}
		int width = Math.max(MIN_WIDTH, scroller.getClientArea().width);
		scroller.setMinSize(form.computeSize(width, SWT.DEFAULT));
		((Composite) form).layout(true, true);
	}

	public EObject shown() {
		return shown;
	}

	private void fill(Composite form, EObject object) {
		Label title = new Label(form, SWT.WRAP);
		title.setFont(JFaceResources.getHeaderFont());
		title.setText(titleOf(object).replace("&", "&&"));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(MIN_WIDTH, SWT.DEFAULT).applyTo(title);
		IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
		if (source == null) {
			return;
		}
		for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(object)) {
			PropertyField field = fieldFor(object, descriptor);
			if (field == null) {
				continue;
			}
			Label label = new Label(form, SWT.NONE);
			label.setText(descriptor.getDisplayName(object) + ":");
			GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).indent(0, 3).applyTo(label);
			Control control = field.create(form);
			control.setData(FIELD_KEY, field.feature.getName());
			if (field instanceof TextField text) {
				text.text().setData(FIELD_KEY, field.feature.getName());
			}
			GridDataFactory.fillDefaults().grab(true, false).applyTo(control);
			String help = descriptor.getDescription(object);
			if (help != null && !help.isBlank()) {
				label.setToolTipText(help);
				new Label(form, SWT.NONE);
				Label helpLine = new Label(form, SWT.WRAP);
				helpLine.setText(help);
				helpLine.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
				GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(helpLine);
			}
			fields.add(field);
		}
	}

	private PropertyField fieldFor(EObject object, IItemPropertyDescriptor descriptor) {
		if (!descriptor.canSetProperty(object) || !(descriptor.getFeature(object) instanceof EStructuralFeature feature)) {
			return null;
		}
		if (feature instanceof EReference reference) {
			if (reference.isContainment()) {
				return null;
			}
			return reference.isMany() ? new ManyReferenceField(domain, object, descriptor) : new ChoiceField(domain, object, descriptor);
		}
		EAttribute attribute = (EAttribute) feature;
		if (attribute.isMany()) {
			return null;
		}
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		if (type == boolean.class || type == Boolean.class) {
			return new CheckField(domain, object, descriptor);
		}
		if (attribute.getEAttributeType() instanceof EEnum) {
			return new ChoiceField(domain, object, descriptor);
		}
		return new TextField(domain, object, descriptor);
	}

	private String titleOf(EObject object) {
		return ItemProviderLabelProvider.textOf(adapterFactory, object);
	}

	private void refreshFields() {
		for (PropertyField field : fields) {
			field.refresh();
		}
	}

	private void detach() {
		if (shown != null) {
			shown.eAdapters().remove(refresher);
		}
	}
}
