package org.hjp.workbench.ui.edit;

import java.net.URL;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.hjp.workbench.core.editing.ModelLabels;

/** Labels and icons from EMF item providers; icons are created once and freed with the provider. */
public class ItemProviderLabelProvider extends LabelProvider {

	private final AdapterFactory adapterFactory;
	private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());

	public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		return textOf(adapterFactory, element);
	}

	/** The item provider's label, with dates as people write them (see {@link ModelLabels#textOf}). */
	public static String textOf(AdapterFactory adapterFactory, Object element) {
		return ModelLabels.textOf(adapterFactory, element);
	}

	/** A linked object's label without its kind in front (see {@link ModelLabels#nameOf}). */
	public static String nameOf(AdapterFactory adapterFactory, Object element) {
		return ModelLabels.nameOf(adapterFactory, element);
	}

	/** The name of an object's class, e.g. "Referral pathway" (see {@link ModelLabels#kindOf}). */
	public static String kindOf(AdapterFactory adapterFactory, EObject object) {
		return ModelLabels.kindOf(adapterFactory, object);
	}

	@Override
	public Image getImage(Object element) {
		Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
		if (provider instanceof IItemLabelProvider label) {
			return image(label.getImage(element));
		}
		return null;
	}

	/** An SWT image for an item provider's image object (usually a URL). */
	public Image image(Object itemImage) {
		if (itemImage instanceof URL url) {
			return images.create(ImageDescriptor.createFromURL(url));
		}
		if (itemImage instanceof ImageDescriptor descriptor) {
			return images.create(descriptor);
		}
		return null;
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}
}
