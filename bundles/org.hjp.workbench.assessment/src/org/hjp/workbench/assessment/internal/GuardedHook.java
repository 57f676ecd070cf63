package org.hjp.workbench.assessment.internal;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.ILog;
import org.hjp.workbench.assessment.ScoringHook;
import org.hjp.workbench.assessment.model.Instrument;
import org.hjp.workbench.core.contributions.ContributedCode;
import org.hjp.workbench.core.contributions.ContributionStopped;

/**
 * A plug-in's scoring hook as the registry hands it out: asked on a thread of its own, turned off when it does not
 * answer in time ({@link ContributionStopped} then, and for every later question), its failures passed on.
 */
record GuardedHook(String id, ScoringHook hook, ContributedCode code) implements ScoringHook {

	@Override
	public HookScores score(Instrument instrument, Map<String, Double> itemScores) {
		if (code.isTurnedOff(hook)) {
			throw new ContributionStopped("The scoring hook " + id);
		}
		try {
			return code.call(ContributedCode.LIMIT, () -> hook.score(instrument, itemScores));
		} catch (TimeoutException e) {
			code.turnOff(hook);
			ContributionStopped stopped = new ContributionStopped("The scoring hook " + id);
			ILog.of(GuardedHook.class).error(stopped.getMessage() + "; the rules of " + instrument.getName() + " are used instead");
			throw stopped;
		} catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause().toString(), e.getCause());
		}
	}
}
