package org.hjp.workbench.tests.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a loader on mutants of a seed file ({@link Mutations}): each run must end within ten seconds with an outcome
 * the target names (such as "opened" or "refused"); an exception, an error or no answer is a finding, and its mutant
 * is kept in target/fuzz-findings. Writes the counts to target/fuzz-NAME.txt. Executions and seed come from the
 * system properties hjp.fuzz.executions (3000 by default) and hjp.fuzz.seed.
 */
public final class FuzzCampaign {

	/** Runs the loader on one mutant and names the outcome; throws when the loader broke. */
	@FunctionalInterface
	public interface Target {
		String run(byte[] mutant) throws Exception;
	}

	private final String name;
	private final String extension;

	public FuzzCampaign(String name, String extension) {
		this.name = name;
		this.extension = extension;
	}

	/** The findings, one line each; empty when every mutant had an outcome. */
	public List<String> run(byte[] seedFile, Target target) throws IOException, InterruptedException {
		int executions = Integer.getInteger("hjp.fuzz.executions", 3000);
		long seed = Long.getLong("hjp.fuzz.seed", 20261202L);
		Mutations mutations = new Mutations(seed);
		Map<String, Integer> outcomes = new TreeMap<>();
		List<String> findings = new ArrayList<>();
		ExecutorService loader = Executors.newSingleThreadExecutor();
		try {
			for (int n = 0; n < executions; n++) {
				byte[] mutant = mutations.mutate(seedFile);
				Future<String> outcome = loader.submit(() -> target.run(mutant));
				String finding;
				try {
					outcomes.merge(outcome.get(10, TimeUnit.SECONDS), 1, Integer::sum);
					continue;
				} catch (TimeoutException e) {
					outcome.cancel(true);
					loader.shutdownNow();
					loader = Executors.newSingleThreadExecutor();
					finding = "no answer within 10 seconds";
				} catch (java.util.concurrent.ExecutionException e) {
					finding = String.valueOf(e.getCause());
				}
				Path kept = Files.createDirectories(Path.of("target", "fuzz-findings")).resolve(name + "-" + n + "." + extension);
				Files.write(kept, mutant);
				findings.add(n + ": " + finding);
			}
		} finally {
			loader.shutdownNow();
		}
		List<String> lines = new ArrayList<>(List.of("executions\t" + executions, "seed\t" + seed));
		outcomes.forEach((outcome, count) -> lines.add(outcome + "\t" + count));
		lines.add("findings\t" + findings.size());
		lines.addAll(findings);
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target", "fuzz-" + name + ".txt"), lines);
		return findings;
	}
}
