package org.hjp.workbench.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.core.persistence.PartnershipFileException;
import org.hjp.workbench.core.persistence.SamplePartnership;
import org.hjp.workbench.export.NetworkRollup;
import org.hjp.workbench.export.PartnershipReader;
import org.hjp.workbench.model.Partnership;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** The network roll-up over a folder of 500 partnerships (copies of the sample), from XMI and, as baseline, binary. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx2g", "-XX:+ExitOnOutOfMemoryError" })
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
public class NetworkRollupOf500 {

	static final int PARTNERSHIPS = 500;

	private Path folder;
	private final List<Path> xmiFiles = new ArrayList<>();
	private final List<Path> binaryFiles = new ArrayList<>();

	@Setup(Level.Trial)
	public void copySample() throws IOException, PartnershipFileException {
		Workbench.registerPackages();
		folder = Workbench.scratchFolder();
		Path sample = SamplePartnership.copyInto(folder);
		Resource resource = PartnershipReader.read(sample);
		for (int i = 0; i < PARTNERSHIPS; i++) {
			Path xmi = Files.copy(sample, folder.resolve("partnership-" + i + ".hjp"));
			xmiFiles.add(xmi);
			Path binary = folder.resolve("partnership-" + i + ".bin");
			Workbench.copyToBinary(resource, binary);
			binaryFiles.add(binary);
		}
		Files.delete(sample);
	}

	@TearDown(Level.Trial)
	public void clean() throws IOException {
		Workbench.delete(folder);
	}

	/*
	 * Each roll-up has labels of its own, disposed at its end, as hjp rollup has: one factory kept for the whole trial
	 * keeps every item provider it ever made, for every partnership read, until the forked JVM runs out of memory.
	 */
	@Benchmark
	public int rollupXmi() throws PartnershipFileException {
		ComposedAdapterFactory labels = Workbench.labels();
		try {
			NetworkRollup rollup = new NetworkRollup(labels);
			for (Path file : xmiFiles) {
				rollup.add((Partnership) PartnershipReader.read(file).getContents().get(0));
			}
			return rollup.partnerships();
		} finally {
			labels.dispose();
		}
	}

	@Benchmark
	public int rollupBinary() throws IOException {
		ComposedAdapterFactory labels = Workbench.labels();
		try {
			NetworkRollup rollup = new NetworkRollup(labels);
			for (Path file : binaryFiles) {
				rollup.add((Partnership) Workbench.readBinary(file).getContents().get(0));
			}
			return rollup.partnerships();
		} finally {
			labels.dispose();
		}
	}
}
