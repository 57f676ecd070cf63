package org.hjp.workbench.questionnaire.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.assessment.Rounds;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Respondent;
import org.hjp.workbench.core.persistence.AtomicFileWriter;
import org.hjp.workbench.core.stages.StageData;
import org.hjp.workbench.export.Exporter;
import org.hjp.workbench.learning.model.LearningPackage;
import org.hjp.workbench.learning.model.LearningPlan;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.questionnaire.Questionnaires;
import org.osgi.service.component.annotations.Component;

/**
 * Questionnaires for every assessment round that can be answered, in one zip to send or unpack: for each round a
 * folder with a blank questionnaire to fill in on screen, a blank one to print, and one filled in with the name of
 * each respondent already in the round.
 */
@Component(service = Exporter.class)
public class QuestionnairesExporter implements Exporter {

	@Override
	public String id() {
		return "questionnaires";
	}

	@Override
	public String label() {
		return "Questionnaires (PDF, in a zip): for partners to answer each assessment round on screen or on paper";
	}

	@Override
	public List<Path> files(Path folder, String baseName) {
		return List.of(folder.resolve(baseName + "-questionnaires.zip"));
	}

	@Override
	public List<Path> write(Resource partnership, Path folder, String baseName) throws IOException {
		List<AssessmentRound> rounds = answerable((Partnership) partnership.getContents().get(0));
		if (rounds.isEmpty()) {
			throw new IOException("The partnership has no assessment round with an instrument that can be used, so there is no questionnaire to write.");
		}
		ByteArrayOutputStream zipped = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
			Set<String> folders = new HashSet<>();
			for (AssessmentRound round : rounds) {
				String roundFolder = unique(folders, Questionnaires.roundName(round));
				entry(zip, roundFolder + "/" + Questionnaires.fileName(round, null), out -> Questionnaires.fillable(round, null, out));
				entry(zip, roundFolder + "/" + Questionnaires.fileName(round, null).replace(".pdf", "-to-print.pdf"), out -> Questionnaires.printable(round, null, out));
				Set<String> names = new HashSet<>();
				for (Respondent respondent : round.getRespondents()) {
					String name = unique(names, Questionnaires.fileName(round, respondent).replaceFirst("\\.pdf$", ""));
					entry(zip, roundFolder + "/" + name + ".pdf", out -> Questionnaires.fillable(round, respondent, out));
				}
			}
		}
		Path file = files(folder, baseName).get(0);
		AtomicFileWriter.write(file, out -> zipped.writeTo(out), false);
		return List.of(file);
	}

	/** The rounds whose instrument can be answered, in the order of the partnership. */
	static List<AssessmentRound> answerable(Partnership partnership) {
		List<AssessmentRound> rounds = new ArrayList<>();
		StageData.find(partnership, LearningPackage.Literals.LEARNING_PLAN).ifPresent(plan -> ((LearningPlan) plan).getAssessmentRounds().stream()
				.filter(r -> r.getInstrument() != null && Rounds.unusableInstrument(r).isEmpty()).forEach(rounds::add));
		return rounds;
	}

	private static void entry(ZipOutputStream zip, String name, AtomicFileWriter.Content content) throws IOException {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		content.writeTo(pdf);
		zip.putNextEntry(new ZipEntry(name));
		pdf.writeTo(zip);
		zip.closeEntry();
	}

	/** {@code name}, or it with a number added when an earlier one took it (two respondents of the same name). */
	private static String unique(Set<String> taken, String name) {
		String candidate = name;
		for (int i = 2; !taken.add(candidate); i++) {
			candidate = name + "-" + i;
		}
		return candidate;
	}
}
