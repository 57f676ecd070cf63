package org.hjp.workbench.mou;

import org.hjp.workbench.export.Exporter;
import org.osgi.service.component.annotations.Component;

/** The MOU draft as a DOCX file, for Word. */
@Component(service = Exporter.class)
public class MouExporter extends MouFileExporter {

	public MouExporter() {
		super(MouDocument.Format.DOCX, "docx");
	}

	@Override
	public String id() {
		return "mou-docx";
	}

	@Override
	public String label() {
		return "MOU draft (DOCX): the agreement, to edit in Word";
	}
}
