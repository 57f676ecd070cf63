package org.hjp.workbench.core.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One validation result: how serious, what is wrong in plain words, and the object (and field, if known)
 * to go to in order to fix it.
 */
public record Problem(Severity severity, String message, EObject target, EStructuralFeature feature) {

	public enum Severity {
		ERROR, WARNING, INFO
	}
}
