package org.hjp.workbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.hjp.workbench.core.validation.Problem;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * One JSON document, {@code {"files": [{"file": ..., "problems": [{"severity", "message", "rule", "path"}, ...]}, ...]}},
 * written file by file so that a large batch is not held in memory.
 */
final class JsonProblemReport implements ProblemReport {

	private final PrintStream out;
	private final JsonGenerator json;

	JsonProblemReport(PrintStream out) throws IOException {
		this.out = out;
		json = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).useDefaultPrettyPrinter();
		json.writeStartObject();
		json.writeArrayFieldStart("files");
	}

	@Override
	public void file(Path file, List<Problem> problems) throws IOException {
		json.writeStartObject();
		json.writeStringField("file", file.toString());
		json.writeArrayFieldStart("problems");
		for (Problem problem : problems) {
			json.writeStartObject();
			json.writeStringField("severity", problem.severity().name().toLowerCase());
			json.writeStringField("message", problem.message());
			json.writeStringField("rule", rule(problem));
			json.writeStringField("path", ItemPath.of(problem.target()));
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	@Override
	public void close() throws IOException {
		json.writeEndArray();
		json.writeEndObject();
		json.close();
		out.println();
		out.flush();
	}

	/**
	 * The rule a problem comes from, named by the kind of item and the field it checks ({@code Training.buyIn}): the
	 * workbench's rules carry no name of their own, and each checks one field. Null for a problem with checking itself
	 * (a rule that failed or took too long), which is about no field.
	 */
	private static String rule(Problem problem) {
		EStructuralFeature feature = problem.feature();
		return feature == null ? null : feature.getEContainingClass().getName() + "." + feature.getName();
	}
}
