package org.hjp.workbench.packaging;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** An update site folder as one zip, the form Help > Plug-ins takes from a file and a partner can be mailed. */
final class SiteZip {

	private SiteZip() {
	}

	static Path write(Path site, Path zip) throws IOException {
		try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file); Stream<Path> walk = Files.walk(site)) {
			for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
				out.putNextEntry(new ZipEntry(site.relativize(path).toString().replace('\\', '/')));
				Files.copy(path, out);
				out.closeEntry();
			}
		}
		return zip;
	}
}
