package org.hjp.workbench.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.hjp.workbench.assessment.scoring.ResultsTable;
import org.hjp.workbench.core.stages.StageData;
import org.hjp.workbench.export.CsvTables;
import org.hjp.workbench.learning.model.LearningPackage;
import org.hjp.workbench.learning.model.LearningPlan;
import org.hjp.workbench.model.Partnership;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code hjp score}: the results of every assessment round of the partnerships named, as one CSV table. */
@Command(name = "score", description = { "Write the results of every assessment round as one CSV table.",
		"Each respondent's, each partner's and the partnership's scores, with their bands and spreads." })
final class ScoreCommand implements Callable<Integer> {

	@ParentCommand
	private HjpCommand hjp;

	@Option(names = "--format", paramLabel = "<format>", defaultValue = "csv", description = "The format: csv, the only one.")
	private String format;

	@Mixin
	private PartnershipFiles files;

	@Override
	public Integer call() {
		if (!format.equals("csv")) {
			throw new UsageException("the only format is csv.");
		}
		try {
			List<List<String>> rows = new ArrayList<>();
			int[] rounds = new int[1];
			BatchReader batch = hjp.batch();
			batch.forEach(files.expand(batch), (file, resource) -> {
				Partnership partnership = (Partnership) resource.getContents().get(0);
				rows.addAll(CsvTables.assessmentResults(partnership, hjp.services().instruments()));
				rounds[0] += StageData.find(partnership, LearningPackage.Literals.LEARNING_PLAN)
						.map(plan -> (int) ((LearningPlan) plan).getAssessmentRounds().stream().filter(r -> r.getInstrument() != null).count()).orElse(0);
			});
			Writer writer = new OutputStreamWriter(hjp.out(), StandardCharsets.UTF_8);
			CsvTables.print(ResultsTable.HEADER, rows, writer);
			writer.flush();
			hjp.progress().println(rounds[0] + " assessment rounds scored.");
			return batch.hadFailures() ? Cli.BAD_FILES : Cli.OK;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
