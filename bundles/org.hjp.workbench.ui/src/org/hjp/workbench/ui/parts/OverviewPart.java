package org.hjp.workbench.ui.parts;

import java.text.DateFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.core.stages.StageRegistry;
import org.hjp.workbench.model.Organisation;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.model.Person;
import org.hjp.workbench.model.provider.PartnershipEditPlugin;
import org.hjp.workbench.ui.session.CurrentPartnership;
import org.hjp.workbench.ui.session.DocumentActions;
import org.hjp.workbench.ui.session.LiveValidation;
import org.hjp.workbench.ui.session.Problems;
import org.hjp.workbench.ui.session.SessionTopics;
import org.hjp.workbench.ui.session.StageEditors;
import org.osgi.service.event.Event;

import org.eclipse.e4.core.di.extensions.Service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The open partnership at a glance: what it is, who the partners are, for each stage how complete it is and
 * its warnings, and what the partnership has said it will do next. Its tab carries the dirty marker of the whole partnership.
 */
public class OverviewPart {

	/** The partners listed by name; the page is a summary, and a network of hundreds would bury the rest of it. */
	static final int PARTNERS_SHOWN = 12;
	/** The narrowest the page is laid out: narrower, it scrolls sideways rather than wrap word by word. */
	private static final int MIN_WIDTH = 360;

	@Inject
	private MPart part;

	@Inject
	private CurrentPartnership current;

	@Inject
	private LiveValidation validation;

	@Inject
	private StageEditors editors;

	@Inject
	private DocumentActions actions;

	@Inject
	private EPartService parts;

	@Inject
	@Service
	private StageRegistry registry;

	private ScrolledComposite scroller;
	private boolean stale;
	private WhenShown showing;

	@PostConstruct
	public void create(Composite parent) {
		parent.setLayout(new org.eclipse.swt.layout.FillLayout());
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		// The page wraps at the width there is, and scrolls down when it is longer than the part.
		scroller.addListener(SWT.Resize, e -> fit());
		showing = WhenShown.afterFocus(part, () -> {
			if (stale) {
				refresh();
			}
		});
		parts.addPartListener(showing);
		refresh();
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void onDocument(@UIEventTopic(SessionTopics.DOCUMENT_ALL) Event event) {
		// Every change is followed by a validation result (at once when another partnership opens), so the page is
		// rebuilt on those only; a change itself just updates the dirty marker.
		markDirty(current.document());
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void onProblems(@UIEventTopic(SessionTopics.PROBLEMS) Problems problems) {
		if (scroller != null) {
			refreshOrMarkStale();
		}
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void onStagesChanged(@UIEventTopic(StageRegistry.TOPIC_CHANGED) Event event) {
		if (scroller != null) {
			refreshOrMarkStale();
		}
	}

	/** Behind another tab, the page is only marked stale, and rebuilt when it shows again. */
	private void refreshOrMarkStale() {
		if (parts.isPartVisible(part)) {
			refresh();
		} else {
			stale = true;
		}
	}

	private void refresh() {
		if (scroller.isDisposed()) {
			return;
		}
		stale = false;
		Optional<PartnershipDocument> document = current.document();
		markDirty(document);
		boolean hadFocus = FocusCheck.isInside(scroller);
		if (scroller.getContent() != null) {
			scroller.getContent().dispose();
		}
		Composite page = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(16, 12).spacing(8, 6).applyTo(page);
		if (document.isEmpty()) {
			Link start = new Link(page, SWT.WRAP);
			start.setText("No partnership is open. <a href=\"new\">Create a new partnership</a> or <a href=\"open\">open one</a>.");
			start.addListener(SWT.Selection, e -> {
				Shell shell = start.getShell();
				if ("new".equals(e.text)) {
					actions.createNew(shell);
				} else {
					actions.openChosenFile(shell);
				}
			});
		} else {
			fill(page, document.get());
		}
		scroller.setContent(page);
		fit();
		FocusCheck.restore(hadFocus, scroller, parts, part, this::setFocus);
	}

	private void fit() {
		Control page = scroller.getContent();
		if (page != null && !page.isDisposed()) {
			scroller.setMinSize(page.computeSize(Math.max(MIN_WIDTH, scroller.getClientArea().width), SWT.DEFAULT));
		}
	}

	private void markDirty(Optional<PartnershipDocument> document) {
		part.setDirty(document.map(PartnershipDocument::isDirty).orElse(false));
	}

	private void fill(Composite page, PartnershipDocument document) {
		Partnership partnership = document.partnership();
		text(page, nonEmpty(partnership.getName(), "Unnamed partnership"), JFaceResources.getBannerFont());
		text(page, document.file().map(Object::toString).orElse("Not saved yet"), null).setForeground(page.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		text(page, facts(partnership), null);
		if (partnership.getPurpose() != null) {
			text(page, partnership.getPurpose(), null);
		}
		for (String namespace : document.unknownNamespaces()) {
			Label notice = text(page, "This file also holds data from a plug-in that is not installed (" + namespace
					+ "). It is kept and saved unchanged, but cannot be shown here.", null);
			notice.setBackground(page.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
			notice.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
		}
		heading(page, "Partners");
		List<Organisation> partners = partnership.getOrganisations();
		for (Organisation organisation : partners.subList(0, Math.min(partners.size(), PARTNERS_SHOWN))) {
			text(page, partnerLine(organisation), null);
		}
		if (partners.size() > PARTNERS_SHOWN) {
			text(page, "\u2026 and " + (partners.size() - PARTNERS_SHOWN) + " more partners: all of them are in the partnership profile.", null);
		}
		heading(page, "Stages at a glance");
		StagesAtAGlance.fill(page, partnership, registry.stages(), validation.problems(), editors);
		heading(page, "Coming up");
		ComingUp.fill(page, partnership, registry.stages(), editors, LocalDate.now());
	}

	private String facts(Partnership partnership) {
		StringBuilder facts = new StringBuilder(literal("PartnershipStatus", partnership.getStatus().getName()));
		if (partnership.getStartDate() != null) {
			facts.append(" since ").append(DateFormat.getDateInstance(DateFormat.LONG).format(partnership.getStartDate()));
		}
		facts.append(" \u00b7 ").append(literal("PartnershipModel", partnership.getModel().getName()));
		facts.append(" \u00b7 ").append(literal("Setting", partnership.getSetting().getName()));
		return facts.toString();
	}

	private static String partnerLine(Organisation organisation) {
		String champions = organisation.getPeople().stream().filter(Person::isChampion).map(Person::getName).collect(Collectors.joining(", "));
		return "\u2022 " + nonEmpty(organisation.getName(), "Unnamed organisation") + " (" + literal("Sector", organisation.getSector().getName()).toLowerCase()
				+ (organisation.isLead() ? ", lead" : "") + "): " + organisation.getPeople().size() + " people"
				+ (champions.isEmpty() ? "" : "; champions: " + champions);
	}

	private static String literal(String enumName, String literal) {
		return PartnershipEditPlugin.INSTANCE.getString("_UI_" + enumName + "_" + literal + "_literal");
	}

	private static String nonEmpty(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}

	private static void heading(Composite page, String text) {
		Label label = text(page, text, JFaceResources.getHeaderFont());
		((org.eclipse.swt.layout.GridData) label.getLayoutData()).verticalIndent = 10;
	}

	private static Label text(Composite page, String text, org.eclipse.swt.graphics.Font font) {
		Label label = new Label(page, SWT.WRAP);
		label.setText(text.replace("&", "&&"));
		if (font != null) {
			label.setFont(font);
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(ComingUp.WRAP_HINT, SWT.DEFAULT).applyTo(label);
		return label;
	}

	@Focus
	public void setFocus() {
		Control content = scroller.getContent();
		(content != null ? content : scroller).setFocus();
	}

	@PreDestroy
	public void dispose() {
		parts.removePartListener(showing);
	}
}
