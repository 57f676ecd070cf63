package org.hjp.workbench.ui.parts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.hjp.workbench.core.stages.Commitment;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.hjp.workbench.core.stages.StageFacts;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.ui.session.StageEditors;

/**
 * What the partnership has said it will do next, from every stage: dated commitments from a month back (those
 * are overdue) to half a year ahead, soonest first. Each leads to the item that records it.
 */
final class ComingUp {

	static final int DAYS_AHEAD = 183;
	private static final int MOST = 8;
	/** Wrapping text needs a width to start from; the page then gives it the width there is. */
	static final int WRAP_HINT = 150;

	private ComingUp() {
	}

	static void fill(Composite parent, Partnership partnership, List<StageDescriptor> stages, StageEditors editors, LocalDate today) {
		List<Commitment> due = StageFacts.commitments(stages, partnership, today.minusDays(StageFacts.OVERDUE_DAYS), today.plusDays(DAYS_AHEAD));
		Composite list = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(16, 4).applyTo(list);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(list);
		if (due.isEmpty()) {
			Label nothing = new Label(list, SWT.WRAP);
			nothing.setText("Nothing dated in the next six months. Review dates and planned sessions show here.");
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(WRAP_HINT, SWT.DEFAULT).applyTo(nothing);
			return;
		}
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
		for (Commitment commitment : due.subList(0, Math.min(MOST, due.size()))) {
			Label when = new Label(list, SWT.NONE);
			boolean overdue = commitment.date().isBefore(today);
			when.setText(commitment.date().format(format) + (overdue ? " (overdue)" : ""));
			if (overdue) {
				when.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			}
			Link what = new Link(list, SWT.WRAP);
			GridDataFactory.fillDefaults().grab(true, false).hint(WRAP_HINT, SWT.DEFAULT).applyTo(what);
			what.setText("<a>" + commitment.what().replace("&", "&&").replace("<", "&lt;") + "</a>");
			what.addListener(SWT.Selection, e -> editors.reveal(commitment.item(), null));
		}
		if (due.size() > MOST) {
			new Label(list, SWT.NONE).setText("and " + (due.size() - MOST) + " more");
		}
	}
}
