package org.hjp.workbench.codegen;

import org.eclipse.emf.codegen.ecore.genmodel.GenClass;
import org.eclipse.emf.codegen.ecore.genmodel.GenFeature;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Takes property sheet settings from the .ecore files, so that the genmodels stay free of per-feature
 * entries: a feature's documentation becomes its property description (the help text the editors show),
 * and a GenModel annotation {@code propertyMultiLine=true} asks for a multi-line text field.
 */
final class PropertySettings {

	private PropertySettings() {
	}

	static void apply(GenPackage genPackage) {
		for (GenClass genClass : genPackage.getGenClasses()) {
			for (GenFeature genFeature : genClass.getGenFeatures()) {
				String documentation = EcoreUtil.getDocumentation(genFeature.getEcoreFeature());
				if (documentation != null && !documentation.isBlank()) {
					genFeature.setPropertyDescription(documentation);
				}
				String multiLine = EcoreUtil.getAnnotation(genFeature.getEcoreFeature(), GenModelPackage.eNS_URI, "propertyMultiLine");
				genFeature.setPropertyMultiLine(Boolean.parseBoolean(multiLine));
			}
		}
	}
}
