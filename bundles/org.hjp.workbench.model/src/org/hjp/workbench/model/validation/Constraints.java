package org.hjp.workbench.model.validation;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;

/**
 * Base of the hand-written constraints of one model package. Subclasses check one object at a time and
 * report problems in words a program manager understands; each problem carries the object and, where there
 * is one, the feature to fix, as the diagnostic's data.
 */
public abstract class Constraints implements EValidator {

	/** The diagnostic source of every problem the workbench's constraints report. */
	public static final String SOURCE = "org.hjp.workbench.model";

	/** The package whose objects these constraints check. */
	public abstract EPackage getEPackage();

	/** Checks one object; reports through {@code problems}. */
	protected abstract void check(EObject object, Problems problems);

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(eObject.eClass(), eObject, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Problems problems = new Problems(diagnostics);
		check(eObject, problems);
		return !problems.hasError();
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/** Collects the problems found on one object. */
	public static final class Problems {
		private final DiagnosticChain chain;
		private boolean error;

		Problems(DiagnosticChain chain) {
			this.chain = chain;
		}

		public void error(EObject object, EStructuralFeature feature, String message) {
			error = true;
			add(Diagnostic.ERROR, object, feature, message);
		}

		public void warning(EObject object, EStructuralFeature feature, String message) {
			add(Diagnostic.WARNING, object, feature, message);
		}

		public void info(EObject object, EStructuralFeature feature, String message) {
			add(Diagnostic.INFO, object, feature, message);
		}

		boolean hasError() {
			return error;
		}

		private void add(int severity, EObject object, EStructuralFeature feature, String message) {
			if (chain != null) {
				Object[] data = feature == null ? new Object[] { object } : new Object[] { object, feature };
				chain.add(new BasicDiagnostic(severity, SOURCE, 0, message, data));
			}
		}
	}

	/** The text, or null when it is null or blank. */
	protected static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** A name to use in a message: the given name in quotes, or the fallback when there is none. */
	protected static String named(String name, String fallback) {
		String t = text(name);
		return t == null ? fallback : "\u201c" + t + "\u201d";
	}
}
