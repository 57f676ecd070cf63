package org.hjp.workbench.stage.needs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.Sector;
import org.hjp.workbench.needs.model.NeedsAndGaps;
import org.hjp.workbench.needs.model.RelationshipStrength;
import org.hjp.workbench.needs.model.WorkingRelationship;

/**
 * Who already works with whom, drawn: the organisations on a circle, a line for each working relationship,
 * solid when established, dashed when informal, dotted when there is none yet. Redrawn as the lists change.
 */
final class RelationshipMap {

	static final int HEIGHT = 240;
	private static final int BOX_HEIGHT = 24;
	private static final Color LEGAL = new Color(221, 233, 248);
	private static final Color HEALTH = new Color(223, 241, 223);
	private static final Color OTHER = new Color(236, 236, 236);

	private final NeedsAndGaps needs;
	private final Canvas canvas;

	private RelationshipMap(Composite parent, NeedsAndGaps needs) {
		this.needs = needs;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, HEIGHT).applyTo(canvas);
		canvas.addPaintListener(e -> paint(e.gc));
		EContentAdapter redraw = new EContentAdapter() {
			@Override
			public void notifyChanged(Notification notification) {
				super.notifyChanged(notification);
				if (!notification.isTouch() && !canvas.isDisposed()) {
					canvas.redraw();
				}
			}
		};
		EObject watched = needs.eContainer() != null ? needs.eContainer() : needs;
		watched.eAdapters().add(redraw);
		canvas.addDisposeListener(e -> watched.eAdapters().remove(redraw));
	}

	static Control create(Composite parent, EObject object) {
		return new RelationshipMap(parent, (NeedsAndGaps) object).canvas;
	}

	private List<Organisation> organisations() {
		Set<Organisation> shown = new LinkedHashSet<>();
		if (needs.eContainer() instanceof Partnership partnership) {
			shown.addAll(partnership.getOrganisations());
		}
		for (WorkingRelationship relationship : needs.getRelationships()) {
			if (relationship.getFrom() != null) {
				shown.add(relationship.getFrom());
			}
			if (relationship.getTo() != null) {
				shown.add(relationship.getTo());
			}
		}
		return new ArrayList<>(shown);
	}

	private void paint(GC gc) {
		gc.setAntialias(SWT.ON);
		var area = canvas.getClientArea();
		List<Organisation> organisations = organisations();
		if (organisations.isEmpty()) {
			gc.drawText("Add partner organisations in the profile to see who works with whom.", 12, 12, true);
			return;
		}
		List<Point> centres = new ArrayList<>();
		int rx = Math.max(40, area.width / 2 - 130);
		int ry = Math.max(30, area.height / 2 - 40);
		for (int i = 0; i < organisations.size(); i++) {
			double angle = -Math.PI / 2 + 2 * Math.PI * i / organisations.size();
			centres.add(new Point(area.width / 2 + (int) (rx * Math.cos(angle)), area.height / 2 - 10 + (int) (ry * Math.sin(angle))));
		}
		for (WorkingRelationship relationship : needs.getRelationships()) {
			int from = organisations.indexOf(relationship.getFrom());
			int to = organisations.indexOf(relationship.getTo());
			if (from >= 0 && to >= 0) {
				line(gc, relationship.getStrength());
				gc.drawLine(centres.get(from).x, centres.get(from).y, centres.get(to).x, centres.get(to).y);
			}
		}
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(1);
		for (int i = 0; i < organisations.size(); i++) {
			box(gc, organisations.get(i), centres.get(i));
		}
		legend(gc, area.height);
	}

	private void line(GC gc, RelationshipStrength strength) {
		gc.setForeground(canvas.getDisplay().getSystemColor(strength == RelationshipStrength.NONE ? SWT.COLOR_GRAY : SWT.COLOR_DARK_GRAY));
		gc.setLineWidth(strength == RelationshipStrength.ESTABLISHED ? 3 : 1);
		gc.setLineStyle(switch (strength) {
		case ESTABLISHED -> SWT.LINE_SOLID;
		case INFORMAL -> SWT.LINE_DASH;
		case NONE -> SWT.LINE_DOT;
		});
	}

	private void box(GC gc, Organisation organisation, Point centre) {
		String name = organisation.getName() == null || organisation.getName().isBlank() ? "(no name)" : organisation.getName();
		Point text = gc.textExtent(name);
		int width = text.x + 16;
		int x = centre.x - width / 2;
		int y = centre.y - BOX_HEIGHT / 2;
		gc.setBackground(organisation.getSector() == Sector.LEGAL ? LEGAL : organisation.getSector() == Sector.HEALTH ? HEALTH : OTHER);
		gc.fillRoundRectangle(x, y, width, BOX_HEIGHT, 10, 10);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		gc.drawRoundRectangle(x, y, width, BOX_HEIGHT, 10, 10);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		gc.drawText(name, x + 8, centre.y - text.y / 2, true);
	}

	private void legend(GC gc, int height) {
		int y = height - 18;
		int x = 12;
		for (RelationshipStrength strength : RelationshipStrength.VALUES) {
			line(gc, strength);
			gc.drawLine(x, y + 7, x + 30, y + 7);
			gc.setLineStyle(SWT.LINE_SOLID);
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
			String label = switch (strength) {
			case ESTABLISHED -> "established";
			case INFORMAL -> "informal";
			case NONE -> "no relationship yet";
			};
			gc.drawText(label, x + 36, y, true);
			x += 36 + gc.textExtent(label).x + 24;
		}
		gc.setLineWidth(1);
	}
}
