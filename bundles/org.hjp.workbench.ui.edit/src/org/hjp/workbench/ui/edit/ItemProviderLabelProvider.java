package org.hjp.workbench.ui.edit;

import java.net.URL;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** Labels and icons from EMF item providers; icons are created once and freed with the provider. */
public class ItemProviderLabelProvider extends LabelProvider {

	private final AdapterFactory adapterFactory;
	private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());

	public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
		return provider instanceof IItemLabelProvider label ? label.getText(element) : String.valueOf(element);
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
