package org.exokg.document;

/** An entry of the document's reference list: its number as cited in the text, and its text. */
public record Reference(int number, String label) {}
