package org.hjp.workbench.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.hjp.workbench.core.persistence.PartnershipFileException;
import org.hjp.workbench.core.persistence.PartnershipStore;
import org.hjp.workbench.core.validation.Problem;
import org.hjp.workbench.core.validation.ValidationService;
import org.hjp.workbench.export.PartnershipJson;
import org.hjp.workbench.tests.generator.GeneratedPartnership;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Open, save, validate and export a generated partnership of 1k, 10k and 100k objects; EMF's binary resource
 * opened and saved the same way is the baseline the report divides by.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx3g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ModelOperations {

	@Param({ "1000", "10000", "100000" })
	public int objects;

	private Path folder;
	private Path xmi;
	private Path binary;
	private Resource model;
	private Resource binaryModel;
	private ValidationService validation;

	@Setup(Level.Trial)
	public void generate() throws IOException, PartnershipFileException {
		Workbench.registerPackages();
		folder = Workbench.scratchFolder();
		xmi = folder.resolve("generated.hjp");
		binary = folder.resolve("generated.bin");
		Resource generated = GeneratedPartnership.create(objects, URI.createFileURI(xmi.toString()));
		new PartnershipStore().save(generated, xmi);
		binaryModel = Workbench.copyToBinary(generated, binary);
		model = new PartnershipStore().load(xmi);
		validation = Workbench.validation();
	}

	@TearDown(Level.Trial)
	public void clean() throws IOException {
		Workbench.delete(folder);
	}

	@Benchmark
	public Resource openXmi() throws PartnershipFileException {
		return new PartnershipStore().load(xmi);
	}

	@Benchmark
	public Resource openBinary() throws IOException {
		return Workbench.readBinary(binary);
	}

	@Benchmark
	public void saveXmi() throws PartnershipFileException {
		new PartnershipStore().save(model, xmi);
	}

	@Benchmark
	public void saveBinary() throws IOException {
		Workbench.saveBinary(binaryModel, binary);
	}

	@Benchmark
	public List<Problem> validate() {
		return validation.validate(model.getContents().get(0));
	}

	@Benchmark
	public void exportJson() throws IOException {
		PartnershipJson.write(model, OutputStream.nullOutputStream());
	}
}
