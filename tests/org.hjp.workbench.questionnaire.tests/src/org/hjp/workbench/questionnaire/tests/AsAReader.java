package org.hjp.workbench.questionnaire.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

/** Fills in a questionnaire's fields as a PDF reader does: sets their values, saves to a new file, and opens it again. */
final class AsAReader {

	private AsAReader() {
	}

	/** Sets each field named in {@code values}; returns the saved copy, checked to hold the values after reopening. */
	static Path fill(Path questionnaire, Map<String, String> values, Path saved) throws Exception {
		try (PDDocument document = Loader.loadPDF(questionnaire.toFile())) {
			PDAcroForm form = document.getDocumentCatalog().getAcroForm();
			for (Map.Entry<String, String> value : values.entrySet()) {
				field(form, value.getKey()).setValue(value.getValue());
			}
			document.save(saved.toFile());
		}
		try (PDDocument document = Loader.loadPDF(saved.toFile())) {
			PDAcroForm form = document.getDocumentCatalog().getAcroForm();
			for (Map.Entry<String, String> value : values.entrySet()) {
				assertEquals(value.getValue(), field(form, value.getKey()).getValueAsString(), value.getKey());
			}
		}
		return saved;
	}

	private static PDField field(PDAcroForm form, String name) {
		PDField field = form.getField(name);
		if (field == null) {
			throw new AssertionError("The questionnaire has no field " + name);
		}
		return field;
	}
}
