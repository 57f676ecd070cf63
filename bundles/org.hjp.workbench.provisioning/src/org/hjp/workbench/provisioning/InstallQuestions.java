package org.hjp.workbench.provisioning;

import java.util.List;

/**
 * What the installer asks, from the thread that installs, before it installs content the workbench cannot vouch for:
 * plug-ins that are not signed, or signed by someone the workbench does not know. The workbench's Plug-ins dialog asks
 * the user; where there is nobody to ask, {@link #REFUSE} installs nothing of the kind.
 */
@FunctionalInterface
public interface InstallQuestions {

	/** Nobody to ask: nothing unsigned or from an unknown signer is installed. */
	InstallQuestions REFUSE = (signers, unsigned) -> TrustAnswer.REFUSED;

	/** Whether to install anyway what these unknown signers signed and these unsigned plug-ins (by id). */
	TrustAnswer trust(List<Signer> unknownSigners, List<String> unsignedPlugins);

	/** Someone who signed plug-ins, as far as the certificate (or PGP key) tells, and what they signed. */
	record Signer(String name, String issuer, String fingerprint, List<String> plugins) {
	}

	/** The user's answer: install or not, and whether to trust these signers from now on without asking again. */
	record TrustAnswer(boolean install, boolean rememberSigners) {

		public static final TrustAnswer REFUSED = new TrustAnswer(false, false);
	}
}
