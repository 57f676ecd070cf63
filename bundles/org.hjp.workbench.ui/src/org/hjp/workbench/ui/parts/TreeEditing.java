package org.hjp.workbench.ui.parts;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.hjp.workbench.model.PartnershipExtension;

/**
 * Structural edits in a stage editor's tree: add a child, remove, move up and down; each is one command.
 */
final class TreeEditing {

	private final EditingDomain domain;
	private final Consumer<Collection<?>> reveal;

	/** @param reveal shows the user the objects an edit created or moved */
	TreeEditing(EditingDomain domain, Consumer<Collection<?>> reveal) {
		this.domain = domain;
		this.reveal = reveal;
	}

	/** Fills a menu with only what can be added under {@code owner}. */
	void fillAddMenu(IMenuManager menu, EObject owner) {
		for (Object descriptor : domain.getNewChildDescriptors(owner, null)) {
			Command command = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
			if (command.canExecute() && isShown(descriptor)) {
				menu.add(action("Add " + ((CommandActionDelegate) command).getText(), command));
			}
		}
	}

	/** Fills a menu with what can be added under {@code owner}, then remove and move for it. */
	void fillMenu(IMenuManager menu, EObject owner, EObject root) {
		fillAddMenu(menu, owner);
		if (owner != root) {
			menu.add(new Separator());
			menu.add(action("Move up", move(owner, -1)));
			menu.add(action("Move down", move(owner, +1)));
			menu.add(new Separator());
			menu.add(action("Remove", remove(owner)));
		}
	}

	Command remove(EObject object) {
		return DeleteCommand.create(domain, List.of(object));
	}

	/** Moves {@code object} by {@code delta} places among its siblings in the same list. */
	Command move(EObject object, int delta) {
		EObject owner = object.eContainer();
		if (owner == null || !object.eContainmentFeature().isMany()) {
			return UnexecutableCommand.INSTANCE;
		}
		List<?> siblings = (List<?>) owner.eGet(object.eContainmentFeature());
		int index = siblings.indexOf(object) + delta;
		if (index < 0 || index >= siblings.size()) {
			return UnexecutableCommand.INSTANCE;
		}
		return MoveCommand.create(domain, owner, object.eContainmentFeature(), object, index);
	}

	void execute(Command command) {
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
			reveal.accept(command.getAffectedObjects());
		}
	}

	/** Extensions of other stages are added from their own stages, not from this tree. */
	private static boolean isShown(Object descriptor) {
		return !(descriptor instanceof CommandParameter parameter
				&& parameter.getValue() instanceof PartnershipExtension);
	}

	private Action action(String label, Command command) {
		Action action = new Action(label) {
			@Override
			public void run() {
				execute(command);
			}
		};
		action.setEnabled(command.canExecute());
		return action;
	}
}
