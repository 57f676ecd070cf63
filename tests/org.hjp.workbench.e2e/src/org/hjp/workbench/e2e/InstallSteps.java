package org.hjp.workbench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.hjp.workbench.assessment.InstrumentRegistry;
import org.hjp.workbench.assessment.ui.AssessmentControls;
import org.hjp.workbench.core.editing.PartnershipDocument;
import org.hjp.workbench.tests.driver.SwtDriver;
import org.hjp.workbench.ui.forms.internal.FieldsForm;
import org.hjp.workbench.ui.parts.StageNavigatorPart;
import org.hjp.workbench.ui.session.CurrentPartnership;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The steps of the end-to-end test, run inside the real product as a user would do them: Help > Plug-ins, the
 * update site typed in, the example instrument ticked and installed, then offered for a new round; after a restart
 * still there, then uninstalled and no longer offered; after another restart still gone. The plug-in built from the
 * template in templates/instrument-plugin installs from its own zipped site, and is used and uninstalled.
 */
final class InstallSteps extends ProductSteps {

	static final String INSTRUMENT_ID = "org.example.referral-check";
	static final String INSTRUMENT_TITLE = "Referral pathway check (version 1.0)";
	static final String PLUGIN_NAME = "Referral pathway check";
	static final String SDK_NAME = "HJP Workbench SDK";
	static final String LEARNING_FEATURE_NAME = "Learning and evolving stage";
	static final String LEARNING_STAGE = "Learning and evolving";
	/** The instrument of the plug-in template (templates/instrument-plugin), built outside the repository. */
	static final String TEMPLATE_INSTRUMENT_ID = "org.example.coordination-check";
	static final String TEMPLATE_INSTRUMENT_TITLE = "Service coordination check (version 1.0)";
	static final String TEMPLATE_PLUGIN_NAME = "Service coordination check";
	private static final String SITES_KEY = "hjp.plugins.site";
	private static final String OFFERS_KEY = "hjp.plugins.offers";
	private static final String INSTALLED_KEY = "hjp.plugins.installed";
	private static final String REPORT_KEY = "hjp.plugins.report";

	InstallSteps(BundleContext context, Path resultFile) {
		super(context, resultFile);
	}

	@Override
	void step(String step) throws Exception {
		switch (step) {
		case "install" -> install();
		case "restart" -> afterRestart();
		case "gone" -> stillGone();
		case "template" -> templateInstalled();
		case "stage" -> stageUninstalled();
		case "stage-gone" -> stageStillGone();
		default -> throw new IllegalArgumentException("no step " + step);
		}
	}

	private void install() {
		check("the example instrument is not offered before it is installed", !offeredForNewRound());
		Shell dialog = openPluginsDialog();
		tickOffer(PLUGIN_NAME);
		driver.screenshot(resultFile.resolveSibling("e2e-1-offers.png"));

		// Its licence comes first: declining it installs nothing.
		clickButton(dialog, "Install");
		Shell licence = licenceDialog(PLUGIN_NAME);
		Text licenceText = driver.find(Text.class, t -> t.getShell() == licence, "the licence text");
		check("the licence is shown", driver.onUi(licenceText::getText).contains("Eclipse Public License 2.0"));
		driver.screenshot(resultFile.resolveSibling("e2e-1a-licence.png"));
		clickButton(licence, "Cancel");
		driver.waitUntil(() -> driver.onUi(() -> message(dialog)).contains("Nothing was installed: you did not accept the licence"), "the licence refusal to be told");

		// The example plug-in is not signed: the workbench asks next, and a refusal installs nothing.
		clickButton(dialog, "Install");
		clickButton(licenceDialog(PLUGIN_NAME), "I Accept");
		Shell question = trustQuestion();
		check("the question names the unsigned plug-in", driver.onUi(() -> labels(question)).contains("Not signed")
				&& driver.onUi(() -> labels(question)).contains("org.example.hjp.referralcheck"));
		driver.screenshot(resultFile.resolveSibling("e2e-1b-trust-question.png"));
		clickButton(question, "Don't Install");
		driver.waitUntil(() -> driver.onUi(() -> message(dialog)).contains("Nothing was installed: it is not signed"), "the refusal to be told");
		Table installed = table(INSTALLED_KEY);
		check("a refused plug-in is not installed", row(installed, PLUGIN_NAME) == null && registry().find(INSTRUMENT_ID).isEmpty());

		clickButton(dialog, "Install");
		clickButton(licenceDialog(PLUGIN_NAME), "I Accept");
		clickButton(trustQuestion(), "Install Anyway");
		driver.waitUntil(() -> row(installed, PLUGIN_NAME) != null, PLUGIN_NAME + " among the installed plug-ins");
		check("the dialog says it is installed", driver.onUi(() -> message(dialog)).startsWith("Installed " + PLUGIN_NAME));
		check("the dialog names the instrument the plug-in adds", driver.onUi(() -> report(dialog))
				.contains("It adds the assessment instrument \u201cReferral pathway check\u201d (version 1.0)"));
		driver.screenshot(resultFile.resolveSibling("e2e-2-installed.png"));
		driver.waitUntil(() -> registry().find(INSTRUMENT_ID).isPresent(), "the instrument to join the registry");
		clickButton(dialog, "Close");
		check("the example instrument is offered for a new round without a restart", offeredForNewRound());
	}

	private void afterRestart() {
		check("the instrument is still there after a restart", registry().find(INSTRUMENT_ID).isPresent());
		check("it is still offered for a new round", offeredForNewRound());
		Shell dialog = openPluginsDialog();
		Table installed = table(INSTALLED_KEY);
		TableItem row = row(installed, PLUGIN_NAME);
		check("it is listed as installed", row != null);
		clickRow(installed, row, 0);
		clickButton(dialog, "Uninstall");
		driver.waitUntil(() -> row(installed, PLUGIN_NAME) == null, PLUGIN_NAME + " to leave the installed plug-ins");
		driver.waitUntil(() -> registry().find(INSTRUMENT_ID).isEmpty(), "the instrument to leave the registry");
		clickButton(dialog, "Close");
		check("once uninstalled it is no longer offered for a new round", !offeredForNewRound());
	}

	private void stillGone() {
		check("after another restart the instrument is still gone", registry().find(INSTRUMENT_ID).isEmpty());
		check("and not offered for a new round", !offeredForNewRound());
		check("the reference checklist is unaffected", registry().find("org.hjp.workbench.partnership-checklist").isPresent());

		// The SDK is signed by the build that made this workbench: after its licence it installs without a trust question
		// (one would stop the installation until answered).
		Shell dialog = openPluginsDialog();
		tickOffer(SDK_NAME);
		clickButton(dialog, "Install");
		clickButton(licenceDialog(SDK_NAME), "I Accept");
		driver.waitUntil(() -> row(table(INSTALLED_KEY), SDK_NAME) != null, SDK_NAME + " among the installed plug-ins, with no question asked");
		driver.screenshot(resultFile.resolveSibling("e2e-3-sdk-installed.png"));
		check("the workbench's own signed plug-in installs without a trust question", driver.onUi(() -> message(dialog)).contains("Installed " + SDK_NAME));
		clickButton(dialog, "Close");
	}

	/**
	 * The plug-in an outside organisation builds from the template (its zipped site in hjp.e2e.template.site): not
	 * signed, so installed with "Install Anyway"; the dialog names the instrument it adds, which is offered for a new
	 * round at once; then it is uninstalled.
	 */
	private void templateInstalled() {
		String site = System.getProperty("hjp.e2e.template.site");
		check("the template's update site was built", site != null && Files.isRegularFile(Path.of(site)));
		check("the template's instrument is not offered before it is installed", !offeredForNewRound(TEMPLATE_INSTRUMENT_TITLE));
		Shell dialog = openPluginsDialog();
		tickOffer(site, TEMPLATE_PLUGIN_NAME);
		clickButton(dialog, "Install");
		clickButton(licenceDialog(TEMPLATE_PLUGIN_NAME), "I Accept");
		Shell question = trustQuestion();
		check("the question names the template's unsigned plug-in", driver.onUi(() -> labels(question)).contains("org.example.hjp.coordination"));
		clickButton(question, "Install Anyway");
		Table installed = table(INSTALLED_KEY);
		driver.waitUntil(() -> row(installed, TEMPLATE_PLUGIN_NAME) != null, TEMPLATE_PLUGIN_NAME + " among the installed plug-ins");
		driver.waitUntil(() -> driver.onUi(() -> message(dialog)).startsWith("Installed " + TEMPLATE_PLUGIN_NAME), "the dialog to say it is installed");
		driver.screenshot(resultFile.resolveSibling("e2e-5-template-installed.png"));
		check("the dialog names the instrument the template's plug-in adds", driver.onUi(() -> report(dialog))
				.contains("It adds the assessment instrument \u201cService coordination check\u201d (version 1.0)"));
		driver.waitUntil(() -> registry().find(TEMPLATE_INSTRUMENT_ID).isPresent(), "the template's instrument to join the registry");
		clickButton(dialog, "Close");
		check("the template's instrument is offered for a new round", offeredForNewRound(TEMPLATE_INSTRUMENT_TITLE));

		Shell again = openPluginsDialog();
		Table list = table(INSTALLED_KEY);
		clickRow(list, row(list, TEMPLATE_PLUGIN_NAME), 0);
		clickButton(again, "Uninstall");
		driver.waitUntil(() -> row(list, TEMPLATE_PLUGIN_NAME) == null, TEMPLATE_PLUGIN_NAME + " to leave the installed plug-ins");
		driver.waitUntil(() -> registry().find(TEMPLATE_INSTRUMENT_ID).isEmpty(), "the template's instrument to leave the registry");
		clickButton(again, "Close");
		check("once uninstalled the template's instrument is no longer offered", !offeredForNewRound(TEMPLATE_INSTRUMENT_TITLE));
	}

	/** A stage comes with the workbench as a feature of its own, which can be uninstalled on its own. */
	private void stageUninstalled() {
		Shell dialog = openPluginsDialog();
		Table installed = table(INSTALLED_KEY);
		TableItem row = row(installed, LEARNING_FEATURE_NAME);
		check("the learning stage is listed as installed", row != null);
		clickRow(installed, row, 0);
		clickButton(dialog, "Uninstall");
		driver.waitUntil(() -> row(installed, LEARNING_FEATURE_NAME) == null, LEARNING_FEATURE_NAME + " to leave the installed plug-ins");
		clickButton(dialog, "Close");
		driver.waitUntil(() -> !stageNames().contains(LEARNING_STAGE), "the learning stage to leave the Stages view");
		clickTab("Overview");
		driver.waitUntil(() -> driver.onUi(() -> Arrays.stream(((Shell) window.getWidget()).getDisplay().getShells())
				.noneMatch(shell -> SwtDriver.findIn(shell, Link.class, link -> link.isVisible() && link.getText().contains(LEARNING_STAGE)) != null)),
				"the learning stage to leave the overview");
		check("the other stages stay", stageNames().containsAll(List.of("Partnership profile", "Investigating needs and gaps")));
		driver.screenshot(resultFile.resolveSibling("e2e-4-stage-uninstalled.png"));
	}

	private void stageStillGone() {
		check("after a restart the learning stage is still gone", !stageNames().contains(LEARNING_STAGE));
		check("its data is still in the partnership", driver.onUi(() -> document().partnership().getExtensions().stream()
				.anyMatch(e -> e.eClass().getName().equals("LearningPlan"))));
	}

	private List<String> stageNames() {
		Table stages = driver.byKey(Table.class, StageNavigatorPart.TABLE_KEY, Boolean.TRUE);
		return driver.onUi(() -> Arrays.stream(stages.getItems()).map(i -> i.getText(0)).toList());
	}

	/** Types the update site into the Plug-ins dialog and ticks the offer with this name. */
	private void tickOffer(String name) {
		tickOffer(System.getProperty("hjp.e2e.site"), name);
	}

	private void tickOffer(String location, String name) {
		Text site = driver.find(Text.class, t -> t.getData(SITES_KEY) != null, "the update site field");
		driver.click(site);
		driver.type(location);
		driver.press(0, SWT.CR);
		Table offers = table(OFFERS_KEY);
		driver.waitUntil(() -> row(offers, name) != null, "the site to offer " + name);
		TableItem offer = row(offers, name);
		clickRow(offers, offer, 1);
		driver.press(0, ' ');
		driver.waitUntil(() -> driver.onUi(offer::getChecked), "the offer to be ticked");
	}

	/** Starts a round in the learning stage, reads the instruments it offers, and undoes the round. */
	private boolean offeredForNewRound() {
		return offeredForNewRound(INSTRUMENT_TITLE);
	}

	private boolean offeredForNewRound(String title) {
		openStage("Learning and evolving");
		clickTab("Assessments");
		Table rounds = driver.find(Table.class, t -> "assessmentRounds".equals(t.getData(FieldsForm.LIST_KEY)) && t.isVisible(), "the list of rounds");
		int before = driver.onUi(rounds::getItemCount);
		Button add = driver.onUi(() -> SwtDriver.findIn(rounds.getParent().getParent(), Button.class, b -> b.getText().startsWith("Add")));
		driver.click(add);
		driver.waitUntil(() -> driver.onUi(rounds::getItemCount) == before + 1, "a new round");
		Combo choice = driver.find(Combo.class, c -> c.getData(AssessmentControls.INSTRUMENT_CHOICE_KEY) != null && c.isVisible(), "the choice of instrument");
		boolean offered = driver.onUi(() -> Arrays.asList(choice.getItems()).contains(title));
		results.add("offered for a new round: " + String.join(", ", driver.onUi(choice::getItems)));
		driver.press(SWT.CTRL, 'z');
		driver.waitUntil(() -> driver.onUi(rounds::getItemCount) == before && !document().isDirty(), "undo to take the round back");
		return offered;
	}

	private Shell openPluginsDialog() {
		driver.runOnUi(() -> ((Shell) window.getWidget()).forceActive());
		driver.press(SWT.ALT, 'h');
		driver.press(0, 'p');
		return driver.find(Shell.class, s -> "Plug-ins".equals(s.getText()) && s.isVisible(), "the Plug-ins dialog");
	}

	private InstrumentRegistry registry() {
		return service(InstrumentRegistry.class);
	}

	private void openStage(String label) {
		Table stages = driver.byKey(Table.class, StageNavigatorPart.TABLE_KEY, Boolean.TRUE);
		TableItem item = driver.onUi(() -> Arrays.stream(stages.getItems()).filter(i -> i.getText(0).equals(label)).findFirst().orElseThrow());
		driver.click(stages, driver.onUi(() -> item.getBounds(0)), 1);
		driver.press(0, SWT.CR);
	}

	private void clickTab(String label) {
		CTabFolder folder = driver.find(CTabFolder.class, f -> tab(f, label) != null, "a tab \u201c" + label + "\u201d");
		driver.click(folder, driver.onUi(() -> tab(folder, label).getBounds()), 1);
	}

	private static CTabItem tab(CTabFolder folder, String label) {
		return Arrays.stream(folder.getItems()).filter(i -> i.getText().replace("*", "").equals(label)).findFirst().orElse(null);
	}

	private Table table(String key) {
		return driver.find(Table.class, t -> t.getData(key) != null && t.isVisible(), key);
	}

	/** Selects a row as a user of a short list does: a click on its first row, then the arrow keys down to it. */
	private void clickRow(Table table, TableItem row, int column) {
		driver.runOnUi(() -> table.setTopIndex(0));
		driver.settle();
		driver.click(table, driver.onUi(() -> table.getItem(0).getBounds(column)), 1);
		int index = driver.onUi(() -> table.indexOf(row));
		for (int i = 0; i < index; i++) {
			driver.press(0, SWT.ARROW_DOWN);
		}
		driver.waitUntil(() -> driver.onUi(() -> Arrays.asList(table.getSelection()).contains(row)), "the row to be selected");
	}

	private TableItem row(Table table, String name) {
		return driver.onUi(() -> Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals(name)).findFirst().orElse(null));
	}

	private Shell licenceDialog(String name) {
		return driver.find(Shell.class, s -> ("Licence of " + name).equals(s.getText()) && s.isVisible(), "the licence of " + name);
	}

	private Shell trustQuestion() {
		return driver.find(Shell.class, s -> "Install plug-ins nobody the workbench knows vouches for?".equals(s.getText()) && s.isVisible(),
				"the question whether to install a plug-in nobody vouches for");
	}

	/** The text of every label in the window, one per line. */
	private static String labels(Composite parent) {
		StringBuilder text = new StringBuilder();
		for (Control child : parent.getChildren()) {
			if (child instanceof Label label) {
				text.append(label.getText()).append('\n');
			} else if (child instanceof Composite composite) {
				text.append(labels(composite));
			}
		}
		return text.toString();
	}

	private void clickButton(Shell shell, String label) {
		Button button = driver.find(Button.class, b -> b.getShell() == shell && b.getText().replace("&", "").equals(label) && b.isVisible(),
				"the button \u201c" + label + "\u201d");
		driver.waitUntil(() -> driver.onUi(button::isEnabled), "the button \u201c" + label + "\u201d to be enabled");
		driver.click(button);
	}

	/**
	 * The message line of a JFace title area dialog: the text of its first wrapping label that says something, without the
	 * space JFace puts before a message shown with an icon (information, warning).
	 */
	/** What the dialog says an installed plug-in adds and leaves out. */
	private static String report(Shell dialog) {
		Text text = SwtDriver.findIn(dialog, Text.class, t -> t.getData(REPORT_KEY) != null);
		return text == null ? "" : text.getText();
	}

	private static String message(Shell dialog) {
		Text text = SwtDriver.findIn(dialog, Text.class, t -> (t.getStyle() & SWT.READ_ONLY) != 0 && t.getData(REPORT_KEY) == null && !t.getText().isBlank());
		// The title area puts a space before a message it shows with an icon.
		return text == null ? "" : text.getText().strip();
	}


}
