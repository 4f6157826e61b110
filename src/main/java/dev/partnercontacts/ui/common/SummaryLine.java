package dev.partnercontacts.ui.common;

/** One line of a form's error summary and the id of the field it is about. */
public record SummaryLine(String field, String text) {
}
