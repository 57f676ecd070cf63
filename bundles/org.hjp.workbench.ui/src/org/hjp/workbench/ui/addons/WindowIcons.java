package org.hjp.workbench.ui.addons;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The workbench's icon, in every size this bundle carries, on the window and on dialogs (the desktop picks the size it shows). */
final class WindowIcons {

	static final int[] SIZES = { 16, 24, 32, 48, 64, 128, 256 };

	private WindowIcons() {
	}

	static void applyTo(Shell shell) {
		Bundle bundle = FrameworkUtil.getBundle(WindowIcons.class);
		List<Image> images = new ArrayList<>();
		for (int size : SIZES) {
			URL entry = bundle == null ? null : bundle.getEntry("icons/hjp-" + size + ".png");
			Image image = entry == null ? null : ImageDescriptor.createFromURL(entry).createImage(false, shell.getDisplay());
			if (image != null) {
				images.add(image);
			}
		}
		shell.setImages(images.toArray(Image[]::new));
		Window.setDefaultImages(images.toArray(Image[]::new));
		shell.addListener(SWT.Dispose, e -> images.forEach(Image::dispose));
	}
}
