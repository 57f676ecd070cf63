package org.hjp.workbench.model.tests;

import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.hjp.workbench.model.validation.Constraints;

/** Runs one set of constraints on one object and returns the messages. */
final class Problems {

	private Problems() {
	}

	static List<String> of(Constraints constraints, EObject object) {
		BasicDiagnostic chain = new BasicDiagnostic();
		constraints.validate(object, chain, null);
		return chain.getChildren().stream().map(Diagnostic::getMessage).toList();
	}

	static List<String> ofSeverity(Constraints constraints, EObject object, int severity) {
		BasicDiagnostic chain = new BasicDiagnostic();
		constraints.validate(object, chain, null);
		return chain.getChildren().stream().filter(d -> d.getSeverity() == severity).map(Diagnostic::getMessage).toList();
	}
}
