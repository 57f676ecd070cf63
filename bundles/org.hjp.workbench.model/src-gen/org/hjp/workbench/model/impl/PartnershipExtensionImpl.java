/**
 */
package org.hjp.workbench.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.hjp.workbench.model.PartnershipExtension;
import org.hjp.workbench.model.PartnershipPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Extension</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class PartnershipExtensionImpl extends MinimalEObjectImpl.Container implements PartnershipExtension {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PartnershipExtensionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PartnershipPackage.Literals.PARTNERSHIP_EXTENSION;
	}

} //PartnershipExtensionImpl
