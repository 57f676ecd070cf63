package org.hjp.workbench.packaging;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.hjp.workbench.assessment.model.Instrument;
import org.osgi.framework.Version;

/**
 * What a packed plug-in is called and who it is from. Anything not chosen is taken from the instruments: a plug-in of
 * one instrument gets its id, name, version and publisher.
 *
 * @param id      the bundle's symbolic name; the feature's id adds ".feature"
 * @param name    what Help > Plug-ins shows
 * @param version an OSGi version with its qualifier
 * @param vendor  the provider, or null
 * @param licence the licence users accept before they install, or null for none
 */
public record PluginDescription(String id, String name, String version, String vendor, String licence) {

	private static final Pattern SYMBOLIC_NAME = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
	private static final DateTimeFormatter QUALIFIER = DateTimeFormatter.ofPattern("'v'yyyyMMdd-HHmm").withZone(ZoneOffset.UTC);

	/** What was chosen: each may be null, to be taken from the instruments. */
	public record Choices(String id, String name, String version, String vendor, String licence) {
	}

	/**
	 * The description of a plug-in of {@code instruments}; a version without qualifier gets one of the time of packing,
	 * so that a plug-in packed again updates the one installed.
	 */
	public static PluginDescription of(List<Instrument> instruments, Choices chosen, Clock clock) throws PackException {
		Instrument only = instruments.size() == 1 ? instruments.get(0) : null;
		String id = chosen.id() != null ? chosen.id() : only != null ? only.getId() : null;
		if (id == null) {
			throw new PackException("The plug-in needs an id of its own, as it holds " + instruments.size() + " instruments.");
		}
		if (!SYMBOLIC_NAME.matcher(id).matches()) {
			throw new PackException("The plug-in id " + id + " is not usable: an id is made of letters, digits, - and _, in parts joined by dots"
					+ " (for example org.example.coordination).");
		}
		String name = oneLine(chosen.name() != null ? chosen.name()
				: String.join(", ", instruments.stream().map(Instrument::getName).filter(Objects::nonNull).toList()));
		String vendor = chosen.vendor() != null ? chosen.vendor() : commonPublisher(instruments);
		return new PluginDescription(id, name.isBlank() ? id : name, version(chosen.version(), only, clock), vendor == null ? null : oneLine(vendor),
				chosen.licence());
	}

	private static String version(String chosen, Instrument only, Clock clock) throws PackException {
		String given = chosen != null ? chosen : only != null && only.getVersion() != null ? only.getVersion() : "1.0.0";
		Version version;
		try {
			version = Version.parseVersion(given.trim());
		} catch (IllegalArgumentException e) {
			throw new PackException("The version " + given + " is not usable for a plug-in: a plug-in's version is numbers joined by dots,"
					+ " such as 1.0 or 2.1.3" + (chosen == null ? ", and the instrument's version is taken unless another is given." : "."));
		}
		if (!version.getQualifier().isEmpty()) {
			return version.toString();
		}
		return new Version(version.getMajor(), version.getMinor(), version.getMicro(), QUALIFIER.format(clock.instant())).toString();
	}

	private static String commonPublisher(List<Instrument> instruments) {
		List<String> publishers = instruments.stream().map(Instrument::getPublisher).distinct().toList();
		return publishers.size() == 1 && publishers.get(0) != null && !publishers.get(0).isBlank() ? publishers.get(0) : null;
	}

	/** Manifest headers and feature labels are one line. */
	private static String oneLine(String text) {
		return text.replaceAll("\\s+", " ").trim();
	}

	/** The feature's id: what Help > Plug-ins installs. */
	public String featureId() {
		return id + ".feature";
	}
}
