package org.hjp.workbench.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.hjp.workbench.assessment.InstrumentRegistry;
import org.hjp.workbench.core.editing.ModelAdapterFactory;
import org.hjp.workbench.core.stages.StageData;
import org.hjp.workbench.export.CsvTables;
import org.hjp.workbench.learning.model.LearningPackage;
import org.hjp.workbench.learning.model.LearningPlan;
import org.hjp.workbench.model.Partnership;

/** {@code hjp score}: the results of every assessment round of the partnerships named, as one CSV table. */
final class ScoreCommand {

	private final InstrumentRegistry instruments;

	ScoreCommand(InstrumentRegistry instruments) {
		this.instruments = instruments;
	}

	int run(List<String> args, PrintStream out, PrintStream err) {
		Arguments arguments = new Arguments(args, Set.of("format"));
		if (!arguments.option("format", "csv").equals("csv")) {
			throw new UsageException("the only format is csv.");
		}
		ComposedAdapterFactory labels = ModelAdapterFactory.create();
		try {
			CsvTables tables = new CsvTables(labels, instruments);
			List<List<String>> rows = new ArrayList<>();
			int[] rounds = new int[1];
			BatchReader batch = new BatchReader(err);
			batch.forEach(arguments.files(batch), (file, resource) -> {
				Partnership partnership = (Partnership) resource.getContents().get(0);
				rows.addAll(tables.rows(CsvTables.Table.ASSESSMENT_RESULTS, partnership));
				rounds[0] += StageData.find(partnership, LearningPackage.Literals.LEARNING_PLAN)
						.map(plan -> (int) ((LearningPlan) plan).getAssessmentRounds().stream().filter(r -> r.getInstrument() != null).count()).orElse(0);
			});
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			CsvTables.print(CsvTables.Table.ASSESSMENT_RESULTS, rows, writer);
			writer.flush();
			err.println(rounds[0] + " assessment rounds scored.");
			return batch.hadFailures() ? Cli.BAD_FILES : Cli.OK;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			labels.dispose();
		}
	}
}
