package org.hjp.workbench.questionnaire.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceCharacteristicsDictionary;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * A questionnaire to fill in on screen: an AcroForm with one radio-button group per statement (export values the
 * {@link Choice} codes), text fields for who answers on a blank questionnaire, and the hidden {@link QuestionnaireId}.
 * Every widget has its appearance streams, so readers that do not make their own show it too.
 */
final class FormMarks implements AnswerMarks {

	private static final String TEXT_FONT = "Helv";

	private final PDDocument document;
	private final PDAcroForm form;

	FormMarks(PDDocument document) {
		this.document = document;
		form = new PDAcroForm(document);
		PDResources resources = new PDResources();
		// Typed text is the reader's to show; Helvetica is the font every reader has for it.
		resources.put(COSName.getPDFName(TEXT_FONT), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
		form.setDefaultResources(resources);
		form.setDefaultAppearance("/" + TEXT_FONT + " 0 Tf 0 g");
		document.getDocumentCatalog().setAcroForm(form);
	}

	@Override
	public void box(PDPageContentStream content, PDRectangle box) {
		// The widgets draw themselves.
	}

	@Override
	public void choices(Statement statement, List<Placed> boxes) throws IOException {
		List<String> codes = statement.choices().stream().map(Choice::code).toList();
		PDRadioButton radio = radio(statement.fieldName(), codes, boxes);
		radio.setMappingName(statement.item().getId());
		radio.setAlternateFieldName(statement.number() + ". " + statement.item().getText());
	}

	@Override
	public void partners(List<String> partners, List<Placed> boxes) throws IOException {
		radio(StatementFields.PARTNER, partners, boxes).setAlternateFieldName("The partner organisation you answer for");
	}

	private PDRadioButton radio(String name, List<String> values, List<Placed> boxes) throws IOException {
		PDRadioButton radio = new PDRadioButton(form);
		radio.setPartialName(name);
		List<PDAnnotationWidget> widgets = new ArrayList<>();
		for (int i = 0; i < boxes.size(); i++) {
			PDAnnotationWidget widget = widget(boxes.get(i).page(), boxes.get(i).box());
			RadioAppearance.apply(document, widget, values.get(i));
			widgets.add(widget);
		}
		radio.setWidgets(widgets);
		form.getFields().add(radio);
		return radio;
	}

	@Override
	public void text(PDPage page, PDPageContentStream content, String fieldName, String description, PDRectangle area) throws IOException {
		PDTextField field = new PDTextField(form);
		field.setPartialName(fieldName);
		field.setAlternateFieldName(description);
		field.setDefaultAppearance("/" + TEXT_FONT + " 11 Tf 0 g");
		field.setMaxLen(200);
		PDAnnotationWidget widget = widget(page, area);
		PDAppearanceCharacteristicsDictionary characteristics = new PDAppearanceCharacteristicsDictionary(new COSDictionary());
		characteristics.setBorderColour(new PDColor(new float[] { 0.15f }, PDDeviceGray.INSTANCE));
		characteristics.setBackground(new PDColor(new float[] { 0.96f }, PDDeviceGray.INSTANCE));
		widget.setAppearanceCharacteristics(characteristics);
		field.setWidgets(List.of(widget));
		form.getFields().add(field);
		field.setValue("");
	}

	private static PDAnnotationWidget widget(PDPage page, PDRectangle box) throws IOException {
		PDAnnotationWidget widget = new PDAnnotationWidget();
		widget.setRectangle(box);
		widget.setPage(page);
		widget.setPrinted(true);
		page.getAnnotations().add(widget);
		return widget;
	}

	@Override
	public void finish(QuestionnaireContent questionnaire) throws IOException {
		String id = questionnaire.id().encode();
		PDPage first = document.getPage(0);
		PDTextField field = new PDTextField(form);
		field.setPartialName(StatementFields.IDENTIFIER);
		field.setAlternateFieldName("Which assessment round this questionnaire belongs to");
		field.setDefaultAppearance("/" + TEXT_FONT + " 4 Tf 0 g");
		PDAnnotationWidget widget = widget(first, new PDRectangle(0, 0, 1, 1));
		widget.setHidden(true);
		widget.setPrinted(false);
		field.setWidgets(List.of(widget));
		form.getFields().add(field);
		field.setValue(id);
		field.setReadOnly(true);
		document.getDocumentInformation().setCustomMetadataValue(QuestionnaireId.INFO_KEY, id);
	}

	@Override
	public String howToAnswer() {
		return "Choose one answer for each statement by clicking its circle. Then save this file and send it back to the person who sent it to you.";
	}

	@Override
	public String lastWords() {
		return "Thank you. Save this file and send it back to the person who sent it to you.";
	}
}
