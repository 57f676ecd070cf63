package org.hjp.workbench.questionnaire.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.eclipse.core.runtime.ILog;
import org.hjp.workbench.assessment.model.AssessmentRound;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.export.ServiceLoaderMediator;

/**
 * The answers in a filled questionnaire: its identifier, checked against the round, and the value of each statement's
 * radio-button group, as a reader saved them. Unencrypted PDFs only, read into memory.
 */
final class PdfAnswers {

	private static final String OFF = "Off";

	private final String file;
	private final AssessmentRound round;
	private final List<String> refusals;

	PdfAnswers(String file, AssessmentRound round, List<String> refusals) {
		this.file = file;
		this.round = round;
		this.refusals = refusals;
	}

	Optional<ReturnedAnswers> read(byte[] bytes) {
		ServiceLoaderMediator.ensureStarted();
		try (PDDocument document = Loader.loadPDF(bytes, "", null, null, IOUtils.createMemoryOnlyStreamCache())) {
			if (document.isEncrypted()) {
				refusals.add("The questionnaire " + file + " is encrypted. Save it again without a password or other security, then import it.");
				return Optional.empty();
			}
			return answers(document);
		} catch (InvalidPasswordException e) {
			refusals.add("The questionnaire " + file + " is protected by a password. Save it again without a password, then import it.");
		} catch (IOException e) {
			refusals.add("The file " + file + " cannot be read as a PDF: it may be damaged or cut short. Ask for it to be sent again.");
		} catch (RuntimeException e) {
			ILog.of(PdfAnswers.class).warn("PDFBox stopped on the questionnaire " + file, e);
			refusals.add("The file " + file + " cannot be read as a PDF: it may be damaged or cut short. Ask for it to be sent again.");
		}
		return Optional.empty();
	}

	private Optional<ReturnedAnswers> answers(PDDocument document) throws IOException {
		PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
		Optional<QuestionnaireId> id = identifier(document, form);
		if (id.isEmpty()) {
			refusals.add("The file " + file + " is not a questionnaire written by the workbench: it does not say which assessment round it belongs to.");
			return Optional.empty();
		}
		if (!id.get().roundId().equals(ModelIds.of(round))) {
			refusals.add("The questionnaire " + file + " belongs to another assessment round (\u201c" + id.get().roundTitle() + "\u201d), not to \u201c"
					+ round.getTitle() + "\u201d.");
			return Optional.empty();
		}
		Instrument instrument = round.getInstrument();
		if (!id.get().instrumentId().equals(instrument.getId()) || !id.get().instrumentVersion().equals(instrument.getVersion())) {
			refusals.add("The questionnaire " + file + " was written for version " + id.get().instrumentVersion() + " of the instrument "
					+ id.get().instrumentId() + "; this round uses version " + instrument.getVersion() + " of " + instrument.getId() + ".");
			return Optional.empty();
		}
		if (form == null) {
			refusals.add("The questionnaire " + file + " has lost its form fields (a reader may have flattened it when saving). Ask for the answers in another copy.");
			return Optional.empty();
		}
		String where = "the questionnaire " + file;
		Map<String, Cell> cells = new LinkedHashMap<>();
		for (Statement statement : StatementFields.statements(instrument)) {
			PDField field = form.getField(statement.fieldName());
			if (!(field instanceof PDButton button)) {
				refusals.add("The questionnaire " + file + " has lost the field of statement " + statement.item().getId() + ". Ask for the answers in another copy.");
				return Optional.empty();
			}
			String value = button.getValue();
			if (!value.isEmpty() && !OFF.equals(value)) {
				cells.put(statement.item().getId(), new Cell(value, where + ", statement " + statement.number()));
			}
		}
		return Optional.of(new ReturnedAnswers(where, file, id.get().respondentId(), text(form, StatementFields.RESPONDENT), text(form, StatementFields.PARTNER), cells));
	}

	private static Optional<QuestionnaireId> identifier(PDDocument document, PDAcroForm form) {
		if (form != null && form.getField(StatementFields.IDENTIFIER) instanceof PDTextField field) {
			Optional<QuestionnaireId> id = QuestionnaireId.decode(field.getValue());
			if (id.isPresent()) {
				return id;
			}
		}
		return QuestionnaireId.decode(document.getDocumentInformation().getCustomMetadataValue(QuestionnaireId.INFO_KEY));
	}

	/** The value of a text field or a radio-button group; empty when there is none or nothing was chosen. */
	private static String text(PDAcroForm form, String name) {
		PDField field = form.getField(name);
		String value = field == null ? "" : field.getValueAsString();
		return value == null || OFF.equals(value) ? "" : value.strip();
	}
}
