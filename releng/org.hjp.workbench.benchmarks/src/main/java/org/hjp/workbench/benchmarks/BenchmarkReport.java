package org.hjp.workbench.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes BENCHMARKS.md from what one run of ./run-benchmarks measured: JMH's JSON results, the memory lines,
 * the startup lines and the crash trials' counts, each a file in the results folder (missing ones are said to
 * be missing). Times are given with the baseline measured in the same run and their ratio to it.
 */
public final class BenchmarkReport {

	private final Path results;
	private final StringBuilder md = new StringBuilder();

	private BenchmarkReport(Path results) {
		this.results = results;
	}

	/** Arguments: results folder, report file, the command that was run, the machine's description. */
	public static void main(String[] args) throws IOException {
		BenchmarkReport report = new BenchmarkReport(Path.of(args[0]));
		report.write(args[2], args[3]);
		Files.writeString(Path.of(args[1]), report.md);
	}

	private void write(String command, String machine) throws IOException {
		line("# Benchmarks");
		line("");
		line("Written by `" + command + "` on " + java.time.ZonedDateTime.now().withNano(0) + ".");
		line("");
		line("Machine: " + machine + ". Java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ".");
		line("");
		line("These machines are shared and noisy: read the ratios to the baseline measured in the same run, not the"
				+ " absolute times. Nothing here is asserted by the tests.");
		startup();
		modelOperations();
		rollup();
		memory();
		uiResponsiveness();
		crashTrials();
		sharedRepository();
	}

	private void startup() throws IOException {
		section("Startup", "startup.tsv");
		List<String[]> rows = tsv("startup.tsv");
		if (rows == null) {
			return;
		}
		line("Launch of `java -jar plugins/org.eclipse.equinox.launcher_*.jar` to the first visible window: for the"
				+ " workbench, the window titled with the sample partnership's name; for the baseline, the bare e4 application"
				+ " (`tests/org.hjp.workbench.tests.bare`: one window, one part, one label) on the same platform runtime, built in"
				+ " the same reactor, with the same bundles started at launch (SPI Fly, the ServiceLoader mediator, in neither)."
				+ " Warm starts (each product started once before), alternating, each window closed with Alt+F4 as a user"
				+ " would, so that the platform keeps its caches. `aot`: with a JDK AOT cache made by a training run"
				+ " (`-XX:AOTCacheOutput`, then `-XX:AOTCache`), which is how `./run-workbench` starts the workbench on JDK 25.");
		line("");
		Map<String, List<Double>> byKey = new LinkedHashMap<>();
		for (String[] row : rows) {
			byKey.computeIfAbsent(row[0] + " " + row[1], k -> new ArrayList<>()).add(Double.parseDouble(row[3]));
		}
		Double barePlain = median(byKey.get("bare plain"));
		line("| application | mode | runs | median ms | min ms | max ms | ratio to bare e4 (plain) |");
		line("|---|---|---|---|---|---|---|");
		byKey.forEach((key, times) -> {
			String[] parts = key.split(" ");
			line("| " + parts[0] + " | " + parts[1] + " | " + times.size() + " | " + ms(median(times)) + " | "
					+ ms(times.stream().mapToDouble(Double::doubleValue).min().orElse(0)) + " | "
					+ ms(times.stream().mapToDouble(Double::doubleValue).max().orElse(0)) + " | "
					+ ratio(median(times), barePlain) + " |");
		});
		Double workbenchPlain = median(byKey.get("workbench plain"));
		Double workbenchAot = median(byKey.get("workbench aot"));
		Double bareAot = median(byKey.get("bare aot"));
		line("");
		line("Goal: the workbench at most 1.3 times the bare application. Plain against plain: "
				+ ratio(workbenchPlain, barePlain) + (workbenchAot != null ? "; with AOT against the bare application with AOT: "
						+ ratio(workbenchAot, bareAot) + "; with AOT against the bare application without: " + ratio(workbenchAot, barePlain) : "")
				+ ".");
	}

	private void modelOperations() throws IOException {
		section("Model operations", "jmh.json");
		JsonNode jmh = jmh();
		if (jmh == null) {
			return;
		}
		line("JMH (`releng/org.hjp.workbench.benchmarks`, class `ModelOperations`), average time per operation on a generated"
				+ " partnership (organisations and people, needs and evidence, trainings and sessions, referral pathways, measures"
				+ " and data points, with the references between them). Open and save are the workbench's own"
				+ " (`PartnershipStore`: XMI with identifiers; saving writes a temporary file, forces it to disk, keeps the"
				+ " backup and renames). The baseline is EMF's binary resource, read and written through the same atomic writer.");
		line("");
		line("| objects | operation | XMI ms | ± | binary ms (baseline) | ratio |");
		line("|---|---|---|---|---|---|");
		for (String size : List.of("1000", "10000", "100000")) {
			for (String op : List.of("open", "save")) {
				JsonNode xmi = result(jmh, "ModelOperations." + op + "Xmi", size);
				JsonNode bin = result(jmh, "ModelOperations." + op + "Binary", size);
				if (xmi != null) {
					line("| " + size + " | " + op + " | " + score(xmi) + " | " + error(xmi) + " | " + (bin == null ? "-" : score(bin))
							+ " | " + (bin == null ? "-" : ratio(value(xmi), value(bin))) + " |");
				}
			}
			for (String op : List.of("validate", "exportJson")) {
				JsonNode r = result(jmh, "ModelOperations." + op, size);
				JsonNode open = result(jmh, "ModelOperations.openXmi", size);
				if (r != null) {
					line("| " + size + " | " + op + " | " + score(r) + " | " + error(r) + " | - | " + ratio(value(r), value(open))
							+ " of open |");
				}
			}
		}
		line("");
		line("Scaling, milliseconds per thousand objects (flat means linear):");
		line("");
		line("| operation | 1k | 10k | 100k |");
		line("|---|---|---|---|");
		for (String op : List.of("openXmi", "saveXmi", "validate", "exportJson", "openBinary", "saveBinary")) {
			StringBuilder row = new StringBuilder("| " + op + " |");
			for (String size : List.of("1000", "10000", "100000")) {
				JsonNode r = result(jmh, "ModelOperations." + op, size);
				row.append(' ').append(r == null ? "-" : String.format(Locale.ROOT, "%.2f", value(r) / (Integer.parseInt(size) / 1000.0))).append(" |");
			}
			line(row.toString());
		}
		JsonNode open = result(jmh, "ModelOperations.openXmi", "100000");
		JsonNode save = result(jmh, "ModelOperations.saveXmi", "100000");
		JsonNode validate = result(jmh, "ModelOperations.validate", "100000");
		if (open != null && save != null && validate != null) {
			line("");
			line("Goals at 100k objects: open under 1000 ms (" + goal(open, 1000) + "), save under 1000 ms (" + goal(save, 1000)
					+ "), validation under 500 ms (" + goal(validate, 500) + ").");
		}
	}

	private void rollup() throws IOException {
		JsonNode jmh = jmh();
		JsonNode xmi = jmh == null ? null : result(jmh, "NetworkRollupOf500.rollupXmi", null);
		JsonNode bin = jmh == null ? null : result(jmh, "NetworkRollupOf500.rollupBinary", null);
		if (xmi == null) {
			return;
		}
		section("Roll-up of a folder of 500 partnerships", null);
		line("The network roll-up (`hjp rollup`'s counting) over 500 copies of the sample partnership, each read from its file.");
		line("");
		line("| read from | ms for 500 | ± | ms per partnership |");
		line("|---|---|---|---|");
		line("| XMI (partnership files) | " + score(xmi) + " | " + error(xmi) + " | " + String.format(Locale.ROOT, "%.2f", value(xmi) / 500) + " |");
		if (bin != null) {
			line("| binary (baseline) | " + score(bin) + " | " + error(bin) + " | " + String.format(Locale.ROOT, "%.2f", value(bin) / 500) + " |");
			line("");
			line("Ratio XMI to binary: " + ratio(value(xmi), value(bin)) + ".");
		}
	}

	private void memory() throws IOException {
		section("Memory per object", "memory.tsv");
		List<String[]> rows = tsv("memory.tsv");
		if (rows == null) {
			return;
		}
		line("Heap taken by an opened partnership divided by its number of objects (after garbage collection), and the file's size.");
		line("");
		line("| objects | opened from | bytes of heap per object | file bytes |");
		line("|---|---|---|---|");
		for (String[] row : rows) {
			line("| " + String.join(" | ", row) + " |");
		}
	}

	private void uiResponsiveness() throws IOException {
		section("UI responsiveness", "ui-responsiveness.tsv");
		List<String[]> rows = tsv("ui-responsiveness.tsv");
		if (rows == null) {
			return;
		}
		Map<String, Map<String, List<Double>>> rounds = new LinkedHashMap<>();
		for (String[] row : rows) {
			if (!row[0].equals("warm-up")) {
				rounds.computeIfAbsent(row[0], m -> new LinkedHashMap<>()).computeIfAbsent(row[1], a -> new ArrayList<>()).add(Double.parseDouble(row[2]));
			}
		}
		Map<String, Map<String, Double>> byModel = new LinkedHashMap<>();
		rounds.forEach((model, actions) -> actions.forEach((action, waits) -> byModel.computeIfAbsent(model, m -> new LinkedHashMap<>()).put(action, median(waits))));
		int roundCount = rounds.values().stream().flatMap(a -> a.values().stream()).mapToInt(List::size).max().orElse(0);
		line("`tests/org.hjp.workbench.ui.tests` class `UiResponsivenessBenchmark`, in the real workbench under Xvfb: each ordinary action"
				+ " done with real key presses and clicks, and the longest time the UI thread kept a task posted to it waiting (a probe"
				+ " posts one every 2 ms) from the action until the checks that follow a change have run"
				+ (roundCount == 1 ? ", in one round" : "; the median of " + roundCount + " rounds, in which the models take turns")
				+ ". The baseline is the same action on the bundled"
				+ " sample partnership; a first round on the sample, not shown, loads and compiles the code.");
		line("");
		List<String> models = new ArrayList<>(byModel.keySet());
		Map<String, Double> baseline = byModel.getOrDefault("sample", Map.of());
		StringBuilder header = new StringBuilder("| action | sample ms (baseline)");
		StringBuilder rule = new StringBuilder("|---|---");
		for (String model : models.subList(1, models.size())) {
			header.append(" | ").append(model).append(" ms | ratio");
			rule.append("|---|---");
		}
		line(header + " |");
		line(rule + "|");
		for (String action : baseline.keySet()) {
			StringBuilder l = new StringBuilder("| " + action + " | " + ms(baseline.get(action)));
			for (String model : models.subList(1, models.size())) {
				Double value = byModel.get(model).get(action);
				l.append(" | ").append(value == null ? "-" : ms(value)).append(" | ").append(ratio(value, baseline.get(action)));
			}
			line(l + " |");
		}
		line("");
		for (String model : models) {
			List<String> slow = byModel.get(model).entrySet().stream().filter(e -> e.getValue() > 100).map(Map.Entry::getKey).toList();
			line("- " + model + ": " + (slow.isEmpty() ? "no action kept the user waiting more than 100 ms."
					: slow.size() + " of " + byModel.get(model).size() + " actions kept the user waiting more than 100 ms: " + String.join(", ", slow) + "."));
		}
	}

	private void crashTrials() throws IOException {
		section("Crash trials", "crash-trials.tsv");
		List<String[]> rows = tsv("crash-trials.tsv");
		if (rows == null) {
			return;
		}
		line("`releng/scripts/crash-trials.sh`: the process is killed with SIGKILL at a random moment while it saves a generated"
				+ " partnership of 10k objects again and again; then the file and its backup are opened and checked.");
		line("");
		line("| process | kills | killed while writing | file opens, old or new content | backup opens | anything lost |");
		line("|---|---|---|---|---|---|");
		for (String[] row : rows) {
			line("| " + String.join(" | ", row) + " |");
		}
	}

	private void sharedRepository() throws IOException {
		section("Shared repository on PostgreSQL", "repository-open-save.tsv");
		List<String[]> rows = tsv("repository-open-save.tsv");
		if (rows == null) {
			return;
		}
		line("`SharedRepositoryBenchmark`: a PostgreSQL server started for the run on this machine (as the tests start theirs), the"
				+ " baseline the local partnership file. Open: the latest version read and loaded, against the file loaded. Save: a new"
				+ " version written (the partnership serialised, sent, checked against the version it started from; the server reads"
				+ " its roll-up counts later, when a roll-up needs them), against the file written safely. Median of " + rows.get(0)[6] + " runs after warm-up."
				+ " Goal: at most twice the file.");
		line("");
		line("| partnership | operation | file ms (baseline) | repository ms | ratio |");
		line("|---|---|---|---|---|");
		for (int i = 0; i + 1 < rows.size(); i += 2) {
			String[] file = rows.get(i);
			String[] repository = rows.get(i + 1);
			line("| " + file[0] + " | " + file[1] + " | " + file[3] + " | " + repository[3] + " | "
					+ ratio(Double.parseDouble(repository[3]), Double.parseDouble(file[3])) + " |");
		}
		List<String[]> rollup = tsv("repository-rollup.tsv");
		if (rollup != null && rollup.size() == 3) {
			line("");
			line("Roll-up of " + rollup.get(0)[1] + " partnerships (copies of the sample under ids of their own): `hjp rollup` over the files "
					+ rollup.get(0)[2] + " ms (baseline); `hjp rollup --repository`'s counting in SQL " + rollup.get(1)[2] + " ms: "
					+ String.format(Locale.ROOT, "%.0f", Double.parseDouble(rollup.get(0)[2]) / Double.parseDouble(rollup.get(1)[2]))
					+ " times faster (goal: at least 10). The server reads a partnership's counts out of its file once, the first time a roll-up"
					+ " needs them after it was saved: the first roll-up after all " + rollup.get(2)[1] + " were saved took " + rollup.get(2)[2]
					+ " ms (" + ratio(Double.parseDouble(rollup.get(2)[2]), Double.parseDouble(rollup.get(0)[2])) + " of the files').");
		}
		List<String[]> editors = tsv("repository-editors.tsv");
		if (editors != null && editors.size() == 1) {
			String[] e = editors.get(0);
			line("");
			line(e[0] + " editors on the sample for " + e[1] + " s, each changing a field of its own and saving every second, merging"
					+ " the others' saves: " + e[2] + " saves (" + e[3] + " a second), median " + e[4] + " ms, slowest " + e[5] + " ms; "
					+ e[6] + " versions; updates lost: " + e[7] + ".");
		}
	}

	private void section(String title, String file) {
		line("");
		line("## " + title);
		line("");
		if (file != null && !Files.exists(results.resolve(file))) {
			line("Not measured in this run (no " + file + ").");
		}
	}

	private List<String[]> tsv(String name) throws IOException {
		Path file = results.resolve(name);
		if (!Files.exists(file)) {
			return null;
		}
		List<String[]> rows = new ArrayList<>();
		for (String l : Files.readAllLines(file)) {
			if (!l.isBlank()) {
				rows.add(l.split("\t"));
			}
		}
		return rows.isEmpty() ? rows : rows.subList(1, rows.size());
	}

	private JsonNode jmh() throws IOException {
		Path file = results.resolve("jmh.json");
		return Files.exists(file) ? new ObjectMapper().readTree(file.toFile()) : null;
	}

	private static JsonNode result(JsonNode jmh, String benchmark, String objects) {
		for (JsonNode r : jmh) {
			if (r.get("benchmark").asText().endsWith(benchmark)
					&& (objects == null || objects.equals(r.path("params").path("objects").asText()))) {
				return r;
			}
		}
		return null;
	}

	private static double value(JsonNode r) {
		return r.get("primaryMetric").get("score").asDouble();
	}

	private static String score(JsonNode r) {
		return ms(value(r));
	}

	private static String error(JsonNode r) {
		double e = r.get("primaryMetric").get("scoreError").asDouble();
		return Double.isNaN(e) ? "-" : ms(e);
	}

	private static String goal(JsonNode r, double limit) {
		return value(r) < limit ? "met, " + score(r) + " ms" : "not met, " + score(r) + " ms";
	}

	private static Double median(List<Double> values) {
		if (values == null || values.isEmpty()) {
			return null;
		}
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private static String ms(double v) {
		return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
	}

	private static String ratio(Double value, Double baseline) {
		return value == null || baseline == null || baseline == 0 ? "-" : String.format(Locale.ROOT, "%.2f", value / baseline);
	}

	private void line(String s) {
		md.append(s).append('\n');
	}
}
