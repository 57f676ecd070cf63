package org.hjp.workbench.core.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.hjp.workbench.core.stages.StageDescriptor;
import org.hjp.workbench.core.stages.StageRegistry;
import org.hjp.workbench.model.Partnership;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The installed stages' contributions to documents, in the user's order of stages. Contributions come and go with
 * their bundles; one for a stage that is not installed is left out. A stage whose contribution fails is named in the
 * report and logged, and does not take the document down with it.
 */
@Component(service = StageDocumentsRegistry.class)
public class StageDocumentsRegistry {

	private final List<StageDocuments> contributions = new CopyOnWriteArrayList<>();

	@Reference
	private StageRegistry stages;

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addContribution(StageDocuments contribution) {
		contributions.add(contribution);
	}

	void removeContribution(StageDocuments contribution) {
		contributions.remove(contribution);
	}

	/** The installed stages in the user's order, each with its contribution to documents, if it makes one. */
	public List<StageContribution> contributions() {
		List<StageContribution> inOrder = new ArrayList<>();
		for (StageDescriptor stage : stages.stages()) {
			contributions.stream().filter(c -> stage.id().equals(c.stageId())).reduce((first, last) -> last)
					.ifPresent(c -> inOrder.add(new StageContribution(stage, c)));
		}
		return inOrder;
	}

	/** The report sections of every installed stage that has something to say, in order. */
	public List<ReportSection> sections(Partnership partnership, Wording words) {
		List<ReportSection> sections = new ArrayList<>();
		for (StageContribution contribution : contributions()) {
			try {
				ReportSection section = contribution.documents().section(partnership, words);
				if (section != null) {
					sections.add(section);
				}
			} catch (RuntimeException e) {
				ILog.of(getClass()).error("The stage " + contribution.stage().id() + " failed to write its section of the report", e);
				sections.add(new ReportSection(contribution.stage().label(), List.of(new ReportBlock.Text(
						"This stage's plug-in failed to write its section; the workbench's log says why.", true))));
			}
		}
		return sections;
	}

	/** The names of every table the installed stages give, in order. */
	public List<String> tableNames() {
		return contributions().stream().flatMap(c -> c.documents().tableNames().stream()).toList();
	}

	/**
	 * Every table of every installed stage, in the order of {@link #tableNames}.
	 *
	 * @throws DocumentFailure when a stage fails to give its tables, gives others than it named, or names one as another stage does
	 */
	public List<DataTable> tables(Partnership partnership, Wording words) throws DocumentFailure {
		List<DataTable> tables = new ArrayList<>();
		for (StageContribution contribution : contributions()) {
			List<String> named = contribution.documents().tableNames();
			List<DataTable> given;
			try {
				given = contribution.documents().tables(partnership, words);
			} catch (RuntimeException e) {
				ILog.of(getClass()).error("The stage " + contribution.stage().id() + " failed to give its tables", e);
				throw new DocumentFailure("The stage \u201c" + contribution.stage().label() + "\u201d failed to give its tables; the workbench's log says why.", e);
			}
			if (!given.stream().map(DataTable::name).toList().equals(named)) {
				throw new DocumentFailure("The stage \u201c" + contribution.stage().label() + "\u201d named the tables " + named + " but gave "
						+ given.stream().map(DataTable::name).toList() + ".", null);
			}
			for (DataTable table : given) {
				if (tables.stream().anyMatch(t -> t.name().equals(table.name()))) {
					throw new DocumentFailure("The stage \u201c" + contribution.stage().label() + "\u201d gives a table named " + table.name()
							+ ", as another stage does; one would replace the other.", null);
				}
				tables.add(table);
			}
		}
		return tables;
	}

	/** An installed stage and what it contributes to documents. */
	public record StageContribution(StageDescriptor stage, StageDocuments documents) {
	}
}
