package dev.partnercontacts.ui.common;

import dev.partnercontacts.domain.FieldPath;

/** One line of a form's error summary and the field it is about. */
public record SummaryLine(FieldPath field, String text) {
}
