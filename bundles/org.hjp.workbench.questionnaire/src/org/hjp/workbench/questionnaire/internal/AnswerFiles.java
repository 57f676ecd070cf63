package org.hjp.workbench.questionnaire.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hjp.workbench.assessment.model.AssessmentRound;

/**
 * Reads the answers in a file, a filled questionnaire (PDF) or CSV, told apart by their first bytes. Files larger than
 * any of these needs to be are refused unread.
 */
public final class AnswerFiles {

	/** Far more than a questionnaire, even one a reader saved with all its fonts. */
	public static final int MAX_PDF_BYTES = 20 * 1024 * 1024;
	/** Far more than the answers of thousands of respondents. */
	public static final int MAX_CSV_BYTES = 10 * 1024 * 1024;

	private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private final AssessmentRound round;
	private final Map<String, Statement> statements = new LinkedHashMap<>();

	public AnswerFiles(AssessmentRound round) {
		this.round = round;
		StatementFields.statements(round.getInstrument()).forEach(s -> statements.put(s.item().getId(), s));
	}

	public Map<String, Statement> statements() {
		return statements;
	}

	/** The answers in {@code file}; what stops them being read is added to {@code refusals}. */
	public List<ReturnedAnswers> read(Path file, List<String> refusals) {
		String name = file.getFileName().toString();
		boolean namedPdf = name.toLowerCase(Locale.ROOT).endsWith(".pdf");
		int limit = namedPdf ? MAX_PDF_BYTES : Math.max(MAX_PDF_BYTES, MAX_CSV_BYTES);
		String tooLarge = "The file " + name + " is larger than " + limit / 1024 / 1024 + " MB, far larger than a questionnaire or a file of answers; it was not read.";
		byte[] bytes;
		try (InputStream in = Files.newInputStream(file)) {
			if (Files.size(file) > limit) {
				refusals.add(tooLarge);
				return List.of();
			}
			// The size is read again as the bytes come: a file can grow after it was measured.
			bytes = in.readNBytes(limit + 1);
			if (bytes.length > limit) {
				refusals.add(tooLarge);
				return List.of();
			}
		} catch (IOException e) {
			refusals.add("The file " + name + " could not be read (" + e.getMessage() + ").");
			return List.of();
		}
		if (startsWith(bytes, PDF_HEADER)) {
			return new PdfAnswers(name, round, refusals).read(bytes).map(List::of).orElse(List.of());
		}
		if (namedPdf) {
			refusals.add("The file " + name + " is not a PDF, though its name ends in .pdf.");
			return List.of();
		}
		if (bytes.length > MAX_CSV_BYTES) {
			refusals.add("The file " + name + " is larger than " + MAX_CSV_BYTES / 1024 / 1024 + " MB, far larger than a file of answers; it was not read.");
			return List.of();
		}
		return new ArrayList<>(new CsvAnswers(name, statements, refusals).read(bytes));
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}
}
