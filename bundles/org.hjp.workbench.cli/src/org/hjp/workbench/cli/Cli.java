package org.hjp.workbench.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code hjp} command line: {@code validate}, {@code export}, {@code report}, {@code score}, {@code rollup} and {@code upgrade} over partnership files and
 * folders of them. Results go to standard output, progress and one line per bad file to standard error.
 */
public final class Cli {

	/** Everything went through. */
	public static final int OK = 0;
	/** The files were read, and some have validation errors. */
	public static final int INVALID = 1;
	/** Some files could not be read or written; the others were still done. */
	public static final int BAD_FILES = 2;
	/** The command was not understood. */
	public static final int USAGE = 64;
	/** The command stopped on something it did not expect; it said what on standard error. */
	public static final int FAILED = 70;

	static final String USAGE_TEXT = """
			Usage: hjp <command> [options] <file or folder>...

			Commands:
			  validate <files>                      check partnerships; one line per problem: file, severity, message
			  export --format <f> [--out <folder>] [--force] <files>
			                                        write each partnership as json, xmi, csv (one file per table),
			                                        report-pdf, report-html or mou-docx (a draft MOU); an existing
			                                        file is replaced only with --force, a partnership file never
			  report [--format pdf|html] [--out <folder>] [--force] <files>
			                                        write each partnership's plan, dated, as PDF (the default) or HTML
			  score <files>                         the results of every assessment round, as CSV: each respondent's,
			                                        each partner's and the partnership's scores, bands and spreads
			  rollup [--format csv|json] <files>    count what networks report over many partnerships
			  upgrade <files>                       write partnership files again in this version's format,
			                                        keeping each previous version as <name>.hjp.bak
			  help                                  show this text

			A folder stands for every .hjp and .json file in it and its subfolders.
			Exit codes: 0 done, 1 validation errors found, 2 some files could not be read or written, 64 usage,
			70 the command stopped on something unexpected (said on standard error).
			""";

	private final Services services;

	public Cli(Services services) {
		this.services = services;
	}

	public int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0) {
			err.print(USAGE_TEXT);
			return USAGE;
		}
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		try {
			return switch (args[0]) {
			case "validate" -> new ValidateCommand(services.validation()).run(rest, out, err);
			case "export" -> new ExportCommand(services.exporters()).run(rest, out, err);
			case "rollup" -> new RollupCommand().run(rest, out, err);
			case "upgrade" -> new UpgradeCommand().run(rest, out, err);
			case "score" -> new ScoreCommand(services.instruments()).run(rest, out, err);
			case "report" -> new ExportCommand(services.exporters()).runReport(rest, out, err);
			case "help", "--help", "-h" -> {
				out.print(USAGE_TEXT);
				yield OK;
			}
			default -> {
				err.println("hjp: unknown command \u201c" + args[0] + "\u201d. Run hjp help for the commands.");
				yield USAGE;
			}
			};
		} catch (UsageException e) {
			err.println("hjp " + args[0] + ": " + e.getMessage());
			return USAGE;
		} catch (OutOfMemoryError e) {
			err.println("hjp " + args[0] + ": stopped: there was not enough memory. Give it fewer or smaller files at a time.");
			return FAILED;
		} catch (RuntimeException | Error e) {
			err.println("hjp " + args[0] + ": stopped on an unexpected problem: " + Unexpected.describe(e));
			return FAILED;
		}
	}
}
