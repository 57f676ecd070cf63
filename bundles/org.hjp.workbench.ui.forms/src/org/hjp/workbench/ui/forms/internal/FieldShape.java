package org.hjp.workbench.ui.forms.internal;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;

/**
 * The control a field needs for a feature of an object, and for a drop-down what it offers: worked out alike when the
 * field is made and when its form is given another object, which can keep the control only if it needs the same kind.
 */
record FieldShape(Kind kind, Collection<?> offered) {

	enum Kind {
		TEXT, MULTI_LINE_TEXT, CHECK, DROP_DOWN, CHOOSER
	}

	/**
	 * The most objects a link offers in a drop-down; with more (hundreds of partners, thousands of needs) it offers a
	 * dialog with a search field, which is quicker to use and does not fill a native drop-down with thousands of rows.
	 */
	static final int MAX_DROP_DOWN = 50;

	static FieldShape of(EObject object, IItemPropertyDescriptor descriptor) {
		EStructuralFeature feature = (EStructuralFeature) descriptor.getFeature(object);
		if (feature instanceof EReference reference) {
			if (reference.isMany()) {
				return new FieldShape(Kind.CHOOSER, List.of());
			}
			// Worked out once per object shown: finding the objects that can be linked goes through the whole partnership.
			Collection<?> offered = descriptor.getChoiceOfValues(object);
			return new FieldShape(offered.size() > MAX_DROP_DOWN ? Kind.CHOOSER : Kind.DROP_DOWN, offered);
		}
		EAttribute attribute = (EAttribute) feature;
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		if (type == boolean.class || type == Boolean.class) {
			return new FieldShape(Kind.CHECK, List.of());
		}
		if (attribute.getEAttributeType() instanceof EEnum) {
			return new FieldShape(Kind.DROP_DOWN, descriptor.getChoiceOfValues(object));
		}
		return new FieldShape(descriptor.isMultiLine(object) ? Kind.MULTI_LINE_TEXT : Kind.TEXT, List.of());
	}
}
