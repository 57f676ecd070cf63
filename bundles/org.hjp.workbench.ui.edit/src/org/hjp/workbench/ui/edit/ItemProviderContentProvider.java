package org.hjp.workbench.ui.edit;

import java.util.Collection;
import java.util.function.Predicate;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Display;

/**
 * Tree content from EMF item providers. The input is an array of the objects shown at the top level (an
 * object cannot be the viewer's input and also one of its elements). The viewer is refreshed when the model
 * changes, on the UI thread.
 */
public class ItemProviderContentProvider implements ITreeContentProvider, INotifyChangedListener {

	private final AdapterFactory adapterFactory;
	private final Predicate<Object> filter;
	private StructuredViewer viewer;

	/** @param filter which children to show; the others are left out of the tree */
	public ItemProviderContentProvider(AdapterFactory adapterFactory, Predicate<Object> filter) {
		this.adapterFactory = adapterFactory;
		this.filter = filter;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	@Override
	public Object[] getElements(Object input) {
		return input instanceof Object[] roots ? roots : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		Object provider = adapterFactory.adapt(parent, ITreeItemContentProvider.class);
		if (provider instanceof ITreeItemContentProvider tree) {
			return filtered(tree.getChildren(parent));
		}
		provider = adapterFactory.adapt(parent, IStructuredItemContentProvider.class);
		return provider instanceof IStructuredItemContentProvider list ? filtered(list.getElements(parent)) : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
		return provider instanceof ITreeItemContentProvider tree ? tree.getParent(element) : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return getChildren(element).length > 0;
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		this.viewer = newViewer instanceof StructuredViewer structured ? structured : null;
	}

	@Override
	public void notifyChanged(org.eclipse.emf.common.notify.Notification notification) {
		StructuredViewer current = viewer;
		if (current == null || current.getControl() == null || current.getControl().isDisposed()) {
			return;
		}
		Display display = current.getControl().getDisplay();
		Runnable refresh = () -> {
			if (current.getControl().isDisposed()) {
				return;
			}
			if (notification instanceof ViewerNotification vn && vn.getElement() != null) {
				if (vn.isContentRefresh()) {
					current.refresh(vn.getElement(), vn.isLabelUpdate());
				} else if (vn.isLabelUpdate()) {
					current.update(vn.getElement(), null);
				}
			} else {
				current.refresh();
			}
		};
		if (Display.getCurrent() == display) {
			refresh.run();
		} else {
			display.asyncExec(refresh);
		}
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
	}

	private Object[] filtered(Collection<?> children) {
		return children.stream().filter(filter).toArray();
	}
}
