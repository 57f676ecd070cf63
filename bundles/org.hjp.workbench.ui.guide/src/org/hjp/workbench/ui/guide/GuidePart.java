package org.hjp.workbench.ui.guide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/**
 * Help > Guide: the topics on the left, the guide on the right as one text to read and scroll, with a heading per
 * topic. Choosing a topic (or opening the guide from a stage) brings its heading to the top.
 */
public class GuidePart {

	/** Widget data key of the guide's text, for tests. */
	public static final String TEXT_KEY = "hjp.guide.text";

	private final GuideText guide = GuideText.load();
	/** The line each topic's heading is on, by the topic's id. */
	private final Map<String, Integer> headings = new HashMap<>();
	private StyledText text;
	private org.eclipse.swt.widgets.List topics;
	/** The line asked to be at the top before the text had its size, or -1. */
	private int wantedTop = -1;

	@PostConstruct
	public void create(Composite parent) {
		parent.setLayout(new org.eclipse.swt.layout.FillLayout());
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		Composite left = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(left);
		topics = new org.eclipse.swt.widgets.List(left, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(topics);
		guide.topics().forEach(t -> topics.add(t.title()));
		topics.addListener(SWT.Selection, e -> {
			int index = topics.getSelectionIndex();
			if (index >= 0) {
				show(guide.topics().get(index).id());
			}
		});
		text = new StyledText(sash, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setData(TEXT_KEY, Boolean.TRUE);
		text.setMargins(16, 12, 16, 12);
		text.setLineSpacing(2);
		text.addListener(SWT.Resize, e -> bringWantedTopIntoSight());
		fill();
		sash.setWeights(24, 76);
	}

	private void fill() {
		StringBuilder content = new StringBuilder();
		List<StyleRange> styles = new ArrayList<>();
		int line = 0;
		for (GuideText.Topic topic : guide.topics()) {
			if (!content.isEmpty()) {
				content.append('\n');
				line++;
			}
			headings.put(topic.id(), line);
			StyleRange heading = new StyleRange();
			heading.start = content.length();
			heading.length = topic.title().length();
			heading.font = JFaceResources.getHeaderFont();
			styles.add(heading);
			content.append(topic.title()).append('\n');
			line++;
			for (String block : topic.blocks()) {
				content.append(block.startsWith("- ") ? "\u2022 " + block.substring(2) : block).append('\n');
				line++;
			}
		}
		text.setText(content.toString());
		text.setStyleRanges(styles.toArray(StyleRange[]::new));
	}

	/**
	 * Brings the topic with this id to the top (the introduction for an id the guide does not know). Once the text has
	 * its size: a part just opened is laid out after this is asked.
	 */
	public void show(String topicId) {
		GuideText.Topic topic = guide.topic(topicId);
		int index = guide.topics().indexOf(topic);
		if (topics.getSelectionIndex() != index) {
			topics.setSelection(index);
		}
		int line = headings.get(topic.id());
		text.setCaretOffset(text.getOffsetAtLine(line));
		wantedTop = line;
		bringWantedTopIntoSight();
	}

	/** Until the text has a size, a line cannot be brought to its top: done again when it gets one. */
	private void bringWantedTopIntoSight() {
		if (wantedTop >= 0 && !text.isDisposed() && text.getClientArea().height > 0) {
			text.setTopIndex(wantedTop);
			wantedTop = -1;
		}
	}

	/** Whether the heading of the topic with this id shows, for tests. */
	public boolean isInSight(String topicId) {
		Integer line = headings.get(topicId);
		if (line == null) {
			return false;
		}
		int y = text.getLinePixel(line);
		return y >= 0 && y < text.getClientArea().height;
	}

	@Focus
	public void setFocus() {
		text.setFocus();
	}
}
