package org.hjp.workbench.core.editing;

import java.text.DateFormat;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.regex.Pattern;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

/** The labels the model's item providers give, in the words people use; for screens and exports alike. */
public final class ModelLabels {

	private ModelLabels() {
	}

	/**
	 * The item provider's label of {@code element}, with dates written as people write them: generated item
	 * providers label objects by their first attribute, and for a date that is Java's
	 * {@code Tue Mar 18 00:00:00 UTC 2025}.
	 */
	public static String textOf(AdapterFactory adapterFactory, Object element) {
		Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
		String text = provider instanceof IItemLabelProvider label ? label.getText(element) : String.valueOf(element);
		return text == null ? "" : DATE_TO_STRING.matcher(text).replaceAll(m -> readableDate(m.group()));
	}

	/**
	 * The label of a linked object without its kind in front ("Riverbend Legal Centre", not "Organisation
	 * Riverbend Legal Centre"): for places where the kind goes without saying, such as a list of partners.
	 */
	public static String nameOf(AdapterFactory adapterFactory, Object element) {
		String text = textOf(adapterFactory, element);
		String kind = element instanceof EObject object ? kindOf(adapterFactory, object) + " " : null;
		return kind != null && text.startsWith(kind) && text.length() > kind.length() ? text.substring(kind.length()) : text;
	}

	/** The name of an object's class as the model's item providers give it, e.g. "Referral pathway". */
	public static String kindOf(AdapterFactory adapterFactory, EObject object) {
		Object provider = adapterFactory.adapt(object, IItemLabelProvider.class);
		if (provider instanceof ResourceLocator locator) {
			try {
				return locator.getString("_UI_" + object.eClass().getName() + "_type");
			} catch (MissingResourceException e) {
				// A plug-in's model without labels is still usable: fall back to the class name.
			}
		}
		return object.eClass().getName();
	}

	/** A feature's name as its form shows it, e.g. "Why training", or the model's name for it when no form names it. */
	public static String featureOf(AdapterFactory adapterFactory, EObject owner, EStructuralFeature feature) {
		if (adapterFactory.adapt(owner, IItemPropertySource.class) instanceof IItemPropertySource source) {
			IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(owner, feature);
			if (descriptor != null) {
				return descriptor.getDisplayName(owner);
			}
		}
		return feature.getName();
	}

	/** The label of one of a feature's values as the item providers give it, e.g. "Family violence" for a choice. */
	public static String valueOf(AdapterFactory adapterFactory, EObject owner, EStructuralFeature feature, Object value) {
		if (value instanceof EObject linked) {
			return nameOf(adapterFactory, linked);
		}
		if (adapterFactory.adapt(owner, IItemPropertySource.class) instanceof IItemPropertySource source) {
			for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(owner)) {
				if (descriptor.getFeature(owner) == feature) {
					return descriptor.getLabelProvider(owner).getText(value);
				}
			}
		}
		return String.valueOf(value);
	}

	private static final Pattern DATE_TO_STRING = Pattern.compile("[A-Z][a-z]{2} [A-Z][a-z]{2} \\d{2} \\d{2}:\\d{2}:\\d{2} [A-Z]{2,5} \\d{4}");

	private static String readableDate(String javaDate) {
		try {
			Date date = new SimpleDateFormat("EEE MMM dd HH:mm:ss zzz yyyy", Locale.ROOT).parse(javaDate);
			return DateFormat.getDateInstance(DateFormat.MEDIUM).format(date);
		} catch (ParseException e) {
			return javaDate;
		}
	}

}
