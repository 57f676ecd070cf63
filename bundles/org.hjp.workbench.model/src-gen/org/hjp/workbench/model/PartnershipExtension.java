/**
 */
package org.hjp.workbench.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Extension</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Data added to a partnership by a stage or by an organisation's own plug-in. Subclass it in your own package.
 * <!-- end-model-doc -->
 *
 *
 * @see org.hjp.workbench.model.PartnershipPackage#getPartnershipExtension()
 * @model abstract="true"
 * @generated
 */
public interface PartnershipExtension extends EObject {
} // PartnershipExtension
