/**
 * Copyright (c) 2026 the Cellwright authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.cellwright.model.design;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * System design of Cellwright: one XMI file per system with its components (instances of catalog product types), their terminals, the wires between terminals, battery banks (series strings, parallel strings, the M8 BMS cable daisy chain) and per-device settings. Catalog elements are referenced, never copied; no diagram or UI data is kept here (the diagram keeps its own notation and refers to elements by id).
 * <!-- end-model-doc -->
 * @see io.cellwright.model.design.DesignFactory
 * @model kind="package"
 * @generated
 */
public interface DesignPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "design";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://cellwright.io/design/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "design";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DesignPackage eINSTANCE = io.cellwright.model.design.impl.DesignPackageImpl.init();

	/**
	 * The meta object id for the '{@link io.cellwright.model.design.impl.DesignElementImpl <em>Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.design.impl.DesignElementImpl
	 * @see io.cellwright.model.design.impl.DesignPackageImpl#getDesignElement()
	 * @generated
	 */
	int DESIGN_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN_ELEMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN_ELEMENT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN_ELEMENT__NOTES = 2;

	/**
	 * The number of structural features of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN_ELEMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.design.impl.SystemDesignImpl <em>System Design</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.design.impl.SystemDesignImpl
	 * @see io.cellwright.model.design.impl.DesignPackageImpl#getSystemDesign()
	 * @generated
	 */
	int SYSTEM_DESIGN = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_DESIGN__ID = DESIGN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_DESIGN__NAME = DESIGN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_DESIGN__NOTES = DESIGN_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_DESIGN__FORMAT_VERSION = DESIGN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Nominal Voltage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_DESIGN__NOMINAL_VOLTAGE = DESIGN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Catalogs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_DESIGN__CATALOGS = DESIGN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Components</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_DESIGN__COMPONENTS = DESIGN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Wires</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_DESIGN__WIRES = DESIGN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Battery Banks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_DESIGN__BATTERY_BANKS = DESIGN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>System Design</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_DESIGN_FEATURE_COUNT = DESIGN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>System Design</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_DESIGN_OPERATION_COUNT = DESIGN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.design.impl.CatalogUseImpl <em>Catalog Use</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.design.impl.CatalogUseImpl
	 * @see io.cellwright.model.design.impl.DesignPackageImpl#getCatalogUse()
	 * @generated
	 */
	int CATALOG_USE = 2;

	/**
	 * The feature id for the '<em><b>Catalog Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_USE__CATALOG_ID = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_USE__VERSION = 1;

	/**
	 * The number of structural features of the '<em>Catalog Use</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_USE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Catalog Use</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_USE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.design.impl.ComponentInstanceImpl <em>Component Instance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.design.impl.ComponentInstanceImpl
	 * @see io.cellwright.model.design.impl.DesignPackageImpl#getComponentInstance()
	 * @generated
	 */
	int COMPONENT_INSTANCE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_INSTANCE__ID = DESIGN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_INSTANCE__NAME = DESIGN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_INSTANCE__NOTES = DESIGN_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Serial Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_INSTANCE__SERIAL_NUMBER = DESIGN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_INSTANCE__TYPE = DESIGN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Variant</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_INSTANCE__VARIANT = DESIGN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Terminals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_INSTANCE__TERMINALS = DESIGN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_INSTANCE__SETTINGS = DESIGN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Live Binding</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_INSTANCE__LIVE_BINDING = DESIGN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Component Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_INSTANCE_FEATURE_COUNT = DESIGN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The operation id for the '<em>Find Terminal</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_INSTANCE___FIND_TERMINAL__STRING = DESIGN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Find Setting Value</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_INSTANCE___FIND_SETTING_VALUE__SETTINGROLE = DESIGN_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Component Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_INSTANCE_OPERATION_COUNT = DESIGN_ELEMENT_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link io.cellwright.model.design.impl.TerminalInstanceImpl <em>Terminal Instance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.design.impl.TerminalInstanceImpl
	 * @see io.cellwright.model.design.impl.DesignPackageImpl#getTerminalInstance()
	 * @generated
	 */
	int TERMINAL_INSTANCE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_INSTANCE__ID = DESIGN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_INSTANCE__NAME = DESIGN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_INSTANCE__NOTES = DESIGN_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_INSTANCE__DEFINITION = DESIGN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Component</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_INSTANCE__COMPONENT = DESIGN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Terminal Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_INSTANCE_FEATURE_COUNT = DESIGN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Terminal Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERMINAL_INSTANCE_OPERATION_COUNT = DESIGN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.design.impl.WireImpl <em>Wire</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.design.impl.WireImpl
	 * @see io.cellwright.model.design.impl.DesignPackageImpl#getWire()
	 * @generated
	 */
	int WIRE = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIRE__ID = DESIGN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIRE__NAME = DESIGN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIRE__NOTES = DESIGN_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Cross Section</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIRE__CROSS_SECTION = DESIGN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIRE__LENGTH = DESIGN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIRE__COLOUR = DESIGN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIRE__FROM = DESIGN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIRE__TO = DESIGN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Fuse</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIRE__FUSE = DESIGN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Wire</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIRE_FEATURE_COUNT = DESIGN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Wire</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIRE_OPERATION_COUNT = DESIGN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.design.impl.WireFuseImpl <em>Wire Fuse</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.design.impl.WireFuseImpl
	 * @see io.cellwright.model.design.impl.DesignPackageImpl#getWireFuse()
	 * @generated
	 */
	int WIRE_FUSE = 6;

	/**
	 * The feature id for the '<em><b>Rating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIRE_FUSE__RATING = 0;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIRE_FUSE__LOCATION = 1;

	/**
	 * The feature id for the '<em><b>Fuse Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIRE_FUSE__FUSE_TYPE = 2;

	/**
	 * The number of structural features of the '<em>Wire Fuse</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIRE_FUSE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Wire Fuse</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIRE_FUSE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.design.impl.BatteryBankImpl <em>Battery Bank</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.design.impl.BatteryBankImpl
	 * @see io.cellwright.model.design.impl.DesignPackageImpl#getBatteryBank()
	 * @generated
	 */
	int BATTERY_BANK = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATTERY_BANK__ID = DESIGN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATTERY_BANK__NAME = DESIGN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATTERY_BANK__NOTES = DESIGN_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Bms</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATTERY_BANK__BMS = DESIGN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Strings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATTERY_BANK__STRINGS = DESIGN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Bms Cable Chain</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATTERY_BANK__BMS_CABLE_CHAIN = DESIGN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Battery Bank</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATTERY_BANK_FEATURE_COUNT = DESIGN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Battery Bank</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATTERY_BANK_OPERATION_COUNT = DESIGN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.design.impl.BatteryStringImpl <em>Battery String</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.design.impl.BatteryStringImpl
	 * @see io.cellwright.model.design.impl.DesignPackageImpl#getBatteryString()
	 * @generated
	 */
	int BATTERY_STRING = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATTERY_STRING__NAME = 0;

	/**
	 * The feature id for the '<em><b>Batteries</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATTERY_STRING__BATTERIES = 1;

	/**
	 * The number of structural features of the '<em>Battery String</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATTERY_STRING_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Battery String</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATTERY_STRING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.design.impl.BmsCableLinkImpl <em>Bms Cable Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.design.impl.BmsCableLinkImpl
	 * @see io.cellwright.model.design.impl.DesignPackageImpl#getBmsCableLink()
	 * @generated
	 */
	int BMS_CABLE_LINK = 9;

	/**
	 * The feature id for the '<em><b>Extension Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_CABLE_LINK__EXTENSION_COUNT = 0;

	/**
	 * The feature id for the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_CABLE_LINK__FROM = 1;

	/**
	 * The feature id for the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_CABLE_LINK__TO = 2;

	/**
	 * The feature id for the '<em><b>Extension Cable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_CABLE_LINK__EXTENSION_CABLE = 3;

	/**
	 * The number of structural features of the '<em>Bms Cable Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_CABLE_LINK_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Bms Cable Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BMS_CABLE_LINK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.design.impl.SettingValueImpl <em>Setting Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.design.impl.SettingValueImpl
	 * @see io.cellwright.model.design.impl.DesignPackageImpl#getSettingValue()
	 * @generated
	 */
	int SETTING_VALUE = 10;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING_VALUE__DEFINITION = 0;

	/**
	 * The number of structural features of the '<em>Setting Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING_VALUE_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Setting Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.design.impl.NumberSettingValueImpl <em>Number Setting Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.design.impl.NumberSettingValueImpl
	 * @see io.cellwright.model.design.impl.DesignPackageImpl#getNumberSettingValue()
	 * @generated
	 */
	int NUMBER_SETTING_VALUE = 11;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_SETTING_VALUE__DEFINITION = SETTING_VALUE__DEFINITION;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_SETTING_VALUE__VALUE = SETTING_VALUE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Number Setting Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_SETTING_VALUE_FEATURE_COUNT = SETTING_VALUE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Number Setting Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_SETTING_VALUE_OPERATION_COUNT = SETTING_VALUE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.design.impl.ChoiceSettingValueImpl <em>Choice Setting Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.design.impl.ChoiceSettingValueImpl
	 * @see io.cellwright.model.design.impl.DesignPackageImpl#getChoiceSettingValue()
	 * @generated
	 */
	int CHOICE_SETTING_VALUE = 12;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_SETTING_VALUE__DEFINITION = SETTING_VALUE__DEFINITION;

	/**
	 * The feature id for the '<em><b>Option</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_SETTING_VALUE__OPTION = SETTING_VALUE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Choice Setting Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_SETTING_VALUE_FEATURE_COUNT = SETTING_VALUE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Choice Setting Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_SETTING_VALUE_OPERATION_COUNT = SETTING_VALUE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.design.impl.BooleanSettingValueImpl <em>Boolean Setting Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.design.impl.BooleanSettingValueImpl
	 * @see io.cellwright.model.design.impl.DesignPackageImpl#getBooleanSettingValue()
	 * @generated
	 */
	int BOOLEAN_SETTING_VALUE = 13;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_SETTING_VALUE__DEFINITION = SETTING_VALUE__DEFINITION;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_SETTING_VALUE__VALUE = SETTING_VALUE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Boolean Setting Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_SETTING_VALUE_FEATURE_COUNT = SETTING_VALUE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Boolean Setting Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_SETTING_VALUE_OPERATION_COUNT = SETTING_VALUE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.design.impl.LiveBindingImpl <em>Live Binding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.design.impl.LiveBindingImpl
	 * @see io.cellwright.model.design.impl.DesignPackageImpl#getLiveBinding()
	 * @generated
	 */
	int LIVE_BINDING = 14;

	/**
	 * The feature id for the '<em><b>Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVE_BINDING__SERVICE_TYPE = 0;

	/**
	 * The feature id for the '<em><b>Device Instance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVE_BINDING__DEVICE_INSTANCE = 1;

	/**
	 * The number of structural features of the '<em>Live Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVE_BINDING_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Live Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVE_BINDING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.cellwright.model.design.FuseLocation <em>Fuse Location</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cellwright.model.design.FuseLocation
	 * @see io.cellwright.model.design.impl.DesignPackageImpl#getFuseLocation()
	 * @generated
	 */
	int FUSE_LOCATION = 15;


	/**
	 * Returns the meta object for class '{@link io.cellwright.model.design.DesignElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element</em>'.
	 * @see io.cellwright.model.design.DesignElement
	 * @generated
	 */
	EClass getDesignElement();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.design.DesignElement#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.cellwright.model.design.DesignElement#getId()
	 * @see #getDesignElement()
	 * @generated
	 */
	EAttribute getDesignElement_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.design.DesignElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.cellwright.model.design.DesignElement#getName()
	 * @see #getDesignElement()
	 * @generated
	 */
	EAttribute getDesignElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.design.DesignElement#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see io.cellwright.model.design.DesignElement#getNotes()
	 * @see #getDesignElement()
	 * @generated
	 */
	EAttribute getDesignElement_Notes();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.design.SystemDesign <em>System Design</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>System Design</em>'.
	 * @see io.cellwright.model.design.SystemDesign
	 * @generated
	 */
	EClass getSystemDesign();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.design.SystemDesign#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see io.cellwright.model.design.SystemDesign#getFormatVersion()
	 * @see #getSystemDesign()
	 * @generated
	 */
	EAttribute getSystemDesign_FormatVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.design.SystemDesign#getNominalVoltage <em>Nominal Voltage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nominal Voltage</em>'.
	 * @see io.cellwright.model.design.SystemDesign#getNominalVoltage()
	 * @see #getSystemDesign()
	 * @generated
	 */
	EAttribute getSystemDesign_NominalVoltage();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.design.SystemDesign#getCatalogs <em>Catalogs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Catalogs</em>'.
	 * @see io.cellwright.model.design.SystemDesign#getCatalogs()
	 * @see #getSystemDesign()
	 * @generated
	 */
	EReference getSystemDesign_Catalogs();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.design.SystemDesign#getComponents <em>Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Components</em>'.
	 * @see io.cellwright.model.design.SystemDesign#getComponents()
	 * @see #getSystemDesign()
	 * @generated
	 */
	EReference getSystemDesign_Components();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.design.SystemDesign#getWires <em>Wires</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Wires</em>'.
	 * @see io.cellwright.model.design.SystemDesign#getWires()
	 * @see #getSystemDesign()
	 * @generated
	 */
	EReference getSystemDesign_Wires();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.design.SystemDesign#getBatteryBanks <em>Battery Banks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Battery Banks</em>'.
	 * @see io.cellwright.model.design.SystemDesign#getBatteryBanks()
	 * @see #getSystemDesign()
	 * @generated
	 */
	EReference getSystemDesign_BatteryBanks();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.design.CatalogUse <em>Catalog Use</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Catalog Use</em>'.
	 * @see io.cellwright.model.design.CatalogUse
	 * @generated
	 */
	EClass getCatalogUse();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.design.CatalogUse#getCatalogId <em>Catalog Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Catalog Id</em>'.
	 * @see io.cellwright.model.design.CatalogUse#getCatalogId()
	 * @see #getCatalogUse()
	 * @generated
	 */
	EAttribute getCatalogUse_CatalogId();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.design.CatalogUse#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see io.cellwright.model.design.CatalogUse#getVersion()
	 * @see #getCatalogUse()
	 * @generated
	 */
	EAttribute getCatalogUse_Version();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.design.ComponentInstance <em>Component Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Component Instance</em>'.
	 * @see io.cellwright.model.design.ComponentInstance
	 * @generated
	 */
	EClass getComponentInstance();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.design.ComponentInstance#getSerialNumber <em>Serial Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Serial Number</em>'.
	 * @see io.cellwright.model.design.ComponentInstance#getSerialNumber()
	 * @see #getComponentInstance()
	 * @generated
	 */
	EAttribute getComponentInstance_SerialNumber();

	/**
	 * Returns the meta object for the reference '{@link io.cellwright.model.design.ComponentInstance#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Type</em>'.
	 * @see io.cellwright.model.design.ComponentInstance#getType()
	 * @see #getComponentInstance()
	 * @generated
	 */
	EReference getComponentInstance_Type();

	/**
	 * Returns the meta object for the reference '{@link io.cellwright.model.design.ComponentInstance#getVariant <em>Variant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Variant</em>'.
	 * @see io.cellwright.model.design.ComponentInstance#getVariant()
	 * @see #getComponentInstance()
	 * @generated
	 */
	EReference getComponentInstance_Variant();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.design.ComponentInstance#getTerminals <em>Terminals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Terminals</em>'.
	 * @see io.cellwright.model.design.ComponentInstance#getTerminals()
	 * @see #getComponentInstance()
	 * @generated
	 */
	EReference getComponentInstance_Terminals();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.design.ComponentInstance#getSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Settings</em>'.
	 * @see io.cellwright.model.design.ComponentInstance#getSettings()
	 * @see #getComponentInstance()
	 * @generated
	 */
	EReference getComponentInstance_Settings();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.design.ComponentInstance#getLiveBinding <em>Live Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Live Binding</em>'.
	 * @see io.cellwright.model.design.ComponentInstance#getLiveBinding()
	 * @see #getComponentInstance()
	 * @generated
	 */
	EReference getComponentInstance_LiveBinding();

	/**
	 * Returns the meta object for the '{@link io.cellwright.model.design.ComponentInstance#findTerminal(java.lang.String) <em>Find Terminal</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Find Terminal</em>' operation.
	 * @see io.cellwright.model.design.ComponentInstance#findTerminal(java.lang.String)
	 * @generated
	 */
	EOperation getComponentInstance__FindTerminal__String();

	/**
	 * Returns the meta object for the '{@link io.cellwright.model.design.ComponentInstance#findSettingValue(io.cellwright.model.catalog.SettingRole) <em>Find Setting Value</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Find Setting Value</em>' operation.
	 * @see io.cellwright.model.design.ComponentInstance#findSettingValue(io.cellwright.model.catalog.SettingRole)
	 * @generated
	 */
	EOperation getComponentInstance__FindSettingValue__SettingRole();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.design.TerminalInstance <em>Terminal Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Terminal Instance</em>'.
	 * @see io.cellwright.model.design.TerminalInstance
	 * @generated
	 */
	EClass getTerminalInstance();

	/**
	 * Returns the meta object for the reference '{@link io.cellwright.model.design.TerminalInstance#getDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Definition</em>'.
	 * @see io.cellwright.model.design.TerminalInstance#getDefinition()
	 * @see #getTerminalInstance()
	 * @generated
	 */
	EReference getTerminalInstance_Definition();

	/**
	 * Returns the meta object for the container reference '{@link io.cellwright.model.design.TerminalInstance#getComponent <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Component</em>'.
	 * @see io.cellwright.model.design.TerminalInstance#getComponent()
	 * @see #getTerminalInstance()
	 * @generated
	 */
	EReference getTerminalInstance_Component();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.design.Wire <em>Wire</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Wire</em>'.
	 * @see io.cellwright.model.design.Wire
	 * @generated
	 */
	EClass getWire();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.design.Wire#getCrossSection <em>Cross Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cross Section</em>'.
	 * @see io.cellwright.model.design.Wire#getCrossSection()
	 * @see #getWire()
	 * @generated
	 */
	EAttribute getWire_CrossSection();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.design.Wire#getLength <em>Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Length</em>'.
	 * @see io.cellwright.model.design.Wire#getLength()
	 * @see #getWire()
	 * @generated
	 */
	EAttribute getWire_Length();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.design.Wire#getColour <em>Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Colour</em>'.
	 * @see io.cellwright.model.design.Wire#getColour()
	 * @see #getWire()
	 * @generated
	 */
	EAttribute getWire_Colour();

	/**
	 * Returns the meta object for the reference '{@link io.cellwright.model.design.Wire#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>From</em>'.
	 * @see io.cellwright.model.design.Wire#getFrom()
	 * @see #getWire()
	 * @generated
	 */
	EReference getWire_From();

	/**
	 * Returns the meta object for the reference '{@link io.cellwright.model.design.Wire#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To</em>'.
	 * @see io.cellwright.model.design.Wire#getTo()
	 * @see #getWire()
	 * @generated
	 */
	EReference getWire_To();

	/**
	 * Returns the meta object for the containment reference '{@link io.cellwright.model.design.Wire#getFuse <em>Fuse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Fuse</em>'.
	 * @see io.cellwright.model.design.Wire#getFuse()
	 * @see #getWire()
	 * @generated
	 */
	EReference getWire_Fuse();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.design.WireFuse <em>Wire Fuse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Wire Fuse</em>'.
	 * @see io.cellwright.model.design.WireFuse
	 * @generated
	 */
	EClass getWireFuse();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.design.WireFuse#getRating <em>Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rating</em>'.
	 * @see io.cellwright.model.design.WireFuse#getRating()
	 * @see #getWireFuse()
	 * @generated
	 */
	EAttribute getWireFuse_Rating();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.design.WireFuse#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see io.cellwright.model.design.WireFuse#getLocation()
	 * @see #getWireFuse()
	 * @generated
	 */
	EAttribute getWireFuse_Location();

	/**
	 * Returns the meta object for the reference '{@link io.cellwright.model.design.WireFuse#getFuseType <em>Fuse Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Fuse Type</em>'.
	 * @see io.cellwright.model.design.WireFuse#getFuseType()
	 * @see #getWireFuse()
	 * @generated
	 */
	EReference getWireFuse_FuseType();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.design.BatteryBank <em>Battery Bank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Battery Bank</em>'.
	 * @see io.cellwright.model.design.BatteryBank
	 * @generated
	 */
	EClass getBatteryBank();

	/**
	 * Returns the meta object for the reference '{@link io.cellwright.model.design.BatteryBank#getBms <em>Bms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Bms</em>'.
	 * @see io.cellwright.model.design.BatteryBank#getBms()
	 * @see #getBatteryBank()
	 * @generated
	 */
	EReference getBatteryBank_Bms();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.design.BatteryBank#getStrings <em>Strings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Strings</em>'.
	 * @see io.cellwright.model.design.BatteryBank#getStrings()
	 * @see #getBatteryBank()
	 * @generated
	 */
	EReference getBatteryBank_Strings();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cellwright.model.design.BatteryBank#getBmsCableChain <em>Bms Cable Chain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bms Cable Chain</em>'.
	 * @see io.cellwright.model.design.BatteryBank#getBmsCableChain()
	 * @see #getBatteryBank()
	 * @generated
	 */
	EReference getBatteryBank_BmsCableChain();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.design.BatteryString <em>Battery String</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Battery String</em>'.
	 * @see io.cellwright.model.design.BatteryString
	 * @generated
	 */
	EClass getBatteryString();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.design.BatteryString#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.cellwright.model.design.BatteryString#getName()
	 * @see #getBatteryString()
	 * @generated
	 */
	EAttribute getBatteryString_Name();

	/**
	 * Returns the meta object for the reference list '{@link io.cellwright.model.design.BatteryString#getBatteries <em>Batteries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Batteries</em>'.
	 * @see io.cellwright.model.design.BatteryString#getBatteries()
	 * @see #getBatteryString()
	 * @generated
	 */
	EReference getBatteryString_Batteries();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.design.BmsCableLink <em>Bms Cable Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bms Cable Link</em>'.
	 * @see io.cellwright.model.design.BmsCableLink
	 * @generated
	 */
	EClass getBmsCableLink();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.design.BmsCableLink#getExtensionCount <em>Extension Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extension Count</em>'.
	 * @see io.cellwright.model.design.BmsCableLink#getExtensionCount()
	 * @see #getBmsCableLink()
	 * @generated
	 */
	EAttribute getBmsCableLink_ExtensionCount();

	/**
	 * Returns the meta object for the reference '{@link io.cellwright.model.design.BmsCableLink#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>From</em>'.
	 * @see io.cellwright.model.design.BmsCableLink#getFrom()
	 * @see #getBmsCableLink()
	 * @generated
	 */
	EReference getBmsCableLink_From();

	/**
	 * Returns the meta object for the reference '{@link io.cellwright.model.design.BmsCableLink#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To</em>'.
	 * @see io.cellwright.model.design.BmsCableLink#getTo()
	 * @see #getBmsCableLink()
	 * @generated
	 */
	EReference getBmsCableLink_To();

	/**
	 * Returns the meta object for the reference '{@link io.cellwright.model.design.BmsCableLink#getExtensionCable <em>Extension Cable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Extension Cable</em>'.
	 * @see io.cellwright.model.design.BmsCableLink#getExtensionCable()
	 * @see #getBmsCableLink()
	 * @generated
	 */
	EReference getBmsCableLink_ExtensionCable();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.design.SettingValue <em>Setting Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Setting Value</em>'.
	 * @see io.cellwright.model.design.SettingValue
	 * @generated
	 */
	EClass getSettingValue();

	/**
	 * Returns the meta object for the reference '{@link io.cellwright.model.design.SettingValue#getDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Definition</em>'.
	 * @see io.cellwright.model.design.SettingValue#getDefinition()
	 * @see #getSettingValue()
	 * @generated
	 */
	EReference getSettingValue_Definition();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.design.NumberSettingValue <em>Number Setting Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Number Setting Value</em>'.
	 * @see io.cellwright.model.design.NumberSettingValue
	 * @generated
	 */
	EClass getNumberSettingValue();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.design.NumberSettingValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.cellwright.model.design.NumberSettingValue#getValue()
	 * @see #getNumberSettingValue()
	 * @generated
	 */
	EAttribute getNumberSettingValue_Value();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.design.ChoiceSettingValue <em>Choice Setting Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Choice Setting Value</em>'.
	 * @see io.cellwright.model.design.ChoiceSettingValue
	 * @generated
	 */
	EClass getChoiceSettingValue();

	/**
	 * Returns the meta object for the reference '{@link io.cellwright.model.design.ChoiceSettingValue#getOption <em>Option</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Option</em>'.
	 * @see io.cellwright.model.design.ChoiceSettingValue#getOption()
	 * @see #getChoiceSettingValue()
	 * @generated
	 */
	EReference getChoiceSettingValue_Option();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.design.BooleanSettingValue <em>Boolean Setting Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Boolean Setting Value</em>'.
	 * @see io.cellwright.model.design.BooleanSettingValue
	 * @generated
	 */
	EClass getBooleanSettingValue();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.design.BooleanSettingValue#isValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.cellwright.model.design.BooleanSettingValue#isValue()
	 * @see #getBooleanSettingValue()
	 * @generated
	 */
	EAttribute getBooleanSettingValue_Value();

	/**
	 * Returns the meta object for class '{@link io.cellwright.model.design.LiveBinding <em>Live Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Live Binding</em>'.
	 * @see io.cellwright.model.design.LiveBinding
	 * @generated
	 */
	EClass getLiveBinding();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.design.LiveBinding#getServiceType <em>Service Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Type</em>'.
	 * @see io.cellwright.model.design.LiveBinding#getServiceType()
	 * @see #getLiveBinding()
	 * @generated
	 */
	EAttribute getLiveBinding_ServiceType();

	/**
	 * Returns the meta object for the attribute '{@link io.cellwright.model.design.LiveBinding#getDeviceInstance <em>Device Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device Instance</em>'.
	 * @see io.cellwright.model.design.LiveBinding#getDeviceInstance()
	 * @see #getLiveBinding()
	 * @generated
	 */
	EAttribute getLiveBinding_DeviceInstance();

	/**
	 * Returns the meta object for enum '{@link io.cellwright.model.design.FuseLocation <em>Fuse Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Fuse Location</em>'.
	 * @see io.cellwright.model.design.FuseLocation
	 * @generated
	 */
	EEnum getFuseLocation();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DesignFactory getDesignFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.cellwright.model.design.impl.DesignElementImpl <em>Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.design.impl.DesignElementImpl
		 * @see io.cellwright.model.design.impl.DesignPackageImpl#getDesignElement()
		 * @generated
		 */
		EClass DESIGN_ELEMENT = eINSTANCE.getDesignElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESIGN_ELEMENT__ID = eINSTANCE.getDesignElement_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESIGN_ELEMENT__NAME = eINSTANCE.getDesignElement_Name();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESIGN_ELEMENT__NOTES = eINSTANCE.getDesignElement_Notes();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.design.impl.SystemDesignImpl <em>System Design</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.design.impl.SystemDesignImpl
		 * @see io.cellwright.model.design.impl.DesignPackageImpl#getSystemDesign()
		 * @generated
		 */
		EClass SYSTEM_DESIGN = eINSTANCE.getSystemDesign();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_DESIGN__FORMAT_VERSION = eINSTANCE.getSystemDesign_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Nominal Voltage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_DESIGN__NOMINAL_VOLTAGE = eINSTANCE.getSystemDesign_NominalVoltage();

		/**
		 * The meta object literal for the '<em><b>Catalogs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_DESIGN__CATALOGS = eINSTANCE.getSystemDesign_Catalogs();

		/**
		 * The meta object literal for the '<em><b>Components</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_DESIGN__COMPONENTS = eINSTANCE.getSystemDesign_Components();

		/**
		 * The meta object literal for the '<em><b>Wires</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_DESIGN__WIRES = eINSTANCE.getSystemDesign_Wires();

		/**
		 * The meta object literal for the '<em><b>Battery Banks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_DESIGN__BATTERY_BANKS = eINSTANCE.getSystemDesign_BatteryBanks();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.design.impl.CatalogUseImpl <em>Catalog Use</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.design.impl.CatalogUseImpl
		 * @see io.cellwright.model.design.impl.DesignPackageImpl#getCatalogUse()
		 * @generated
		 */
		EClass CATALOG_USE = eINSTANCE.getCatalogUse();

		/**
		 * The meta object literal for the '<em><b>Catalog Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_USE__CATALOG_ID = eINSTANCE.getCatalogUse_CatalogId();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_USE__VERSION = eINSTANCE.getCatalogUse_Version();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.design.impl.ComponentInstanceImpl <em>Component Instance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.design.impl.ComponentInstanceImpl
		 * @see io.cellwright.model.design.impl.DesignPackageImpl#getComponentInstance()
		 * @generated
		 */
		EClass COMPONENT_INSTANCE = eINSTANCE.getComponentInstance();

		/**
		 * The meta object literal for the '<em><b>Serial Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT_INSTANCE__SERIAL_NUMBER = eINSTANCE.getComponentInstance_SerialNumber();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT_INSTANCE__TYPE = eINSTANCE.getComponentInstance_Type();

		/**
		 * The meta object literal for the '<em><b>Variant</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT_INSTANCE__VARIANT = eINSTANCE.getComponentInstance_Variant();

		/**
		 * The meta object literal for the '<em><b>Terminals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT_INSTANCE__TERMINALS = eINSTANCE.getComponentInstance_Terminals();

		/**
		 * The meta object literal for the '<em><b>Settings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT_INSTANCE__SETTINGS = eINSTANCE.getComponentInstance_Settings();

		/**
		 * The meta object literal for the '<em><b>Live Binding</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT_INSTANCE__LIVE_BINDING = eINSTANCE.getComponentInstance_LiveBinding();

		/**
		 * The meta object literal for the '<em><b>Find Terminal</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation COMPONENT_INSTANCE___FIND_TERMINAL__STRING = eINSTANCE.getComponentInstance__FindTerminal__String();

		/**
		 * The meta object literal for the '<em><b>Find Setting Value</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation COMPONENT_INSTANCE___FIND_SETTING_VALUE__SETTINGROLE = eINSTANCE.getComponentInstance__FindSettingValue__SettingRole();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.design.impl.TerminalInstanceImpl <em>Terminal Instance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.design.impl.TerminalInstanceImpl
		 * @see io.cellwright.model.design.impl.DesignPackageImpl#getTerminalInstance()
		 * @generated
		 */
		EClass TERMINAL_INSTANCE = eINSTANCE.getTerminalInstance();

		/**
		 * The meta object literal for the '<em><b>Definition</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TERMINAL_INSTANCE__DEFINITION = eINSTANCE.getTerminalInstance_Definition();

		/**
		 * The meta object literal for the '<em><b>Component</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TERMINAL_INSTANCE__COMPONENT = eINSTANCE.getTerminalInstance_Component();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.design.impl.WireImpl <em>Wire</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.design.impl.WireImpl
		 * @see io.cellwright.model.design.impl.DesignPackageImpl#getWire()
		 * @generated
		 */
		EClass WIRE = eINSTANCE.getWire();

		/**
		 * The meta object literal for the '<em><b>Cross Section</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIRE__CROSS_SECTION = eINSTANCE.getWire_CrossSection();

		/**
		 * The meta object literal for the '<em><b>Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIRE__LENGTH = eINSTANCE.getWire_Length();

		/**
		 * The meta object literal for the '<em><b>Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIRE__COLOUR = eINSTANCE.getWire_Colour();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WIRE__FROM = eINSTANCE.getWire_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WIRE__TO = eINSTANCE.getWire_To();

		/**
		 * The meta object literal for the '<em><b>Fuse</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WIRE__FUSE = eINSTANCE.getWire_Fuse();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.design.impl.WireFuseImpl <em>Wire Fuse</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.design.impl.WireFuseImpl
		 * @see io.cellwright.model.design.impl.DesignPackageImpl#getWireFuse()
		 * @generated
		 */
		EClass WIRE_FUSE = eINSTANCE.getWireFuse();

		/**
		 * The meta object literal for the '<em><b>Rating</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIRE_FUSE__RATING = eINSTANCE.getWireFuse_Rating();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIRE_FUSE__LOCATION = eINSTANCE.getWireFuse_Location();

		/**
		 * The meta object literal for the '<em><b>Fuse Type</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WIRE_FUSE__FUSE_TYPE = eINSTANCE.getWireFuse_FuseType();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.design.impl.BatteryBankImpl <em>Battery Bank</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.design.impl.BatteryBankImpl
		 * @see io.cellwright.model.design.impl.DesignPackageImpl#getBatteryBank()
		 * @generated
		 */
		EClass BATTERY_BANK = eINSTANCE.getBatteryBank();

		/**
		 * The meta object literal for the '<em><b>Bms</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BATTERY_BANK__BMS = eINSTANCE.getBatteryBank_Bms();

		/**
		 * The meta object literal for the '<em><b>Strings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BATTERY_BANK__STRINGS = eINSTANCE.getBatteryBank_Strings();

		/**
		 * The meta object literal for the '<em><b>Bms Cable Chain</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BATTERY_BANK__BMS_CABLE_CHAIN = eINSTANCE.getBatteryBank_BmsCableChain();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.design.impl.BatteryStringImpl <em>Battery String</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.design.impl.BatteryStringImpl
		 * @see io.cellwright.model.design.impl.DesignPackageImpl#getBatteryString()
		 * @generated
		 */
		EClass BATTERY_STRING = eINSTANCE.getBatteryString();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BATTERY_STRING__NAME = eINSTANCE.getBatteryString_Name();

		/**
		 * The meta object literal for the '<em><b>Batteries</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BATTERY_STRING__BATTERIES = eINSTANCE.getBatteryString_Batteries();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.design.impl.BmsCableLinkImpl <em>Bms Cable Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.design.impl.BmsCableLinkImpl
		 * @see io.cellwright.model.design.impl.DesignPackageImpl#getBmsCableLink()
		 * @generated
		 */
		EClass BMS_CABLE_LINK = eINSTANCE.getBmsCableLink();

		/**
		 * The meta object literal for the '<em><b>Extension Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BMS_CABLE_LINK__EXTENSION_COUNT = eINSTANCE.getBmsCableLink_ExtensionCount();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BMS_CABLE_LINK__FROM = eINSTANCE.getBmsCableLink_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BMS_CABLE_LINK__TO = eINSTANCE.getBmsCableLink_To();

		/**
		 * The meta object literal for the '<em><b>Extension Cable</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BMS_CABLE_LINK__EXTENSION_CABLE = eINSTANCE.getBmsCableLink_ExtensionCable();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.design.impl.SettingValueImpl <em>Setting Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.design.impl.SettingValueImpl
		 * @see io.cellwright.model.design.impl.DesignPackageImpl#getSettingValue()
		 * @generated
		 */
		EClass SETTING_VALUE = eINSTANCE.getSettingValue();

		/**
		 * The meta object literal for the '<em><b>Definition</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SETTING_VALUE__DEFINITION = eINSTANCE.getSettingValue_Definition();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.design.impl.NumberSettingValueImpl <em>Number Setting Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.design.impl.NumberSettingValueImpl
		 * @see io.cellwright.model.design.impl.DesignPackageImpl#getNumberSettingValue()
		 * @generated
		 */
		EClass NUMBER_SETTING_VALUE = eINSTANCE.getNumberSettingValue();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMBER_SETTING_VALUE__VALUE = eINSTANCE.getNumberSettingValue_Value();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.design.impl.ChoiceSettingValueImpl <em>Choice Setting Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.design.impl.ChoiceSettingValueImpl
		 * @see io.cellwright.model.design.impl.DesignPackageImpl#getChoiceSettingValue()
		 * @generated
		 */
		EClass CHOICE_SETTING_VALUE = eINSTANCE.getChoiceSettingValue();

		/**
		 * The meta object literal for the '<em><b>Option</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHOICE_SETTING_VALUE__OPTION = eINSTANCE.getChoiceSettingValue_Option();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.design.impl.BooleanSettingValueImpl <em>Boolean Setting Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.design.impl.BooleanSettingValueImpl
		 * @see io.cellwright.model.design.impl.DesignPackageImpl#getBooleanSettingValue()
		 * @generated
		 */
		EClass BOOLEAN_SETTING_VALUE = eINSTANCE.getBooleanSettingValue();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOLEAN_SETTING_VALUE__VALUE = eINSTANCE.getBooleanSettingValue_Value();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.design.impl.LiveBindingImpl <em>Live Binding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.design.impl.LiveBindingImpl
		 * @see io.cellwright.model.design.impl.DesignPackageImpl#getLiveBinding()
		 * @generated
		 */
		EClass LIVE_BINDING = eINSTANCE.getLiveBinding();

		/**
		 * The meta object literal for the '<em><b>Service Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIVE_BINDING__SERVICE_TYPE = eINSTANCE.getLiveBinding_ServiceType();

		/**
		 * The meta object literal for the '<em><b>Device Instance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIVE_BINDING__DEVICE_INSTANCE = eINSTANCE.getLiveBinding_DeviceInstance();

		/**
		 * The meta object literal for the '{@link io.cellwright.model.design.FuseLocation <em>Fuse Location</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cellwright.model.design.FuseLocation
		 * @see io.cellwright.model.design.impl.DesignPackageImpl#getFuseLocation()
		 * @generated
		 */
		EEnum FUSE_LOCATION = eINSTANCE.getFuseLocation();

	}

} //DesignPackage
