package org.hjp.workbench.core.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/** A partnership file: XMI with a stable identifier on every object, so references survive edits and merges. */
public class PartnershipResource extends XMIResourceImpl {

	public PartnershipResource(URI uri) {
		super(uri);
	}

	@Override
	protected boolean useUUIDs() {
		return true;
	}
}
