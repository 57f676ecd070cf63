package org.hjp.workbench.ui.handlers;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.di.AboutToShow;
import org.eclipse.e4.ui.model.application.ui.menu.MDirectMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.hjp.workbench.ui.session.RecentFiles;

/** Fills File > Open Recent with the partnership files opened most recently. */
public class RecentFilesMenu {

	static final String FILE = "file";

	@AboutToShow
	public void aboutToShow(List<MMenuElement> items, EModelService models) {
		List<Path> files = RecentFiles.list();
		for (int i = 0; i < files.size(); i++) {
			Path file = files.get(i);
			MDirectMenuItem item = models.createModelElement(MDirectMenuItem.class);
			item.setLabel("&" + (i + 1) + " " + file.getFileName());
			item.setTooltip(file.toString());
			item.getTransientData().put(FILE, file);
			item.setContributionURI("bundleclass://org.hjp.workbench.ui/org.hjp.workbench.ui.handlers.OpenRecentItem");
			items.add(item);
		}
		if (files.isEmpty()) {
			MDirectMenuItem none = models.createModelElement(MDirectMenuItem.class);
			none.setLabel("(no recent partnerships)");
			none.setEnabled(false);
			none.setContributionURI("bundleclass://org.hjp.workbench.ui/org.hjp.workbench.ui.handlers.OpenRecentItem");
			items.add(none);
		}
	}
}
