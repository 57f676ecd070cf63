package org.hjp.workbench.questionnaire.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.hjp.workbench.assessment.InstrumentDefinitions;
import org.hjp.workbench.assessment.model.Domain;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.assessment.model.Item;

/**
 * The names of a questionnaire's form fields. A statement's radio-button group is named by its id when that is a plain
 * name (letters, digits, - and _), else "statement N" by its place, so that a period, which would make a field a child
 * of another in a PDF, cannot come from an id. The names follow from the instrument alone, so reading a filled form
 * finds them again.
 */
public final class StatementFields {

	/** The text field for who answered, on a blank questionnaire. */
	public static final String RESPONDENT = "respondent";
	/** The partner organisation answered for, on a blank questionnaire: a radio-button group of the partners' names, or a text field. */
	public static final String PARTNER = "partner";
	/** The hidden, read-only field holding the {@link QuestionnaireId}. */
	public static final String IDENTIFIER = "hjpQuestionnaire";

	private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_-]{1,100}");
	private static final Set<String> RESERVED = Set.of(RESPONDENT, PARTNER, IDENTIFIER);

	private StatementFields() {
	}

	/** The statements of the instrument in order, numbered from 1, grouped by domain. */
	static List<Section> sections(Instrument instrument) {
		Set<String> used = new HashSet<>();
		List<Section> sections = new ArrayList<>();
		int number = 0;
		for (Domain domain : instrument.getDomains()) {
			List<Statement> statements = new ArrayList<>();
			for (Item item : domain.getItems()) {
				number++;
				String id = item.getId();
				String name = PLAIN.matcher(id).matches() && !RESERVED.contains(id) && used.add(id) ? id : "statement " + number;
				statements.add(new Statement(number, item, name, Choice.of(InstrumentDefinitions.scaleOf(item, instrument))));
			}
			sections.add(new Section(domain.getName(), domain.getDescription(), statements));
		}
		return sections;
	}

	/** Every statement of the instrument with its field name. */
	public static List<Statement> statements(Instrument instrument) {
		return sections(instrument).stream().flatMap(s -> s.statements().stream()).toList();
	}
}
