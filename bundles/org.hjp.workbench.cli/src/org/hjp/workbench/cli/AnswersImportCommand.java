package org.hjp.workbench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.core.persistence.PartnershipFileException;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.export.PartnershipReader;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.questionnaire.AnswerImport;
import org.hjp.workbench.questionnaire.FileChanges;
import org.hjp.workbench.questionnaire.ImportPlan;
import org.hjp.workbench.questionnaire.RespondentChange;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code hjp answers import}: imports filled questionnaires and CSV answer files into a round of a partnership file,
 * all or nothing, saving the file safely (its previous version kept as its backup). Prints what each file changes.
 */
@Command(name = "import", description = { "Import filled questionnaires (PDF) and CSV answer files into an assessment round.",
		"Prints, file by file, the respondents added or changed. When any file is refused, each reason is printed and nothing is imported.",
		"The CSV layouts are in docs/answers-import.md. The partnership file's previous version is kept as <name>.hjp.bak." })
final class AnswersImportCommand implements Callable<Integer> {

	@ParentCommand
	private AnswersCommand answers;

	@Option(names = "--round", paramLabel = "<title>", description = "The round's title; without it, the latest round that has an instrument.")
	private String roundTitle;

	@Option(names = "--dry-run", description = "Print what would change, and change nothing.")
	private boolean dryRun;

	@Parameters(index = "0", paramLabel = "<partnership.hjp>", description = "The partnership file to import into.")
	private Path partnershipFile;

	@Parameters(index = "1..*", arity = "1..*", paramLabel = "<answers>", description = "Filled questionnaires (.pdf) and answer files (.csv).")
	private List<Path> answerFiles;

	@Override
	public Integer call() {
		HjpCommand hjp = answers.hjp();
		BatchReader batch = hjp.batch();
		if (PartnershipReader.isJson(partnershipFile)) {
			batch.fail(partnershipFile, "it is a JSON export, not a partnership file; answers are imported into the partnership file (.hjp) itself.");
			return Cli.BAD_FILES;
		}
		int[] code = { Cli.OK };
		batch.forEach(List.of(partnershipFile), (file, resource) -> code[0] = importInto(hjp, resource));
		return batch.hadFailures() ? Cli.BAD_FILES : code[0];
	}

	private int importInto(HjpCommand hjp, Resource resource) throws PartnershipFileException {
		AssessmentRound round = round((Partnership) resource.getContents().get(0));
		ImportPlan plan = AnswerImport.plan(round, answerFiles);
		if (plan.refused()) {
			plan.refusals().forEach(reason -> hjp.out().println("refused: " + reason));
			hjp.progress().println("Nothing was imported into " + partnershipFile + ".");
			return Cli.INVALID;
		}
		for (FileChanges file : plan.files()) {
			for (RespondentChange change : file.respondents()) {
				hjp.out().println(file.file() + ": " + change.describe());
			}
		}
		if (!plan.changesAnything()) {
			hjp.progress().println("The answers are already in the round \u201c" + round.getTitle() + "\u201d; nothing changed.");
			return Cli.OK;
		}
		if (dryRun) {
			hjp.progress().println("Nothing was changed (--dry-run).");
			return Cli.OK;
		}
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
				new BasicCommandStack(), resource.getResourceSet());
		domain.getCommandStack().execute(plan.command(domain));
		new PartnershipStore().save(resource, partnershipFile);
		hjp.progress().println("Imported into the round \u201c" + round.getTitle() + "\u201d of " + partnershipFile + ".");
		return Cli.OK;
	}

	private AssessmentRound round(Partnership partnership) {
		List<AssessmentRound> rounds = AnswerImport.rounds(partnership);
		if (rounds.isEmpty()) {
			throw new UsageException(partnershipFile + " has no assessment round with an instrument to import answers into.");
		}
		if (roundTitle == null) {
			return rounds.get(0);
		}
		List<AssessmentRound> named = rounds.stream().filter(r -> roundTitle.equals(r.getTitle())).toList();
		if (named.size() != 1) {
			throw new UsageException((named.isEmpty() ? "no round of " : "more than one round of ") + partnershipFile + " is called \u201c" + roundTitle
					+ "\u201d; its rounds are: " + String.join(", ", rounds.stream().map(r -> "\u201c" + r.getTitle() + "\u201d").toList()) + ".");
		}
		return named.get(0);
	}
}
