package org.hjp.workbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.hjp.workbench.core.persistence.AtomicFileWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

	@TempDir
	Path folder;

	@Test
	void replacesTheFileAndKeepsThePreviousVersionAsBackup() throws IOException {
		Path file = folder.resolve("p.hjp");
		AtomicFileWriter.write(file, out -> out.write(bytes("first")));
		AtomicFileWriter.write(file, out -> out.write(bytes("second")));
		assertEquals("second", Files.readString(file));
		assertEquals("first", Files.readString(AtomicFileWriter.backupOf(file)));
		assertEquals(List.of("p.hjp", "p.hjp.bak"), names());
	}

	@Test
	void aFailureWhileWritingLeavesTheOldFileAndBackupWhole() throws IOException {
		Path file = folder.resolve("p.hjp");
		AtomicFileWriter.write(file, out -> out.write(bytes("old backup")));
		AtomicFileWriter.write(file, out -> out.write(bytes("old content")));
		byte[] big = new byte[200_000];
		IOException failure = assertThrows(IOException.class, () -> AtomicFileWriter.write(file, out -> {
			out.write(big, 0, big.length / 2);
			throw new IOException("injected failure half way");
		}));
		assertEquals("injected failure half way", failure.getMessage());
		assertArrayEquals(bytes("old content"), Files.readAllBytes(file));
		assertArrayEquals(bytes("old backup"), Files.readAllBytes(AtomicFileWriter.backupOf(file)));
		assertEquals(List.of("p.hjp", "p.hjp.bak"), names(), "no temporary file is left behind");
	}

	@Test
	void aRuntimeFailureAlsoLeavesNothingBehind() throws IOException {
		Path file = folder.resolve("new.hjp");
		assertThrows(IllegalStateException.class, () -> AtomicFileWriter.write(file, out -> {
			out.write(bytes("partial"));
			throw new IllegalStateException("bug in a serializer");
		}));
		assertFalse(Files.exists(file));
		assertEquals(List.of(), names());
	}

	private List<String> names() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	private static byte[] bytes(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}
}
