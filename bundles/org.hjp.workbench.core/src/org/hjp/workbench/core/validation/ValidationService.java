package org.hjp.workbench.core.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.hjp.workbench.core.contributions.ContributedCode;
import org.hjp.workbench.model.validation.Constraints;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Validates partnerships with the constraints that model bundles (ours and organisations') offer as
 * services. A constraint that throws is reported as a problem of its own; it never stops validation. One that
 * does not answer within {@link ContributedCode#LIMIT} is turned off until it is installed again (or the
 * workbench restarts), and every later result says so.
 */
@Component(service = ValidationService.class)
public class ValidationService {

	private final List<Constraints> constraints = new CopyOnWriteArrayList<>();

	@Reference
	private ContributedCode contributedCode;

	/** For the runtime, which sets what it uses through its references. */
	public ValidationService() {
	}

	/** Outside OSGi (benchmarks): constraints are run by {@code contributedCode}. */
	public ValidationService(ContributedCode contributedCode) {
		this.contributedCode = contributedCode;
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	public void addConstraints(Constraints contributed) {
		constraints.add(contributed);
	}

	public void removeConstraints(Constraints contributed) {
		constraints.remove(contributed);
	}

	/** All problems of {@code root} and everything it contains, errors first. */
	public List<Problem> validate(EObject root) {
		while (true) {
			Run run = new Run();
			try {
				List<Problem> problems = new ArrayList<>(contributedCode.call(ContributedCode.LIMIT, () -> validate(root, run)));
				for (Constraints off : constraints.stream().filter(contributedCode::isTurnedOff).toList()) {
					problems.add(new Problem(Problem.Severity.WARNING, "The validation rules from " + off.getClass().getName()
							+ " did not finish within " + ContributedCode.limitInSeconds()
							+ " seconds, so they are turned off until the workbench restarts; their checks are not shown.", root, null));
				}
				problems.sort((a, b) -> a.severity().compareTo(b.severity()));
				return problems;
			} catch (TimeoutException e) {
				Constraints hanging = run.current;
				if (hanging == null) {
					return List.of(new Problem(Problem.Severity.WARNING, "Checking the partnership took longer than "
							+ ContributedCode.limitInSeconds() + " seconds and was stopped; problems are not shown.", root, null));
				}
				ILog.of(ValidationService.class).error("The validation rules from " + hanging.getClass().getName()
						+ " did not finish within " + ContributedCode.limitInSeconds() + " seconds and are turned off");
				contributedCode.turnOff(hanging);
			} catch (ExecutionException e) {
				throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
			}
		}
	}

	private List<Problem> validate(EObject root, Run run) {
		Diagnostician diagnostician = new Diagnostician(registry(run)) {
			@Override
			public String getObjectLabel(EObject eObject) {
				return eObject.eClass().getName();
			}
		};
		BasicDiagnostic diagnostics = diagnostician.createDefaultDiagnostic(root);
		diagnostician.validate(root, diagnostics, diagnostician.createDefaultContext());
		List<Problem> problems = new ArrayList<>();
		collect(diagnostics, problems);
		problems.sort((a, b) -> a.severity().compareTo(b.severity()));
		return problems;
	}

	private EValidator.Registry registry(Run run) {
		Map<EPackage, List<EValidator>> byPackage = new HashMap<>();
		for (Constraints c : constraints) {
			if (!contributedCode.isTurnedOff(c)) {
				byPackage.computeIfAbsent(c.getEPackage(), p -> new ArrayList<>()).add(new Guarded(c, run));
			}
		}
		EValidator.Registry registry = new EValidatorRegistryImpl();
		byPackage.forEach((ePackage, validators) -> registry.put(ePackage, new Composite(validators)));
		return registry;
	}

	private static void collect(Diagnostic diagnostic, List<Problem> problems) {
		for (Diagnostic child : diagnostic.getChildren()) {
			if (child.getSeverity() > Diagnostic.OK && !child.getData().isEmpty() && child.getData().get(0) instanceof EObject target) {
				EStructuralFeature feature = child.getData().size() > 1 && child.getData().get(1) instanceof EStructuralFeature f ? f : null;
				problems.add(new Problem(severity(child), child.getMessage(), target, feature));
			}
			collect(child, problems);
		}
	}

	private static Problem.Severity severity(Diagnostic diagnostic) {
		return switch (diagnostic.getSeverity()) {
			case Diagnostic.ERROR, Diagnostic.CANCEL -> Problem.Severity.ERROR;
			case Diagnostic.WARNING -> Problem.Severity.WARNING;
			default -> Problem.Severity.INFO;
		};
	}

	/** EMF's basic checks (multiplicities, references) followed by each contributed set of constraints. */
	private static final class Composite extends EObjectValidator {
		private final List<EValidator> validators;

		Composite(List<EValidator> validators) {
			this.validators = validators;
		}

		@Override
		public boolean validate(org.eclipse.emf.ecore.EClass eClass, EObject eObject,
				org.eclipse.emf.common.util.DiagnosticChain diagnostics, Map<Object, Object> context) {
			boolean valid = super.validate(eClass, eObject, diagnostics, context);
			for (EValidator validator : validators) {
				valid &= validator.validate(eClass, eObject, diagnostics, context);
			}
			return valid;
		}
	}

	/** One validation, on its own thread: which contributed constraints are running now, if any. */
	private static final class Run {
		volatile Constraints current;
	}

	/**
	 * Keeps a contributed constraint that throws from stopping validation, and says which one failed; notes
	 * which one is running, so that one that hangs can be named.
	 */
	private record Guarded(Constraints delegate, Run run) implements EValidator {
		@Override
		public boolean validate(EObject eObject, org.eclipse.emf.common.util.DiagnosticChain diagnostics, Map<Object, Object> context) {
			return validate(eObject.eClass(), eObject, diagnostics, context);
		}

		@Override
		public boolean validate(org.eclipse.emf.ecore.EClass eClass, EObject eObject,
				org.eclipse.emf.common.util.DiagnosticChain diagnostics, Map<Object, Object> context) {
			run.current = delegate;
			try {
				return delegate.validate(eClass, eObject, diagnostics, context);
			} catch (RuntimeException | LinkageError e) {
				if (diagnostics != null) {
					diagnostics.add(new BasicDiagnostic(Diagnostic.WARNING, Constraints.SOURCE, 1,
							"A validation rule from " + delegate.getClass().getName() + " failed (" + e
									+ "), so some checks were skipped.",
							new Object[] { eObject }));
				}
				return true;
			} finally {
				run.current = null;
			}
		}

		@Override
		public boolean validate(org.eclipse.emf.ecore.EDataType eDataType, Object value,
				org.eclipse.emf.common.util.DiagnosticChain diagnostics, Map<Object, Object> context) {
			return true;
		}
	}
}
