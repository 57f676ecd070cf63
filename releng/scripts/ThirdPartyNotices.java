// Writes the third-party notices of a built product into its legal/ folder: every library in plugins/ that is not
// the workbench's own, with its version, licence and Maven coordinates, and the NOTICE texts the libraries carry.
// Licences come from the libraries' Maven POMs (found through the p2 profile's maven-* properties; parents followed),
// else from the bundle's Bundle-License header, else from an Eclipse about.html. A library whose licence cannot be
// found fails the build, so that nobody has to keep this list by hand.
//
// Run by the build (releng/org.hjp.workbench.repository) as a single-file program:
//   java ThirdPartyNotices.java <local Maven repository> <our LICENSE file> <product folder>...

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

public class ThirdPartyNotices {

	record Library(String name, String symbolicName, String version, String licence, String licenceUrl, String maven, String notice) {
	}

	record Licence(String name, String url) {
	}

	public static void main(String[] args) throws Exception {
		Path repository = Path.of(args[0]);
		for (int i = 2; i < args.length; i++) {
			write(Path.of(args[i]), repository, Path.of(args[1]));
		}
	}

	static void write(Path product, Path repository, Path ourLicence) throws Exception {
		Map<String, String> coordinates = mavenCoordinates(product);
		List<Library> libraries = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) {
			for (Path plugin : plugins.sorted().toList()) {
				Bundle bundle = Bundle.read(plugin);
				if (bundle == null || bundle.symbolicName.startsWith("org.hjp.workbench")) {
					continue;
				}
				String maven = coordinates.getOrDefault(bundle.symbolicName + "/" + osgiVersion(bundle.version), "");
				Optional<Licence> licence = fromPom(repository, maven).or(bundle::embeddedPomLicence).or(bundle::headerLicence).or(bundle::aboutLicence)
						.or(bundle::fileLicence);
				if (licence.isEmpty()) {
					unknown.add(plugin.getFileName().toString());
					continue;
				}
				libraries.add(new Library(displayName(bundle, repository, maven), bundle.symbolicName, bundle.version, licence.get().name(), licence.get().url(), maven, bundle.notice));
			}
		}
		if (!unknown.isEmpty()) {
			System.err.println("The licence of these libraries in the product could not be found: " + String.join(", ", unknown));
			System.exit(1);
		}
		libraries.sort(Comparator.comparing((Library l) -> l.name().toLowerCase()).thenComparing(Library::symbolicName));
		Path legal = Files.createDirectories(product.resolve("legal"));
		Files.copy(ourLicence, legal.resolve("LICENSE"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		Files.writeString(legal.resolve("third-party.tsv"), tsv(libraries), StandardCharsets.UTF_8);
		Files.writeString(legal.resolve("THIRD-PARTY-NOTICES.txt"), notices(libraries), StandardCharsets.UTF_8);
		System.out.println("Third-party notices: " + libraries.size() + " libraries, in " + legal);
	}

	static String tsv(List<Library> libraries) {
		StringBuilder out = new StringBuilder("name\tsymbolic name\tversion\tlicence\tlicence url\tmaven\n");
		for (Library l : libraries) {
			out.append(String.join("\t", clean(l.name()), l.symbolicName(), l.version(), clean(l.licence()), clean(l.licenceUrl()), l.maven())).append('\n');
		}
		return out.toString();
	}

	static String notices(List<Library> libraries) {
		StringBuilder out = new StringBuilder("""
				HJP Workbench: third-party notices

				The HJP Workbench is licensed under the Eclipse Public License 2.0 (LICENSE, beside this file). It is built
				with the libraries below, each under its own licence. This list was written by the build from the
				libraries themselves; where a library carries a NOTICE file, its text follows the library's entry.

				""");
		for (Library l : libraries) {
			out.append("* ").append(l.name()).append(' ').append(l.version()).append(" (").append(l.symbolicName()).append(")\n");
			out.append("  Licence: ").append(l.licence()).append(l.licenceUrl().isEmpty() ? "" : " <" + l.licenceUrl() + ">").append('\n');
			if (!l.maven().isEmpty()) {
				out.append("  From Maven Central: ").append(l.maven()).append('\n');
			}
			if (!l.notice().isBlank()) {
				out.append("  NOTICE:\n");
				l.notice().strip().lines().forEach(line -> out.append("    ").append(line).append('\n'));
			}
			out.append('\n');
		}
		return out.toString();
	}

	private static String clean(String value) {
		return value.replaceAll("\\s+", " ").strip();
	}

	/** Symbolic name/version to groupId:artifactId:version, from the newest p2 profile of the product. */
	static Map<String, String> mavenCoordinates(Path product) throws Exception {
		Map<String, String> coordinates = new HashMap<>();
		Path registry = product.resolve("p2/org.eclipse.equinox.p2.engine/profileRegistry");
		Optional<Path> profile;
		try (Stream<Path> files = Files.walk(registry)) {
			profile = files.filter(f -> f.toString().endsWith(".profile.gz")).max(Comparator.comparing(Path::getFileName));
		}
		if (profile.isEmpty()) {
			return coordinates;
		}
		Document document;
		try (InputStream in = new GZIPInputStream(Files.newInputStream(profile.get()))) {
			document = parse(in);
		}
		NodeList units = document.getElementsByTagName("unit");
		for (int i = 0; i < units.getLength(); i++) {
			Element unit = (Element) units.item(i);
			Map<String, String> properties = new HashMap<>();
			NodeList list = unit.getElementsByTagName("property");
			for (int j = 0; j < list.getLength(); j++) {
				Element property = (Element) list.item(j);
				properties.put(property.getAttribute("name"), property.getAttribute("value"));
			}
			for (String prefix : List.of("maven-", "maven-wrapped-")) {
				String group = properties.get(prefix + "groupId");
				if (group != null && !group.isEmpty()) {
					coordinates.put(unit.getAttribute("id") + "/" + osgiVersion(unit.getAttribute("version")),
							group + ":" + properties.get(prefix + "artifactId") + ":" + properties.get(prefix + "version"));
				}
			}
		}
		return coordinates;
	}

	/** The bundle's name, unless it is only an identifier: then the name its POM gives. */
	static String displayName(Bundle bundle, Path repository, String maven) {
		String name = bundle.name;
		boolean identifier = name.equals(bundle.symbolicName) || name.startsWith("Bundle derived from") || name.contains(":");
		if (identifier && pom(repository, maven) instanceof Element project && !text(project, "name").isBlank()
				&& !text(project, "name").contains("${")) {
			return text(project, "name");
		}
		return identifier && maven.contains(":") ? maven.split(":")[1] : name;
	}

	static Element pom(Path repository, String maven) {
		String[] gav = maven.split(":");
		if (gav.length != 3) {
			return null;
		}
		Path pom = repository.resolve(gav[0].replace('.', '/')).resolve(gav[1]).resolve(gav[2]).resolve(gav[1] + "-" + gav[2] + ".pom");
		try (InputStream in = Files.newInputStream(pom)) {
			return parse(in).getDocumentElement();
		} catch (Exception e) {
			return null;
		}
	}

	/** "1.85" and "1.85.0" are one OSGi version. */
	static String osgiVersion(String version) {
		String[] parts = version.split("\\.", 4);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < 3; i++) {
			out.append(i > 0 ? "." : "").append(i < parts.length ? parts[i] : "0");
		}
		return parts.length > 3 ? out + "." + parts[3] : out.toString();
	}

	/** The first licence the POM (or its nearest parent that has one) names. */
	static Optional<Licence> fromPom(Path repository, String maven) {
		Element project = pom(repository, maven);
		for (int depth = 0; project != null && depth < 10; depth++) {
			Element licence = first(first(project, "licenses"), "license");
			if (licence != null) {
				return Optional.of(normalised(text(licence, "name"), text(licence, "url")));
			}
			Element parent = first(project, "parent");
			project = parent == null ? null : pom(repository, text(parent, "groupId") + ":" + text(parent, "artifactId") + ":" + text(parent, "version"));
		}
		return Optional.empty();
	}

	/** One spelling for the licences that many libraries name differently. */
	static Licence normalised(String name, String url) {
		String both = (name + " " + url).toLowerCase();
		if (both.contains("apache") && both.contains("2.0")) {
			return new Licence("Apache License 2.0", "https://www.apache.org/licenses/LICENSE-2.0");
		}
		if ((both.contains("eclipse public license") || both.contains("epl")) && both.contains("2.0")) {
			return new Licence("Eclipse Public License 2.0", "https://www.eclipse.org/legal/epl-2.0/");
		}
		if (both.contains("eclipse distribution license") || both.contains("edl-v10")) {
			return new Licence("Eclipse Distribution License 1.0 (BSD-3-Clause)", "https://www.eclipse.org/org/documents/edl-v10.php");
		}
		return new Licence(name.isBlank() ? url : name.strip(), url.strip());
	}

	static Document parse(InputStream in) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setExpandEntityReferences(false);
		return factory.newDocumentBuilder().parse(in);
	}

	static Element first(Element parent, String name) {
		if (parent == null) {
			return null;
		}
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && element.getTagName().equals(name)) {
				return element;
			}
		}
		return null;
	}

	static String text(Element parent, String name) {
		Element element = first(parent, name);
		return element == null ? "" : element.getTextContent().strip();
	}

	/** What one plug-in (a jar or a folder) says about itself. */
	static final class Bundle {
		String symbolicName;
		String version;
		String name;
		String header;
		String about = "";
		String notice = "";
		String licenceFile = "";
		byte[] pom;

		static final List<String> NOTICES = List.of("META-INF/NOTICE", "META-INF/NOTICE.txt", "META-INF/NOTICE.md", "NOTICE", "NOTICE.txt",
				"license/NOTICE");
		static final List<String> LICENCES = List.of("META-INF/LICENSE", "META-INF/LICENSE.txt", "META-INF/LICENSE.md", "LICENSE", "LICENSE.txt",
				"license/LICENSE");

		private static String firstOf(List<String> names, Map<String, byte[]> files) {
			return names.stream().filter(files::containsKey).findFirst().map(f -> new String(files.get(f), StandardCharsets.UTF_8)).orElse("");
		}

		static Bundle read(Path plugin) throws IOException {
			if (Files.isDirectory(plugin)) {
				return read(file -> {
					Path path = plugin.resolve(file);
					return Files.isRegularFile(path) ? Files.readAllBytes(path) : null;
				}, embeddedPom(plugin), List.of());
			}
			if (!plugin.toString().endsWith(".jar")) {
				return null;
			}
			try (ZipFile jar = new ZipFile(plugin.toFile())) {
				String pom = jar.stream().map(ZipEntry::getName).filter(n -> n.matches("META-INF/maven/[^/]+/[^/]+/pom\\.xml")).findFirst().orElse(null);
				List<String> carried = jar.stream().map(ZipEntry::getName).filter(n -> n.matches("[^/].*/LICENSE(\\.txt)?") && !n.startsWith("META-INF/")
						&& !n.startsWith("license/")).toList();
				return read(file -> {
					ZipEntry entry = jar.getEntry(file);
					if (entry == null) {
						return null;
					}
					try (InputStream in = jar.getInputStream(entry)) {
						return in.readAllBytes();
					}
				}, pom, carried);
			}
		}

		interface Contents {
			byte[] get(String file) throws IOException;
		}

		private static String embeddedPom(Path folder) throws IOException {
			Path maven = folder.resolve("META-INF/maven");
			if (!Files.isDirectory(maven)) {
				return null;
			}
			try (Stream<Path> files = Files.walk(maven, 3)) {
				return files.filter(f -> f.getFileName().toString().equals("pom.xml")).findFirst().map(f -> folder.relativize(f).toString().replace('\\', '/'))
						.orElse(null);
			}
		}

		/** Reads a plug-in; {@code carried} names licence files of content it carries (fonts, for one) to pass on too. */
		private static Bundle read(Contents contents, String pomPath, List<String> carried) throws IOException {
			Map<String, byte[]> files = new HashMap<>();
			List<String> wanted = new ArrayList<>(List.of("META-INF/MANIFEST.MF", "about.html"));
			wanted.addAll(NOTICES);
			wanted.addAll(LICENCES);
			for (String file : wanted) {
				byte[] bytes = contents.get(file);
				if (bytes != null) {
					files.put(file, bytes);
				}
			}
			if (!files.containsKey("META-INF/MANIFEST.MF")) {
				return null;
			}
			var attributes = new Manifest(new java.io.ByteArrayInputStream(files.get("META-INF/MANIFEST.MF"))).getMainAttributes();
			if (attributes.getValue("Bundle-SymbolicName") == null) {
				return null;
			}
			Bundle bundle = new Bundle();
			bundle.symbolicName = attributes.getValue("Bundle-SymbolicName").split(";")[0].strip();
			bundle.version = attributes.getValue("Bundle-Version");
			String localisation = attributes.getValue("Bundle-Localization");
			byte[] properties = contents.get((localisation == null ? "OSGI-INF/l10n/bundle" : localisation.strip()) + ".properties");
			bundle.name = localised(attributes.getValue("Bundle-Name"), properties);
			if (bundle.name == null || bundle.name.isBlank()) {
				bundle.name = bundle.symbolicName;
			}
			bundle.header = attributes.getValue("Bundle-License");
			if (files.containsKey("about.html")) {
				bundle.about = new String(files.get("about.html"), StandardCharsets.UTF_8);
			}
			bundle.notice = firstOf(NOTICES, files);
			bundle.licenceFile = firstOf(LICENCES, files);
			bundle.pom = pomPath == null ? null : contents.get(pomPath);
			for (String file : carried) {
				bundle.notice += (bundle.notice.isBlank() ? "" : "\n\n") + "Licence of " + file.substring(0, file.lastIndexOf('/')) + "/:\n"
						+ new String(contents.get(file), StandardCharsets.UTF_8);
			}
			return bundle;
		}

		private static String localised(String value, byte[] localisation) throws IOException {
			if (value == null || !value.startsWith("%")) {
				return value;
			}
			if (localisation != null) {
				java.util.Properties properties = new java.util.Properties();
				properties.load(new java.io.ByteArrayInputStream(localisation));
				String found = properties.getProperty(value.substring(1));
				if (found != null) {
					return found;
				}
			}
			return null;
		}

		Optional<Licence> headerLicence() {
			if (header == null || header.isBlank()) {
				return Optional.empty();
			}
			String first = header.split(",")[0];
			String name = first.split(";")[0].replace("\"", "").strip();
			String url = first.contains("link=") ? first.substring(first.indexOf("link=") + 5).split(";")[0].replace("\"", "").strip()
					: name.startsWith("http") ? name : "";
			return Optional.of(normalised(name, url));
		}

		/** The licence the POM the library carries inside names (its Maven build puts it there). */
		Optional<Licence> embeddedPomLicence() {
			if (pom == null) {
				return Optional.empty();
			}
			try {
				Element licence = first(first(parse(new java.io.ByteArrayInputStream(pom)).getDocumentElement(), "licenses"), "license");
				return licence == null ? Optional.empty() : Optional.of(normalised(text(licence, "name"), text(licence, "url")));
			} catch (Exception e) {
				return Optional.empty();
			}
		}

		/** A licence text the library carries, when it is one of the common ones. */
		Optional<Licence> fileLicence() {
			String text = licenceFile.length() > 3000 ? licenceFile.substring(0, 3000) : licenceFile;
			if (text.contains("Apache License") && text.contains("Version 2.0")) {
				return Optional.of(normalised("Apache License 2.0", ""));
			}
			if (text.contains("Eclipse Public License") && text.contains("2.0")) {
				return Optional.of(normalised("Eclipse Public License 2.0", ""));
			}
			return Optional.empty();
		}

		Optional<Licence> aboutLicence() {
			String text = about.toLowerCase().replaceAll("\\s+", " ");
			if (text.contains("epl-2.0") || text.contains("eclipse public license") && text.contains("2.0")) {
				return Optional.of(normalised("Eclipse Public License 2.0", ""));
			}
			return Optional.empty();
		}
	}
}
