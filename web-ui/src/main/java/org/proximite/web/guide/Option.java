package org.proximite.web.guide;

/** A choice in a filter: the value sent, the label shown, and how deep it sits (a child theme is indented). */
public record Option(String value, String label, int depth) {

    public Option(String value, String label) {
        this(value, label, 0);
    }
}
