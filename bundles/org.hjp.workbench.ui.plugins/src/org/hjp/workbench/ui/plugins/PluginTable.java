package org.hjp.workbench.ui.plugins;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.hjp.workbench.provisioning.Offer;
import org.hjp.workbench.provisioning.Plugin;

/** A table of plug-ins: offered ones with a tick box and whether they are installed, or installed ones. */
final class PluginTable {

	private final Table table;
	private final boolean offers;

	PluginTable(Composite parent, String key, boolean offers, int span) {
		this.offers = offers;
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | (offers ? SWT.CHECK | SWT.SINGLE : SWT.MULTI));
		table.setData(key, Boolean.TRUE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().span(span, 1).grab(true, true).hint(560, table.getItemHeight() * 5).applyTo(table);
		column("Plug-in", 260);
		column("Version", 120);
		column("Provider", 150);
		if (offers) {
			column("In this workbench", 150);
		}
	}

	private void column(String title, int width) {
		TableColumn column = new TableColumn(table, SWT.NONE);
		column.setText(title);
		column.setWidth(width);
	}

	void onChange(Runnable listener) {
		table.addListener(SWT.Selection, e -> listener.run());
	}

	void showOffers(List<Offer> shown) {
		table.removeAll();
		for (Offer offer : shown) {
			TableItem row = row(offer.plugin());
			row.setData(offer);
			row.setText(3, switch (offer.status()) {
			case NEW -> "Not installed";
			case OTHER_VERSION -> "Version " + offer.installedVersion() + " installed";
			case INSTALLED -> "Installed";
			});
			if (!offer.installable()) {
				row.setGrayed(true);
				row.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			}
		}
	}

	void showPlugins(List<Plugin> shown) {
		table.removeAll();
		if (shown.isEmpty() && !offers) {
			TableItem none = new TableItem(table, SWT.NONE);
			none.setText(0, "None yet");
			none.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			return;
		}
		shown.forEach(p -> row(p).setData(p));
	}

	private TableItem row(Plugin plugin) {
		TableItem row = new TableItem(table, SWT.NONE);
		row.setText(0, plugin.name());
		row.setText(1, plugin.version());
		row.setText(2, plugin.provider() == null ? "" : plugin.provider());
		return row;
	}

	/** The offers ticked that can be installed. */
	List<Offer> checkedOffers() {
		List<Offer> checked = new ArrayList<>();
		for (TableItem row : table.getItems()) {
			if (row.getChecked() && row.getData() instanceof Offer offer && offer.installable()) {
				checked.add(offer);
			}
		}
		return checked;
	}

	List<Plugin> selectedPlugins() {
		List<Plugin> selected = new ArrayList<>();
		for (TableItem row : table.getSelection()) {
			if (row.getData() instanceof Plugin plugin) {
				selected.add(plugin);
			}
		}
		return selected;
	}
}
