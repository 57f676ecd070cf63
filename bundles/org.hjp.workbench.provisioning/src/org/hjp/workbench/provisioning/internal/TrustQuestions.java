package org.hjp.workbench.provisioning.internal;

import java.io.File;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bouncycastle.openpgp.PGPPublicKey;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.repository.artifact.spi.IArtifactUIServices;
import org.hjp.workbench.provisioning.InstallQuestions;
import org.hjp.workbench.provisioning.InstallQuestions.Signer;
import org.hjp.workbench.provisioning.InstallQuestions.TrustAnswer;

/**
 * p2's questions about trust, put to {@link InstallQuestions}. Registered with the provisioning agent for one
 * installation: without it, p2 installs unsigned content and content from any signer without asking. Never answers
 * "trust always", which would switch p2's checks off for good.
 */
final class TrustQuestions extends UIServices implements IArtifactUIServices {

	private final InstallQuestions questions;
	private volatile boolean refused;

	TrustQuestions(InstallQuestions questions) {
		this.questions = questions;
	}

	/** Whether the user was asked and refused, so that the installation stopped because of it. */
	boolean refused() {
		return refused;
	}

	@Override
	public TrustInfo getTrustInfo(Map<List<Certificate>, Set<IArtifactKey>> untrustedChains, Map<PGPPublicKey, Set<IArtifactKey>> untrustedKeys,
			Set<IArtifactKey> unsigned, Map<IArtifactKey, File> files) {
		List<Signer> signers = new ArrayList<>();
		untrustedChains.forEach((chain, keys) -> signers.add(signer(chain, keys)));
		untrustedKeys.forEach((key, keys) -> signers.add(pgpSigner(key, keys)));
		TrustAnswer answer = questions.trust(signers, ids(unsigned));
		if (!answer.install()) {
			refused = true;
			return new TrustInfo(List.of(), List.of(), false, false, false);
		}
		List<Certificate> certificates = untrustedChains.keySet().stream().flatMap(Collection::stream).toList();
		return new TrustInfo(certificates, untrustedKeys.keySet(), answer.rememberSigners(), true, false);
	}

	@Override
	public TrustInfo getTrustInfo(Certificate[][] untrustedChains, String[] unsignedDetail) {
		List<Signer> signers = Arrays.stream(untrustedChains).map(chain -> signer(Arrays.asList(chain), Set.of())).toList();
		TrustAnswer answer = questions.trust(signers, unsignedDetail == null ? List.of() : Arrays.asList(unsignedDetail));
		if (!answer.install()) {
			refused = true;
			return new TrustInfo(new Certificate[0], false, false);
		}
		return new TrustInfo(Arrays.stream(untrustedChains).flatMap(Arrays::stream).toArray(Certificate[]::new), answer.rememberSigners(), true);
	}

	@Override
	public AuthenticationInfo getUsernamePassword(String location) {
		return AUTHENTICATION_PROMPT_CANCELED;
	}

	@Override
	public AuthenticationInfo getUsernamePassword(String location, AuthenticationInfo previousInfo) {
		return AUTHENTICATION_PROMPT_CANCELED;
	}

	private static Signer signer(List<Certificate> chain, Set<IArtifactKey> keys) {
		Certificate first = chain.get(0);
		if (first instanceof X509Certificate x509) {
			return new Signer(x509.getSubjectX500Principal().getName(), x509.getIssuerX500Principal().getName(), fingerprint(x509), ids(keys));
		}
		return new Signer(first.getType() + " certificate", "", fingerprint(first), ids(keys));
	}

	private static Signer pgpSigner(PGPPublicKey key, Set<IArtifactKey> keys) {
		return new Signer("PGP key " + Long.toHexString(key.getKeyID()).toUpperCase(), "", HexFormat.of().withUpperCase().formatHex(key.getFingerprint()), ids(keys));
	}

	private static List<String> ids(Set<IArtifactKey> keys) {
		return keys.stream().map(key -> key.getId() + " " + key.getVersion()).sorted().toList();
	}

	/** The SHA-256 fingerprint, as certificate viewers show it. */
	private static String fingerprint(Certificate certificate) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
			return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
		} catch (NoSuchAlgorithmException | CertificateEncodingException e) {
			return "unknown";
		}
	}
}
