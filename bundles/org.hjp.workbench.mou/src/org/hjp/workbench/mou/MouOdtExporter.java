package org.hjp.workbench.mou;

import org.hjp.workbench.export.Exporter;
import org.osgi.service.component.annotations.Component;

/** The MOU draft as an OpenDocument text, for partners who use LibreOffice. */
@Component(service = Exporter.class)
public class MouOdtExporter extends MouFileExporter {

	public MouOdtExporter() {
		super(MouDocument.Format.ODT, "odt");
	}

	@Override
	public String id() {
		return "mou-odt";
	}

	@Override
	public String label() {
		return "MOU draft (ODT): the agreement, to edit in LibreOffice";
	}
}
