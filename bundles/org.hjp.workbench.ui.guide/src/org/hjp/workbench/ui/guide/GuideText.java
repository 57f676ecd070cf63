package org.hjp.workbench.ui.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The guide's text, in topics. The file is plain text: a line "== id | Title" starts a topic (a stage's topic has the
 * stage's id), paragraphs are separated by blank lines, and a line starting "- " is a point of a list.
 */
record GuideText(List<Topic> topics) {

	/** One topic: its id, its title and its paragraphs and points, in order. */
	record Topic(String id, String title, List<String> blocks) {
	}

	static final String RESOURCE = "/guide/guide.txt";

	static GuideText load() {
		try (InputStream in = GuideText.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The guide's text " + RESOURCE + " is missing from its bundle");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static GuideText parse(String text) {
		List<Topic> topics = new ArrayList<>();
		List<String> blocks = null;
		StringBuilder paragraph = new StringBuilder();
		for (String line : text.split("\\R")) {
			if (line.startsWith("== ")) {
				end(paragraph, blocks);
				String[] heading = line.substring(3).split("\\|", 2);
				blocks = new ArrayList<>();
				topics.add(new Topic(heading[0].strip(), heading.length > 1 ? heading[1].strip() : heading[0].strip(), blocks));
			} else if (blocks == null) {
				continue;
			} else if (line.isBlank() || line.startsWith("- ")) {
				end(paragraph, blocks);
				if (line.startsWith("- ")) {
					paragraph.append(line);
				}
			} else {
				paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.strip());
			}
		}
		end(paragraph, blocks);
		return new GuideText(List.copyOf(topics));
	}

	private static void end(StringBuilder paragraph, List<String> blocks) {
		if (!paragraph.isEmpty() && blocks != null) {
			blocks.add(paragraph.toString());
		}
		paragraph.setLength(0);
	}

	/** The topic with this id, or the first (the introduction) when there is none, e.g. for a plug-in's own stage. */
	Topic topic(String id) {
		return topics.stream().filter(t -> t.id().equals(id)).findFirst().orElse(topics.get(0));
	}
}
