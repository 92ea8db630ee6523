package io.cellwright.validation;

/** How bad a finding is: an error makes the design wrong, a warning asks the designer to look. */
public enum Severity {
    ERROR, WARNING, INFO
}
