package org.proximite.core.language;

/** A language content can be written in, with its name in itself ("Français"). */
public record ContentLanguage(String code, String nativeName) {}
