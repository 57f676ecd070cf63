package org.hjp.workbench.provisioning.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.service.security.TrustEngine;
import org.eclipse.osgi.signedcontent.SignedContent;
import org.eclipse.osgi.signedcontent.SignerInfo;
import org.eclipse.osgi.signedcontent.SignedContentFactory;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Trusts whoever signed this bundle: the workbench's build signs all of its bundles and features with one key, so
 * plug-ins from the workbench's own update site (the SDK, later versions built with the same key) install without a
 * question, while anyone else's signature is put to the user. A workbench that is not signed trusts no one this way.
 */
@Component(service = TrustEngine.class)
public final class BuildSignerTrust extends TrustEngine {

	private static final String ALIAS = "hjp-workbench-build";

	@Reference
	private SignedContentFactory signedContent;

	private List<Certificate> anchors = List.of();

	public BuildSignerTrust() {
	}

	/** Trusts these certificates, as if they had signed the workbench. */
	public BuildSignerTrust(Collection<Certificate> anchors) {
		this.anchors = List.copyOf(anchors);
	}

	@Activate
	void activate(BundleContext context) {
		List<Certificate> signers = new ArrayList<>();
		try {
			SignedContent content = signedContent.getSignedContent(context.getBundle());
			if (content != null && content.isSigned()) {
				for (SignerInfo signer : content.getSignerInfos()) {
					signers.add(signer.getCertificateChain()[0]);
				}
			}
		} catch (IOException | GeneralSecurityException e) {
			ILog.of(getClass()).warn("Could not tell who signed the workbench; plug-ins from its own update site will be asked about", e);
		}
		anchors = List.copyOf(signers);
	}

	@Override
	public Certificate findTrustAnchor(Certificate[] chain) {
		return Arrays.stream(chain).filter(anchors::contains).findFirst().orElse(null);
	}

	@Override
	protected String doAddTrustAnchor(Certificate anchor, String alias) throws IOException {
		throw new IOException("The workbench's own signer cannot be changed.");
	}

	@Override
	protected void doRemoveTrustAnchor(Certificate anchor) throws IOException {
		throw new IOException("The workbench's own signer cannot be changed.");
	}

	@Override
	protected void doRemoveTrustAnchor(String alias) throws IOException {
		throw new IOException("The workbench's own signer cannot be changed.");
	}

	@Override
	public Certificate getTrustAnchor(String alias) {
		return ALIAS.equals(alias) && !anchors.isEmpty() ? anchors.get(0) : null;
	}

	@Override
	public String[] getAliases() {
		return anchors.isEmpty() ? new String[0] : new String[] { ALIAS };
	}

	@Override
	public boolean isReadOnly() {
		return true;
	}

	@Override
	public String getName() {
		return "HJP Workbench build";
	}
}
