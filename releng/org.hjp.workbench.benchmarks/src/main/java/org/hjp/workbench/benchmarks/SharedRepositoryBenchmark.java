package org.hjp.workbench.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.core.persistence.SamplePartnership;
import org.hjp.workbench.export.NetworkRollup;
import org.hjp.workbench.export.PartnershipReader;
import org.hjp.workbench.model.Partnership;
import org.hjp.workbench.sharing.MergingSave;
import org.hjp.workbench.sharing.PartnershipBytes;
import org.hjp.workbench.sharing.RepositorySettings;
import org.hjp.workbench.sharing.SharedRepository;
import org.hjp.workbench.tests.generator.GeneratedPartnership;
import org.hjp.workbench.tests.generator.PostgresServer;

/**
 * The shared repository on a local PostgreSQL server started for the run, against the local file: opening and saving
 * the sample and a 10k-object partnership; the network's roll-up of many partnerships in SQL against hjp rollup over
 * the same files; twenty editors each saving every second. Writes three TSV files for the report.
 */
public final class SharedRepositoryBenchmark {

	private static final int RUNS = 15;
	private static final int WARMUP = 5;
	private static final int EDITORS = 20;

	private final Path results;
	private final PostgresServer server;

	private SharedRepositoryBenchmark(Path results, PostgresServer server) {
		this.results = results;
		this.server = server;
	}

	/** Arguments: results folder, seconds the editors save for, partnerships in the roll-up. */
	public static void main(String[] args) throws Exception {
		Workbench.registerPackages();
		try (PostgresServer server = PostgresServer.start()) {
			SharedRepositoryBenchmark benchmark = new SharedRepositoryBenchmark(Path.of(args[0]), server);
			benchmark.setUp();
			benchmark.openAndSave();
			benchmark.rollup(Integer.parseInt(args[2]));
			benchmark.editors(Integer.parseInt(args[1]));
		}
	}

	private void setUp() throws Exception {
		try (SharedRepository admin = SharedRepository.connect(settings(PostgresServer.ADMIN), PostgresServer.ADMIN_PASSWORD.toCharArray())) {
			admin.init();
		}
		try (Connection admin = server.admin(); Statement statement = admin.createStatement()) {
			statement.execute("INSERT INTO hjp.organisations (id, name) VALUES ('bench', 'Benchmark')");
			for (int i = 0; i <= EDITORS; i++) {
				statement.execute("CREATE ROLE editor" + i + " LOGIN PASSWORD 'editor" + i + "' IN ROLE hjp_member");
				statement.execute("INSERT INTO hjp.members (login, organisation_id) VALUES ('editor" + i + "', 'bench')");
			}
			statement.execute("CREATE ROLE census LOGIN PASSWORD 'census' IN ROLE hjp_network");
		}
	}

	private RepositorySettings settings(String user) {
		return new RepositorySettings(server.host(), server.port(), PostgresServer.DATABASE, user, "disable", null);
	}

	private SharedRepository as(String user) throws Exception {
		return SharedRepository.connect(settings(user), user.toCharArray());
	}

	/** Median times of opening and saving through the file and through the repository, the same partnership each way. */
	private void openAndSave() throws Exception {
		List<String> lines = new ArrayList<>(List.of("partnership\toperation\tstore\tmedian ms\tmin ms\tmax ms\truns"));
		Path folder = Workbench.scratchFolder();
		try (SharedRepository editor = as("editor0")) {
			byte[] sample;
			try (var in = SamplePartnership.open()) {
				sample = PartnershipBytes.of(PartnershipBytes.load(in.readAllBytes(), "sample"), "sample.hjp");
			}
			Resource generated = GeneratedPartnership.create(10_000, URI.createFileURI(folder.resolve("generated.hjp").toString()));
			byte[] large = PartnershipBytes.of(generated, "generated.hjp");
			for (Object[] partnership : List.of(new Object[] { "sample", sample }, new Object[] { "10k objects", large })) {
				String name = (String) partnership[0];
				byte[] content = (byte[]) partnership[1];
				Path file = Files.write(folder.resolve(name.replace(' ', '-') + ".hjp"), content);
				Resource resource = PartnershipBytes.load(content, name);
				String id = PartnershipBytes.id(resource);
				editor.publish(id, name, content);
				PartnershipStore store = new PartnershipStore();
				lines.add(row(name, "open", "file", time(() -> store.load(file))));
				lines.add(row(name, "open", "repository", time(() -> PartnershipBytes.load(editor.read(id, OptionalInt.empty()).content(), name))));
				lines.add(row(name, "save", "file", time(() -> store.save(resource, file))));
				int[] head = { 1 };
				lines.add(row(name, "save", "repository", time(() -> head[0] = editor.save(id, head[0], name, PartnershipBytes.of(resource, name)))));
			}
		} finally {
			Workbench.delete(folder);
		}
		Files.write(results.resolve("repository-open-save.tsv"), lines);
	}

	/** The roll-up of {@code count} partnerships (copies of the sample under ids of their own): in SQL, and over files. */
	private void rollup(int count) throws Exception {
		Path folder = Workbench.scratchFolder();
		ComposedAdapterFactory labels = Workbench.labels();
		try (SharedRepository editor = as("editor0"); SharedRepository census = as("census")) {
			Resource sample = PartnershipBytes.load(SamplePartnership.open().readAllBytes(), "sample");
			EObject root = sample.getContents().get(0);
			List<Path> files = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				((XMLResource) sample).setID(root, "rollup-" + i);
				byte[] content = PartnershipBytes.of(sample, "rollup.hjp");
				editor.publish("rollup-" + i, "Roll-up " + i, content);
				files.add(Files.write(folder.resolve("rollup-" + i + ".hjp"), content));
			}
			double fromFiles = median(timeRuns(3, () -> {
				NetworkRollup rollup = new NetworkRollup(labels);
				for (Path file : files) {
					rollup.add((Partnership) PartnershipReader.read(file).getContents().get(0));
				}
			}));
			long coldStart = System.nanoTime();
			census.rollup();
			double cold = (System.nanoTime() - coldStart) / 1e6;
			double database = median(timeRuns(RUNS, () -> {
				NetworkRollup rollup = new NetworkRollup(labels);
				census.rollup().forEach(c -> rollup.addCounted(c.category(), c.value(), c.count()));
			}));
			Files.write(results.resolve("repository-rollup.tsv"),
					List.of("source\tpartnerships\tmedian ms", "files\t" + count + "\t" + format(fromFiles), "database\t" + count + "\t" + format(database),
							"database, first after the saves\t" + count + "\t" + format(cold)));
		} finally {
			labels.dispose();
			Workbench.delete(folder);
		}
	}

	/**
	 * Twenty editors on the sample, each changing a field of its own and saving every second; each save merges the
	 * others' saves in. At the end each editor's last value must be in the latest version: otherwise an update was lost.
	 */
	private void editors(int seconds) throws Exception {
		byte[] sample;
		try (var in = SamplePartnership.open()) {
			sample = PartnershipBytes.of(PartnershipBytes.load(in.readAllBytes(), "sample"), "sample.hjp");
		}
		String id = "editors";
		try (SharedRepository editor = as("editor0")) {
			editor.publish(id, "Editors", sample);
		}
		List<Double> times = Collections.synchronizedList(new ArrayList<>());
		ExecutorService threads = Executors.newFixedThreadPool(EDITORS);
		List<Future<String>> lastValues = new ArrayList<>();
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		for (int e = 1; e <= EDITORS; e++) {
			int number = e;
			lastValues.add(threads.submit(() -> edit(number, id, end, times)));
		}
		List<String> written = new ArrayList<>();
		for (Future<String> value : lastValues) {
			written.add(value.get());
		}
		threads.shutdown();
		int lost = 0;
		int versions;
		try (SharedRepository reader = as("editor0")) {
			Resource latest = PartnershipBytes.load(reader.read(id, OptionalInt.empty()).content(), "latest");
			List<String> descriptions = new ArrayList<>();
			latest.getAllContents().forEachRemaining(o -> descriptions.add(String.valueOf(descriptionOf(o))));
			for (String value : written) {
				lost += descriptions.contains(value) ? 0 : 1;
			}
			versions = reader.history(id).size();
		}
		List<Double> sorted = new ArrayList<>(times);
		Collections.sort(sorted);
		Files.write(results.resolve("repository-editors.tsv"), List.of("editors\tseconds\tsaves\tsaves per second\tmedian ms\tslowest ms\tversions\tlost updates",
				EDITORS + "\t" + seconds + "\t" + sorted.size() + "\t" + format(sorted.size() / (double) seconds) + "\t" + format(median(sorted)) + "\t"
						+ format(sorted.get(sorted.size() - 1)) + "\t" + versions + "\t" + lost));
	}

	private String edit(int number, String id, long end, List<Double> times) throws Exception {
		try (SharedRepository editor = as("editor" + number)) {
			SharedRepository.Stored start = editor.read(id, OptionalInt.empty());
			Resource copy = PartnershipBytes.load(start.content(), "editor " + number);
			int base = start.version();
			String value = null;
			for (int save = 0; System.nanoTime() < end; save++) {
				long next = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
				EObject object = described(copy).get(number);
				value = "Editor " + number + ", save " + save;
				object.eSet(object.eClass().getEStructuralFeature("description"), value);
				long started = System.nanoTime();
				MergingSave.Outcome outcome = MergingSave.save(editor, id, base, copy, null);
				times.add((System.nanoTime() - started) / 1e6);
				if (!(outcome instanceof MergingSave.Outcome.Saved saved)) {
					throw new IllegalStateException("editor " + number + " met " + outcome);
				}
				copy = PartnershipBytes.load(saved.content(), "editor " + number);
				base = saved.version();
				TimeUnit.NANOSECONDS.sleep(Math.max(0, next - System.nanoTime()));
			}
			return value;
		}
	}

	/** The objects with a description of text, in the file's order: editor n changes the n-th. */
	private static List<EObject> described(Resource resource) {
		List<EObject> described = new ArrayList<>();
		resource.getAllContents().forEachRemaining(o -> {
			if (o.eClass().getEStructuralFeature("description") instanceof EAttribute a && !a.isMany() && a.getEType().getInstanceClass() == String.class) {
				described.add(o);
			}
		});
		return described;
	}

	private static Object descriptionOf(EObject object) {
		EStructuralFeature feature = object.eClass().getEStructuralFeature("description");
		return feature == null ? null : object.eGet(feature);
	}

	private interface Run {
		void run() throws Exception;
	}

	private static List<Double> timeRuns(int runs, Run run) throws Exception {
		for (int i = 0; i < WARMUP; i++) {
			run.run();
		}
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			run.run();
			times.add((System.nanoTime() - start) / 1e6);
		}
		return times;
	}

	private static List<Double> time(Run run) throws Exception {
		return timeRuns(RUNS, run);
	}

	private static String row(String partnership, String operation, String store, List<Double> times) {
		List<Double> sorted = new ArrayList<>(times);
		Collections.sort(sorted);
		return String.join("\t", partnership, operation, store, format(median(sorted)), format(sorted.get(0)), format(sorted.get(sorted.size() - 1)),
				String.valueOf(sorted.size()));
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}
}
