/** Pages other bundles contribute to the design editor (extension point {@code io.cellwright.ui.designPages}). */
package io.cellwright.ui.editor;
